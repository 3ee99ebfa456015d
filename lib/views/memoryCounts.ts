import {randomBytes} from 'node:crypto'
import {batchKey, type ViewBatch, type ViewCountStore} from './countStore'

/**
 * Counts in this process, for a single app instance: the readers seen per day (keyed hashes,
 * dropped with the day), the views counted since the last batch, and at most one batch in flight.
 */
export class MemoryViewCounts implements ViewCountStore {
  private readonly seen = new Map<string, Set<string>>()
  private pending = new Map<string, number>()
  private inFlight: ViewBatch | null = null
  private failed: ViewBatch | null = null

  async record(articleId: string, day: string, reader: string): Promise<boolean> {
    let readers = this.seen.get(day)
    if (!readers) {
      this.seen.set(day, (readers = new Set()))
      this.forgetDaysBefore(day)
    }
    const key = `${articleId} ${reader}`
    if (readers.has(key)) return false
    readers.add(key)
    const counted = batchKey(articleId, day)
    this.pending.set(counted, (this.pending.get(counted) ?? 0) + 1)
    return true
  }

  async take(): Promise<ViewBatch | null> {
    if (this.inFlight) return null
    if (this.failed) {
      this.inFlight = this.failed
      this.failed = null
    } else if (this.pending.size > 0) {
      this.inFlight = {id: randomBytes(9).toString('base64url'), counts: Object.fromEntries(this.pending)}
      this.pending = new Map()
    }
    return this.inFlight
  }

  async settle(batch: ViewBatch): Promise<void> {
    if (this.inFlight?.id === batch.id) this.inFlight = null
  }

  async release(batch: ViewBatch): Promise<void> {
    if (this.inFlight?.id !== batch.id) return
    this.failed = batch
    this.inFlight = null
  }

  async hasWork(): Promise<boolean> {
    return this.pending.size > 0 || this.failed !== null
  }

  /** Readers are remembered for their day and the one before (beacons around midnight), no longer. */
  private forgetDaysBefore(day: string) {
    const keep = [...this.seen.keys()].sort().slice(-2)
    for (const d of this.seen.keys()) if (!keep.includes(d) && d < day) this.seen.delete(d)
  }
}
