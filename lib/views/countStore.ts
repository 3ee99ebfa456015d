/**
 * Where counted views wait for the next flush. Views are counted per article and day; a batch is
 * what one flush stores. The in-process store suits one app instance; several instances share
 * the Redis store (lib/views/redisCounts.ts), so they count each reader once between them and
 * exactly one of them stores each batch.
 */
export interface ViewBatch {
  /** Unique per batch: the flush's transaction id and its entry in each document's ledger. */
  id: string
  /** Views per `${articleId} ${day}`. */
  counts: Record<string, number>
}

export interface ViewCountStore {
  /** Counts the view unless this reader was already counted for this article on this day; true if counted. */
  record(articleId: string, day: string, reader: string): Promise<boolean>
  /**
   * The batch to store next, held by the caller until `settle` or `release`: an earlier batch whose
   * flush failed (or whose flusher vanished) first, else every view counted since the last batch.
   * Null when there is nothing to store.
   */
  take(): Promise<ViewBatch | null>
  /** The batch is stored: forget it. */
  settle(batch: ViewBatch): Promise<void>
  /** Storing failed: keep the batch, to be taken (first) by the next flush. */
  release(batch: ViewBatch): Promise<void>
  /** Whether a flush could find anything: lets an idle instance skip it. */
  hasWork(): Promise<boolean>
}

export const batchKey = (articleId: string, day: string) => `${articleId} ${day}`

export function splitBatchKey(key: string): {articleId: string; day: string} {
  const [articleId, day] = key.split(' ')
  return {articleId, day}
}
