import 'server-only'
import {appSettings} from '@/lib/env'

/**
 * The client's address for the flood limit. The production server (scripts/serve.ts) appends the
 * connection's own address to X-Forwarded-For, so the last entry is always the peer: with no
 * trusted proxy (TRUSTED_PROXY_HOPS=0, the default) that is the key, and nothing a client sends
 * in the header changes it. With TRUSTED_PROXY_HOPS=N (N proxies of your own in front, each
 * appending what it saw), the entry N places before the last is the client. Entries further left
 * are whatever the client claimed and are never trusted. `next start` alone would not do: it
 * writes the peer only when the header is absent, so a client-sent value would be the key.
 */
export function clientAddressOf(headers: Headers): string {
  const hops = appSettings().trustedProxyHops
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  // Fewer entries than that: the request went around a proxy, and the leftmost entry is the best
  // left. None at all cannot come through scripts/serve.ts; X-Real-IP would be the client's own
  // word, so it is not consulted.
  const address = chain[chain.length - 1 - hops] ?? chain[0] ?? 'unknown'
  return anonymize(address)
}

/** IPv4 to its /24, IPv6 to its /48, as isso does: enough to limit floods, not to identify anyone. */
export function anonymize(address: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}$/.exec(address)
  if (v4) return `${v4[1]}.0/24`
  if (address.includes(':')) return `${address.split(':').slice(0, 3).join(':')}::/48`
  return address
}
