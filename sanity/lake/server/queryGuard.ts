// From node:timers, not the global: the lake also runs inside jsdom test environments, which have none.
import {setImmediate} from 'node:timers'
import {clientClosedRequest, queryTimeout} from '../errors'
import type {QueryLimits} from '../query/guardedScans'

/**
 * How long one query may hold the event loop before it lets other requests run. groq-js evaluates
 * as one unbroken chain of promises (microtasks), so without these breaks a single query keeps
 * every other request, even a ping, waiting until it ends.
 */
export const QUERY_SLICE_MS = 10

/**
 * Above this estimate of documents visited (query/cost.ts) a query is refused before it runs: at a
 * few microseconds a visit it could not finish within any sensible time limit.
 */
export const DEFAULT_MAX_QUERY_COST = 10_000_000

export const DEFAULT_QUERY_TIMEOUT_MS = 5000

export interface QueryGuardOptions {
  timeoutMs?: number
  /** Aborted when nobody waits for the answer any more (the client disconnected). */
  signal?: AbortSignal
  maxCost?: number
}

/**
 * The limits of one HTTP query: a deadline, the client's presence and a cost budget. Evaluation
 * calls `checkpoint()` often (every dataset scan and dereference, and every few documents of a
 * scan); past the deadline or after the client left it throws, so the query stops within a slice.
 */
export class QueryGuard implements QueryLimits {
  readonly timeoutMs: number
  readonly maxCost: number
  private readonly deadline: number
  private sliceStart = performance.now()
  private stopped: Error | null = null

  constructor(options: QueryGuardOptions = {}) {
    const {timeoutMs = DEFAULT_QUERY_TIMEOUT_MS, signal, maxCost = DEFAULT_MAX_QUERY_COST} = options
    this.timeoutMs = timeoutMs
    this.maxCost = maxCost
    this.deadline = performance.now() + timeoutMs
    if (signal?.aborted) this.stopped = clientClosedRequest()
    signal?.addEventListener('abort', () => (this.stopped ??= clientClosedRequest()), {once: true})
  }

  /**
   * Throws once the query must stop. Otherwise null while the current slice lasts (the caller goes
   * on at once: no promise, no microtask), or, when the slice is used up, a promise that resolves
   * after the event loop has served what was waiting (`setImmediate` runs after pending I/O).
   */
  checkpoint(): Promise<void> | null {
    this.throwIfStopped()
    if (performance.now() - this.sliceStart < QUERY_SLICE_MS) return null
    return new Promise<void>((resolve, reject) =>
      setImmediate(() => {
        this.sliceStart = performance.now()
        try {
          this.throwIfStopped()
          resolve()
        } catch (err) {
          reject(err)
        }
      }),
    )
  }

  private throwIfStopped(): void {
    if (!this.stopped && performance.now() > this.deadline) this.stopped = queryTimeout(this.timeoutMs)
    if (this.stopped) throw this.stopped
  }
}
