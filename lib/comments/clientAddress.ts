import 'server-only'

/**
 * The client's address for the flood limit. `next start` appends the socket's address to
 * X-Forwarded-For, so the last entry is the peer; with TRUSTED_PROXY_HOPS=N (N proxies of your
 * own in front), the entry N places before it is the client. Entries further left are whatever
 * the client claimed and are never trusted.
 */
export function clientAddressOf(headers: Headers): string {
  const hops = Math.max(0, Number(process.env.TRUSTED_PROXY_HOPS ?? 0) || 0)
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const address = chain[chain.length - 1 - hops] ?? chain[0] ?? headers.get('x-real-ip') ?? 'unknown'
  return anonymize(address)
}

/** IPv4 to its /24, IPv6 to its /48, as isso does: enough to limit floods, not to identify anyone. */
export function anonymize(address: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}$/.exec(address)
  if (v4) return `${v4[1]}.0/24`
  if (address.includes(':')) return `${address.split(':').slice(0, 3).join(':')}::/48`
  return address
}
