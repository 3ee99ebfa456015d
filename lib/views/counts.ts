import 'server-only'
import {appSettings} from '@/lib/env'
import type {ViewCountStore} from './countStore'
import {MemoryViewCounts} from './memoryCounts'

/**
 * The process's one count store. Kept on globalThis: Next may bundle the beacon route and the
 * flush route with a module copy each, and the counts must be the same object for both.
 */
const SLOT = Symbol.for('meridian.views.counts')
type Holder = {[SLOT]?: ViewCountStore}

export async function viewCounts(): Promise<ViewCountStore> {
  const holder = globalThis as Holder
  if (holder[SLOT]) return holder[SLOT]
  const {redisUrl, viewsFlushSeconds} = appSettings()
  if (redisUrl) {
    const {RedisViewCounts} = await import('./redisCounts')
    // A second short of the interval, so instances' timers drifting apart never skip one.
    holder[SLOT] ??= new RedisViewCounts(redisUrl, {flushSlotMs: Math.max(0, viewsFlushSeconds * 1000 - 1000)})
  } else {
    holder[SLOT] ??= new MemoryViewCounts()
  }
  return holder[SLOT]
}
