import {createHmac} from 'node:crypto'

/**
 * Who a view belongs to, for "once per reader per article per day" and nothing else: a keyed hash
 * of the reader's network (/24, or /48 for IPv6) and user agent. The key is derived from the
 * server secret and the day, so every instance computes the same one without storing it, and
 * yesterday's hashes cannot be linked to today's: once the day is over, nobody holding the
 * counts (or the Redis set of the day's hashes) can tell which reader a hash was.
 */
export function dailyKey(secret: string, day: string): Buffer {
  return createHmac('sha256', secret).update(`views-day\u0000${day}`).digest()
}

export function readerHash(secret: string, day: string, network: string, userAgent: string): string {
  return createHmac('sha256', dailyKey(secret, day))
    .update(`${network}\u0000${userAgent}`)
    .digest('base64url')
    .slice(0, 22)
}
