import type {IncomingMessage} from 'node:http'
import type {Caller} from '../server/auth'
import {readRawBody} from '../server/body'
import {LakeError, badRequest, unauthorized} from '../errors'

/**
 * Per-user Studio preferences (`/users/me/keyvalue`): kept in memory, lost on restart by design.
 * The Studio stores a few small entries per user (layout, recent searches, inspector state), so
 * the limits are far above what it writes and keep a caller from growing the lake's memory.
 */
export interface KeyValueLimits {
  /** One value, as JSON. */
  maxValueBytes: number
  maxKeysPerUser: number
  maxKeyLength: number
  /** One PUT body. */
  maxBodyBytes: number
}

export const KEY_VALUE_LIMITS: KeyValueLimits = {
  maxValueBytes: 16 * 1024,
  maxKeysPerUser: 200,
  maxKeyLength: 200,
  maxBodyBytes: 256 * 1024,
}

export interface KeyValuePair {
  key: string
  value: unknown
}

export class KeyValueStore {
  private readonly byUser = new Map<string, Map<string, unknown>>()

  constructor(private readonly limits: KeyValueLimits = KEY_VALUE_LIMITS) {}

  get(userId: string, keys: string[]): KeyValuePair[] {
    const values = this.byUser.get(userId)
    if (!values) return []
    return keys.filter((key) => values.has(key)).map((key) => ({key, value: values.get(key)}))
  }

  /** `PUT /users/me/keyvalue`: all entries are checked before any is stored, so a refused write changes nothing. */
  async put(caller: Caller, req: IncomingMessage): Promise<KeyValuePair[]> {
    // Anonymous callers all share one id: their entries would be everyone's, and unbounded.
    if (caller.role === null) throw unauthorized('Sign in to store Studio preferences: send a token')
    const pairs = parsePairs(await readRawBody(req, this.limits.maxBodyBytes))
    const values = this.byUser.get(caller.userId) ?? new Map<string, unknown>()
    const {maxKeyLength, maxValueBytes, maxKeysPerUser} = this.limits
    for (const {key, value} of pairs) {
      if (key.length === 0 || key.length > maxKeyLength) {
        throw badRequest(`Key must be 1 to ${maxKeyLength} characters long, got ${key.length}`, 'keyValueLimitError')
      }
      const bytes = Buffer.byteLength(JSON.stringify(value) ?? 'null')
      if (bytes > maxValueBytes) {
        const description = `Value of key "${key}" is ${bytes} bytes of JSON, over the limit of ${maxValueBytes}`
        throw new LakeError(413, {error: {type: 'httpPayloadTooLarge', description}}, description)
      }
    }
    const keys = new Set([...values.keys(), ...pairs.map((pair) => pair.key)])
    if (keys.size > maxKeysPerUser) {
      const description = `Too many keys: a user may keep at most ${maxKeysPerUser}, this write would make ${keys.size}`
      throw badRequest(description, 'keyValueLimitError')
    }
    for (const {key, value} of pairs) values.set(key, value)
    this.byUser.set(caller.userId, values)
    return pairs
  }
}

/** The body is a JSON array of `{key, value}` (a single object is taken as an array of one). */
function parsePairs(raw: Buffer): KeyValuePair[] {
  let body: unknown
  try {
    body = JSON.parse(raw.toString('utf8'))
  } catch {
    throw badRequest('Malformed JSON in request body')
  }
  const pairs = Array.isArray(body) ? body : [body]
  for (const pair of pairs) {
    if (typeof pair !== 'object' || pair === null || typeof (pair as {key?: unknown}).key !== 'string') {
      throw badRequest('Expected a JSON array of {"key": string, "value": any}')
    }
  }
  return pairs.map(({key, value}: KeyValuePair) => ({key, value: value ?? null}))
}
