import 'server-only'
import {appSettings} from '@/lib/env'
import type {RateLimitStore} from './rateLimitStore'

export type {RateLimitStore}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly until = new Map<string, number>()

  async claim(key: string, windowMs: number): Promise<boolean> {
    const now = Date.now()
    if ((this.until.get(key) ?? 0) > now) return false
    this.until.set(key, now + windowMs)
    if (this.until.size > 10_000) this.sweep(now)
    return true
  }

  async release(key: string): Promise<void> {
    this.until.delete(key)
  }

  private sweep(now: number) {
    for (const [key, until] of this.until) if (until <= now) this.until.delete(key)
  }
}

export const FLOOD_WINDOW_MS = 15_000

let store: RateLimitStore | undefined

export async function rateLimitStore(): Promise<RateLimitStore> {
  if (store) return store
  const {redisUrl} = appSettings()
  if (redisUrl) {
    const {RedisRateLimitStore} = await import('./redisRateLimit')
    store = new RedisRateLimitStore(redisUrl)
  } else {
    store = new MemoryRateLimitStore()
  }
  return store
}

/** Claims every key or none: a refused post must not hold the keys it did get. */
export async function claimAll(keys: string[], windowMs = FLOOD_WINDOW_MS): Promise<boolean> {
  const limiter = await rateLimitStore()
  const held: string[] = []
  for (const key of keys) {
    if (!(await limiter.claim(key, windowMs))) {
      await Promise.all(held.map((k) => limiter.release(k)))
      return false
    }
    held.push(key)
  }
  return true
}

export async function releaseAll(keys: string[]): Promise<void> {
  const limiter = await rateLimitStore()
  await Promise.all(keys.map((k) => limiter.release(k)))
}
