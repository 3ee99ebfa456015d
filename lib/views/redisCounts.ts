import 'server-only'
import {randomBytes} from 'node:crypto'
import {RedisConnection, sharedRedis} from '@/lib/redis/client'
import {batchKey, type ViewBatch, type ViewCountStore} from './countStore'

// One hash tag, so the keys would share a slot in a Redis Cluster too (the scripts touch several).
const PENDING = '{views}:pending'
const BATCHES = '{views}:batches'
const BATCH_PREFIX = '{views}:batch:'
const SEEN_PREFIX = '{views}:seen:'
const FLUSH_SLOT = '{views}:flush-slot'
/** A day's reader hashes outlive it by a day, for beacons around midnight, then expire. */
const SEEN_TTL_S = 2 * 24 * 3600
/** A batch whose flusher neither stored nor released it within this time is taken again. */
export const BATCH_LEASE_MS = 30_000

/** The reader's first view of the article today adds one to the pending count; atomically. */
const RECORD = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
return 1`

/**
 * A released or abandoned batch first (its lease renewed); else the pending hash, renamed to a
 * batch of its own in the same step, so each count lands in exactly one batch and of several
 * instances flushing at once only one gets it. With a flush slot (ARGV[5] ms), only the first
 * instance to find work in each interval takes a batch: one transaction per interval in all.
 */
const TAKE = `
local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 1)
if #old == 0 and redis.call('EXISTS', KEYS[2]) == 0 then return false end
if tonumber(ARGV[5]) > 0 and not redis.call('SET', KEYS[3], '1', 'NX', 'PX', ARGV[5]) then return false end
if #old > 0 then
  redis.call('ZADD', KEYS[1], ARGV[2], old[1])
  return old[1]
end
redis.call('RENAME', KEYS[2], ARGV[4] .. ARGV[3])
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
return ARGV[3]`

/**
 * Counts shared by several app instances (REDIS_URL). A Redis that cannot be reached is an error
 * (the beacon is answered 503 and the flush retried), never a silent loss.
 */
export class RedisViewCounts implements ViewCountStore {
  private readonly redis: RedisConnection
  private readonly flushSlotMs: number
  private readonly leaseMs: number

  /** A URL (the process's shared connection) or a connection of its own; `flushSlotMs` as in TAKE. */
  constructor(
    target: string | RedisConnection,
    {flushSlotMs = 0, leaseMs = BATCH_LEASE_MS}: {flushSlotMs?: number; leaseMs?: number} = {},
  ) {
    this.redis = typeof target === 'string' ? sharedRedis(target) : target
    this.flushSlotMs = flushSlotMs
    this.leaseMs = leaseMs
  }

  async record(articleId: string, day: string, reader: string): Promise<boolean> {
    const added = await this.redis.run((client) =>
      client.eval(RECORD, {
        keys: [`${SEEN_PREFIX}${day}`, PENDING],
        arguments: [`${articleId} ${reader}`, batchKey(articleId, day), String(SEEN_TTL_S)],
      }),
    )
    return added === 1
  }

  async take(): Promise<ViewBatch | null> {
    const now = Date.now()
    const id = await this.redis.run((client) =>
      client.eval(TAKE, {
        keys: [BATCHES, PENDING, FLUSH_SLOT],
        arguments: [
          String(now),
          String(now + this.leaseMs),
          randomBytes(9).toString('base64url'),
          BATCH_PREFIX,
          String(this.flushSlotMs),
        ],
      }),
    )
    if (typeof id !== 'string') return null
    const raw = await this.redis.run((client) => client.hGetAll(`${BATCH_PREFIX}${id}`))
    const counts = Object.fromEntries(Object.entries(raw).map(([key, n]) => [key, Number(n)]))
    return {id, counts}
  }

  async settle(batch: ViewBatch): Promise<void> {
    await this.redis.run((client) => client.multi().del(`${BATCH_PREFIX}${batch.id}`).zRem(BATCHES, batch.id).exec())
  }

  async release(batch: ViewBatch): Promise<void> {
    // Lease over now: the next flush, on any instance, takes it first.
    await this.redis.run((client) => client.zAdd(BATCHES, {score: 0, value: batch.id}))
  }

  async hasWork(): Promise<boolean> {
    const [pending, batches] = await this.redis.run((client) =>
      Promise.all([client.exists(PENDING), client.zCard(BATCHES)]),
    )
    return pending > 0 || batches > 0
  }
}
