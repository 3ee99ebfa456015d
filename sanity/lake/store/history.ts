import {mendozaEffect} from './mendoza'
import type {LakeStore} from './store'
import type {DocumentChange, LakeDocument, Transaction} from '../types'

export type LoggedTransaction = Transaction & {seq: number}

/** The revision a change left: the document's `_rev` (an import keeps the exported one), else the transaction's id. */
export const revisionOf = (tx: LoggedTransaction, change: DocumentChange) => change.after?._rev ?? tx.id

/**
 * `GET /data/history/<dataset>/documents/<ids>`: each document as it was at a revision (of any of
 * them), at a time, or at its last revision before deletion. Documents that did not exist then
 * are left out, as Sanity leaves them out.
 */
export function documentsAt(
  store: LakeStore,
  ids: string[],
  at: {revision?: string; time?: string; lastRevision?: boolean},
): LakeDocument[] {
  const log = store.transactionsTouching(ids, {onlyThese: true})
  let untilSeq = Number.MAX_SAFE_INTEGER
  if (at.revision !== undefined) {
    const tx = log.find((t) => t.id === at.revision || t.changes.some((c) => c.after?._rev === at.revision))
    if (!tx) return []
    untilSeq = tx.seq
  }
  const documents: LakeDocument[] = []
  for (const id of ids) {
    let state: LakeDocument | null = null
    let last: LakeDocument | null = null
    for (const tx of log) {
      if (tx.seq > untilSeq || (at.time !== undefined && tx.timestamp > at.time)) break
      const change = tx.changes.find((c) => c.id === id)
      if (!change) continue
      state = change.after
      last = change.after ?? change.before ?? last
    }
    const found = at.lastRevision ? (state ?? last) : state
    if (found) documents.push(found)
  }
  return documents
}

export interface TransactionQuery {
  fromTransaction?: string
  toTransaction?: string
  fromTime?: string
  toTime?: string
  authors?: string[]
  reverse?: boolean
  limit?: number
  mendoza?: boolean
  excludeMutations?: boolean
  excludeContent?: boolean
  includeIdentifiedDocumentsOnly?: boolean
}

/**
 * `GET /data/history/<dataset>/transactions/<ids>`: the log entries on those documents, in
 * Sanity's shape (`id`, `timestamp`, `author`, `documentIDs`, `mutations`, and with
 * `effectFormat=mendoza` the `effects` per document). The log keeps each document's before and
 * after, not the mutations sent, so `mutations` are the equivalent `createOrReplace` / `delete`.
 */
export function transactionsOn(store: LakeStore, ids: string[], q: TransactionQuery): Array<Record<string, unknown>> {
  const seqOf = (id: string | undefined) => (id ? store.seqOfTransaction(id) : undefined)
  const fromSeq = seqOf(q.fromTransaction) ?? 0
  const toSeq = seqOf(q.toTransaction) ?? Number.MAX_SAFE_INTEGER
  let log = store
    .transactionsTouching(ids, {fromSeq, toSeq, onlyThese: q.includeIdentifiedDocumentsOnly})
    .filter(
      (tx) =>
        (q.fromTime === undefined || tx.timestamp >= q.fromTime) &&
        (q.toTime === undefined || tx.timestamp <= q.toTime) &&
        (!q.authors?.length || q.authors.includes(tx.author)),
    )
  if (q.reverse) log = log.reverse()
  if (q.limit !== undefined) log = log.slice(0, q.limit)
  const wanted = new Set(ids)
  return log.map((tx) => {
    const changes = q.includeIdentifiedDocumentsOnly ? tx.changes.filter((c) => wanted.has(c.id)) : tx.changes
    return {
      id: tx.id,
      timestamp: tx.timestamp,
      author: tx.author,
      documentIDs: changes.map((c) => c.id),
      ...(q.excludeMutations ? {} : {mutations: changes.map((c) => mutationOf(c, q.excludeContent === true))}),
      ...(q.mendoza ? {effects: Object.fromEntries(changes.map((c) => [c.id, mendozaEffect(c.before, c.after)]))} : {}),
    }
  })
}

function mutationOf(change: DocumentChange, excludeContent: boolean) {
  if (!change.after) return {delete: {id: change.id}}
  return {createOrReplace: excludeContent ? {_id: change.id, _type: change.after._type} : change.after}
}
