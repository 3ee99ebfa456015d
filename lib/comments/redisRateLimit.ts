import 'server-only'
import {RedisConnection, sharedRedis} from '@/lib/redis/client'
import type {RateLimitStore} from './rateLimitStore'

/**
 * A shared flood limit for several app instances: `SET key 1 NX PX window` is atomic in Redis, so
 * of any number of instances claiming one key at once exactly one wins. A Redis that cannot be
 * reached is an error (the comment is refused with "try again later"), never a pass.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: RedisConnection

  /** A URL (the process's shared connection to it) or a connection of its own. */
  constructor(target: string | RedisConnection) {
    this.redis = typeof target === 'string' ? sharedRedis(target) : target
  }

  async claim(key: string, windowMs: number): Promise<boolean> {
    const reply = await this.redis.run((client) =>
      client.set(`comments:flood:${key}`, '1', {condition: 'NX', expiration: {type: 'PX', value: windowMs}}),
    )
    return reply === 'OK'
  }

  async release(key: string): Promise<void> {
    await this.redis.run((client) => client.del(`comments:flood:${key}`))
  }
}
