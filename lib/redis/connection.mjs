// @ts-check
/**
 * The app's Redis connections (the `redis` client), one per URL and process, shared by the flood
 * limit, Next's cache handler and the view counts. Plain JavaScript on purpose: Next's server
 * imports its cache handler by itself, outside the bundle and (in `next build`) with no
 * TypeScript loader, and `server-only` would throw there. App code imports it through
 * ./client.ts, which is server-only.
 *
 * Redis being down must cost a request at most about a second, never hang it: commands are not
 * queued while the connection is down, a caller waits at most WAIT_FOR_CONNECTION_MS for it to
 * come back and each command at most COMMAND_TIMEOUT_MS; meanwhile the client reconnects in the
 * background.
 */
import {createClient} from 'redis'

const WAIT_FOR_CONNECTION_MS = 1000
const COMMAND_TIMEOUT_MS = 2000
const MAX_RECONNECT_DELAY_MS = 1000

/** @typedef {ReturnType<typeof createClient>} RedisClient */

export class RedisUnavailableError extends Error {}

export class RedisConnection {
  /** @param {string} url */
  constructor(url) {
    /** @type {Error | null} */
    this.lastError = null
    /** @type {Promise<void> | null} */
    this.waiting = null
    /** @type {RedisClient} */
    this.client = createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: WAIT_FOR_CONNECTION_MS,
        reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
      },
    })
    // Without a listener an unreachable server would be an uncaught 'error' event: keep the cause
    // for the next caller instead.
    this.client.on('error', (/** @type {Error} */ err) => (this.lastError = err))
    this.client.on('ready', () => (this.lastError = null))
    this.client.connect().catch(() => {})
  }

  /**
   * Runs `command` once the connection is up; rejects with RedisUnavailableError ("Redis: <cause>")
   * if it is not up within a second, or when the command takes longer than COMMAND_TIMEOUT_MS.
   * @template T
   * @param {(client: RedisClient) => Promise<T>} command
   * @returns {Promise<T>}
   */
  async run(command) {
    if (!this.client.isReady) await this.untilReady()
    return withTimeout(command(this.client), COMMAND_TIMEOUT_MS, 'Redis: no answer within 2 s')
  }

  /**
   * One wait shared by every caller while the connection is down (not a listener each).
   * @returns {Promise<void>}
   */
  untilReady() {
    this.waiting ??= new Promise((/** @type {(value?: void) => void} */ resolve, reject) => {
      const onReady = () => {
        clearTimeout(timer)
        resolve()
      }
      const timer = setTimeout(() => {
        this.client.off('ready', onReady)
        reject(new RedisUnavailableError(`Redis: ${this.lastError?.message || 'not connected'}`))
      }, WAIT_FOR_CONNECTION_MS)
      this.client.once('ready', onReady)
    }).finally(() => (this.waiting = null))
    return this.waiting
  }

  close() {
    this.client.destroy()
  }
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} message
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms, message) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new RedisUnavailableError(message)), ms)))
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)))
}

/** @type {Map<string, RedisConnection>} */
const shared = new Map()

/**
 * The process's connection to `url`, opened on first use.
 * @param {string} url
 */
export function sharedRedis(url) {
  let connection = shared.get(url)
  if (!connection) shared.set(url, (connection = new RedisConnection(url)))
  return connection
}

/** Closes every shared connection (tests, and a server that is stopping). */
export function closeSharedRedis() {
  for (const connection of shared.values()) connection.close()
  shared.clear()
}
