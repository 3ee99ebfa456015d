// @ts-check
/**
 * Next's server cache (the singular `cacheHandler`: ISR pages, route handlers, the fetch cache) in
 * Redis, so several app instances share one cache: a page one instance rendered is served by all,
 * and one `revalidateTag` from whichever instance the webhook reached expires it for every one.
 * next.config.ts wires it in only when REDIS_URL is set.
 *
 * Entries are stored under the deployment and build they were rendered by (their HTML names that
 * build's client files); tag timestamps are shared by every build, since content changes apply to
 * all. Entries carry a TTL so Redis can evict them (volatile-lru); tag timestamps carry none, so an
 * invalidation is never evicted.
 *
 * Next calls `get` before rendering: an entry any of whose tags (its own, plus the soft tags of the
 * route) was revalidated after the entry was written is a miss, and the page renders afresh. This
 * is what `revalidateTag(tag, {expire: 0})` means on a single instance too. A tag revalidated with
 * a later expiry (stale-while-revalidate) is treated the same way here: only Next's in-process tag
 * manifest could mark an entry stale rather than missing, and it is not shared.
 *
 * Storage errors never fail a request: a failed read is a miss, a failed write is skipped.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {sharedRedis} from '../redis/connection.mjs'

const TAGS_STALE = 'next:tags:stale'
const TAGS_EXPIRED = 'next:tags:expired'
const MAX_TTL_S = 7 * 24 * 3600
const MIN_TTL_S = 60
const TAGS_HEADER = 'x-next-cache-tags'

/** Buffers (RSC payloads, route bodies) and Maps (segment data) survive JSON as tagged objects. */
function replacer(/** @type {string} */ key, /** @type {unknown} */ value) {
  // `this[key]` is the value before Buffer#toJSON turned it into {type, data}.
  // @ts-expect-error `this` is the holder object JSON.stringify calls the replacer on
  const raw = this[key]
  if (raw instanceof Uint8Array)
    return {$buffer: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64')}
  if (raw instanceof Map) return {$map: [...raw]}
  return value
}

function reviver(/** @type {string} */ _key, /** @type {any} */ value) {
  if (value && typeof value === 'object') {
    if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64')
    if (Array.isArray(value.$map)) return new Map(value.$map)
  }
  return value
}

/** The build these entries belong to, from the folder Next serves (`.next/server`). */
function buildOf(/** @type {string | undefined} */ serverDistDir) {
  try {
    return serverDistDir ? readFileSync(join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim() : 'unknown'
  } catch {
    return 'unknown'
  }
}

/** Tags an entry answers to: a fetch's own, or those a page or route handler sent in its headers. */
function tagsOf(/** @type {any} */ data, /** @type {any} */ ctx) {
  if (ctx?.fetchCache) return ctx.tags ?? []
  const header = data?.headers?.[TAGS_HEADER]
  return typeof header === 'string' && header ? header.split(',') : []
}

let warned = 0
function warn(/** @type {string} */ what, /** @type {unknown} */ err) {
  // A Redis outage would otherwise print a line per request.
  if (warned++ % 100 === 0) console.warn(`[cache] ${what}: ${err instanceof Error ? err.message : String(err)}`)
}

export default class RedisCacheHandler {
  /** @param {{serverDistDir?: string}} ctx */
  constructor(ctx) {
    const url = process.env.REDIS_URL
    if (!url) throw new Error('The Redis cache handler needs REDIS_URL')
    this.redis = sharedRedis(url)
    this.prefix = `next:${process.env.NEXT_DEPLOYMENT_ID || '-'}:${buildOf(ctx.serverDistDir)}:`
  }

  /**
   * @param {string} key
   * @param {{tags?: string[], softTags?: string[]}} ctx
   */
  async get(key, ctx) {
    try {
      const raw = await this.redis.run((client) => client.get(this.prefix + key))
      if (!raw) return null
      const entry = JSON.parse(raw, reviver)
      const tags = [...new Set([...(entry.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])]
      if (tags.length && (await this.revalidatedSince(tags, entry.lastModified))) return null
      return {lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl}
    } catch (err) {
      warn(`read of ${key} failed, rendering afresh`, err)
      return null
    }
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl
    const entry = {lastModified: Date.now(), value: data, tags: tagsOf(data, ctx), cacheControl}
    const expire = typeof cacheControl?.expire === 'number' ? cacheControl.expire : MAX_TTL_S
    const ttl = Math.max(MIN_TTL_S, Math.min(MAX_TTL_S, expire))
    try {
      const json = JSON.stringify(entry, replacer)
      await this.redis.run((client) => client.set(this.prefix + key, json, {expiration: {type: 'EX', value: ttl}}))
    } catch (err) {
      warn(`write of ${key} failed`, err)
    }
  }

  /**
   * As Next's own file-system cache records it: stale from now; expired now plus `expire`
   * seconds, or now when no durations are given.
   * @param {string | string[]} tags
   * @param {{expire?: number}} [durations]
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    if (!list.length) return
    const now = Date.now()
    const expiredAt = durations ? (durations.expire === undefined ? undefined : now + durations.expire * 1000) : now
    // Throws on failure: a webhook whose revalidation did not reach Redis must not answer 200
    // (the lake, or Sanity, retries it).
    await this.redis.run((client) => {
      const batch = client.multi().hSet(TAGS_STALE, Object.fromEntries(list.map((tag) => [tag, String(now)])))
      if (expiredAt !== undefined)
        batch.hSet(TAGS_EXPIRED, Object.fromEntries(list.map((tag) => [tag, String(expiredAt)])))
      return batch.exec()
    })
  }

  /** Nothing is kept per request: every read goes to Redis. */
  resetRequestCache() {}

  /**
   * @param {string[]} tags
   * @param {number} lastModified
   */
  async revalidatedSince(tags, lastModified) {
    const [stale, expired] = await this.redis.run((client) =>
      Promise.all([client.hmGet(TAGS_STALE, tags), client.hmGet(TAGS_EXPIRED, tags)]),
    )
    const now = Date.now()
    return tags.some((_, i) => {
      const staleAt = Number(stale[i] ?? 0)
      const expiredAt = Number(expired[i] ?? 0)
      return staleAt > lastModified || (expiredAt > lastModified && expiredAt <= now)
    })
  }
}
