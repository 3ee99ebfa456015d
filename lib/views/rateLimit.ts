import 'server-only'
import {sharedRedis} from '@/lib/redis/client'
import {appSettings} from '@/lib/env'

/**
 * How many beacons one network (/24 or /48) may send per window. A page view sends at most one,
 * so this is generous for a household or an office behind one address, and bounds what one
 * client can make the route do (look up ids, write Redis) to two a second.
 */
export const BEACONS_PER_WINDOW = 120
export const BEACON_WINDOW_MS = 60_000

/** The flood limit's pattern (lib/comments/rateLimit*.ts), as a counter: at most `limit` hits per window. */
export interface BeaconLimitStore {
  /** True if the hit is within the limit (and is counted), false once the window's limit is spent. */
  hit(key: string, limit: number, windowMs: number): Promise<boolean>
}

export class MemoryBeaconLimit implements BeaconLimitStore {
  private readonly windows = new Map<string, {hits: number; until: number}>()

  async hit(key: string, limit: number, windowMs: number): Promise<boolean> {
    const now = Date.now()
    let window = this.windows.get(key)
    if (!window || window.until <= now) {
      if (this.windows.size > 10_000) this.sweep(now)
      this.windows.set(key, (window = {hits: 0, until: now + windowMs}))
    }
    return ++window.hits <= limit
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.until <= now) this.windows.delete(key)
  }
}

/** INCR and the window's expiry in one step: several instances share one count per network. */
const HIT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return hits`

export class RedisBeaconLimit implements BeaconLimitStore {
  constructor(private readonly url: string) {}

  async hit(key: string, limit: number, windowMs: number): Promise<boolean> {
    const hits = await sharedRedis(this.url).run((client) =>
      client.eval(HIT, {keys: [`views:limit:${key}`], arguments: [String(windowMs)]}),
    )
    return Number(hits) <= limit
  }
}

let store: BeaconLimitStore | undefined

export function beaconLimit(): BeaconLimitStore {
  if (store) return store
  const {redisUrl} = appSettings()
  store = redisUrl ? new RedisBeaconLimit(redisUrl) : new MemoryBeaconLimit()
  return store
}
