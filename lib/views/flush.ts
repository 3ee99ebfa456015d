import type {SanityClient} from '@sanity/client'
import {splitBatchKey, type ViewBatch, type ViewCountStore} from './countStore'
import {LEDGER_SIZE, newViewsDoc, viewsDocId} from './documents'

export interface StoredBatch {
  batch: string
  /** Documents created or incremented by this attempt (0 when an earlier attempt had stored them all). */
  documents: number
  views: number
  /** Lake transactions committed: 0 or 1. */
  transactions: number
}

type Current = {_id: string; _rev: string; flushes: string[] | null}

/**
 * Stores one batch in one transaction, exactly once however often it is retried. Each document
 * lists the flushes it has taken (`flushes`), and each increment is guarded by the revision it
 * was read at: a retry after an unknown outcome (the commit landed, the answer was lost) finds
 * its id in the ledger and skips that document, and if another flush got there between the read
 * and the commit the guard refuses the whole transaction, to be retried. The transaction id is
 * the batch's own as well, so the store itself refuses a second commit of the same batch.
 */
export async function storeBatch(client: SanityClient, batch: ViewBatch): Promise<StoredBatch> {
  const entries = Object.entries(batch.counts)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => ({...splitBatchKey(key), n}))
  const ids = entries.map((e) => viewsDocId(e.articleId, e.day))
  const current = await client.fetch<Current[]>(
    '*[_id in $ids]{_id, _rev, flushes}',
    {ids},
    {cache: 'no-store', perspective: 'raw'},
  )
  const byId = new Map(current.map((doc) => [doc._id, doc]))
  const transaction = client.transaction()
  let documents = 0
  let views = 0
  for (const [i, {articleId, day, n}] of entries.entries()) {
    const doc = byId.get(ids[i])
    if (doc?.flushes?.includes(batch.id)) continue
    if (doc) {
      const flushes = [...(doc.flushes ?? []).slice(-(LEDGER_SIZE - 1)), batch.id]
      transaction.patch(doc._id, (p) => p.ifRevisionId(doc._rev).inc({count: n}).set({flushes}))
    } else {
      transaction.create(newViewsDoc(articleId, day, n, batch.id))
    }
    documents++
    views += n
  }
  if (documents === 0) return {batch: batch.id, documents, views, transactions: 0}
  try {
    await transaction.commit({transactionId: flushTransactionId(batch), returnDocuments: false, visibility: 'sync'})
  } catch (err) {
    // The same batch committed before (its answer lost, its ledger entries unread): stored.
    if (isTransactionIdConflict(err)) return {batch: batch.id, documents: 0, views: 0, transactions: 0}
    throw err
  }
  return {batch: batch.id, documents, views, transactions: 1}
}

export const flushTransactionId = (batch: ViewBatch) => `views-flush-${batch.id}`

function isTransactionIdConflict(err: unknown): boolean {
  const e = err as {statusCode?: number; response?: {body?: unknown}}
  return e.statusCode === 409 && JSON.stringify(e.response?.body ?? '').includes('transactionIdConflict')
}

/**
 * One flush: takes the next batch and stores it. A batch that fails stays in the store (released)
 * and is the first taken by the next flush; new views meanwhile wait in the next batch.
 */
export async function flushViews(store: ViewCountStore, client: SanityClient): Promise<StoredBatch | null> {
  const batch = await store.take()
  if (!batch) return null
  let stored: StoredBatch
  try {
    stored = await storeBatch(client, batch)
  } catch (err) {
    await store.release(batch).catch(() => {})
    throw err
  }
  await store.settle(batch)
  return stored
}
