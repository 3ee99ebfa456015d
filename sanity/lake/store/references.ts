import {mutationError} from '../errors'
import type {LakeStore} from './store'
import type {DocumentChange, LakeDocument, Transaction} from '../types'

/**
 * The ids a document refers to strongly: every `{_ref}` that is not `_weak: true` and not a
 * cross-dataset reference (`_dataset`), which hosted Sanity does not check either.
 */
export function strongReferencesOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) strongReferencesOf(item, into)
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if (typeof obj._ref === 'string' && obj._weak !== true && obj._dataset === undefined) into.add(obj._ref)
    for (const key in obj) {
      const child = obj[key]
      if (child && typeof child === 'object') strongReferencesOf(child, into)
    }
  }
  return into
}

/**
 * Who refers strongly to whom, kept up to date per committed transaction. Built on first use:
 * walking every document of a large archive costs seconds, and most lakes never delete.
 */
export class StrongReferenceIndex {
  private referrers: Map<string, Set<string>> | null = null

  constructor(private readonly store: LakeStore) {
    store.on('transaction', (tx: Transaction) => {
      if (this.referrers) for (const change of tx.changes) this.apply(change)
    })
  }

  /** Ids of stored documents that refer strongly to `id`. */
  referrersOf(id: string): ReadonlySet<string> {
    if (!this.referrers) {
      this.referrers = new Map()
      for (const doc of this.store.all()) this.add(doc)
    }
    return this.referrers.get(id) ?? EMPTY
  }

  private apply({before, after}: DocumentChange) {
    if (before) this.remove(before)
    if (after) this.add(after)
  }

  private add(doc: LakeDocument) {
    for (const target of strongReferencesOf(doc)) {
      let set = this.referrers!.get(target)
      if (!set) this.referrers!.set(target, (set = new Set()))
      set.add(doc._id)
    }
  }

  private remove(doc: LakeDocument) {
    for (const target of strongReferencesOf(doc)) {
      const set = this.referrers!.get(target)
      set?.delete(doc._id)
      if (set?.size === 0) this.referrers!.delete(target)
    }
  }
}

const EMPTY: ReadonlySet<string> = new Set()

/**
 * Hosted Sanity's two rules, checked against the state after the whole transaction (so one
 * transaction may create a document and the one that refers to it, or delete both): a strong
 * reference must name an existing document, and a strongly referenced document cannot be deleted.
 */
export function checkReferenceIntegrity(
  changes: DocumentChange[],
  exists: (id: string) => boolean,
  referrersOf: (id: string) => ReadonlySet<string>,
  /** The mutation that wrote a document, for the error's `index`. */
  indexOf: (id: string) => number,
): void {
  const afterById = new Map(changes.map((c) => [c.id, c.after]))
  const existsAfter = (id: string) => (afterById.has(id) ? afterById.get(id) !== null : exists(id))
  for (const {id, before, after} of changes) {
    if (!after) continue
    const previously = before ? strongReferencesOf(before) : EMPTY
    const missing = [...strongReferencesOf(after)].filter((ref) => !existsAfter(ref))
    if (missing.length === 0) continue
    // A reference that already dangled before (data imported as it was) is not this write's fault.
    const added = missing.filter((ref) => !previously.has(ref))
    if (added.length === 0) continue
    throw mutationError(409, {
      index: indexOf(id),
      error: {
        type: 'documentReferenceNonexistentError',
        description: `Document "${id}" references non-existent document ${added.map((r) => `"${r}"`).join(', ')}`,
        id,
        referenceIds: added,
      },
    })
  }
  for (const {id, after} of changes) {
    if (after) continue
    const from = [...referrersOf(id)].filter((referrer) => !afterById.has(referrer))
    // Referrers changed in this transaction are judged by their new content.
    for (const change of changes) {
      if (change.after && change.id !== id && strongReferencesOf(change.after).has(id)) from.push(change.id)
    }
    if (from.length === 0) continue
    throw mutationError(409, {
      index: indexOf(id),
      error: {
        type: 'documentHasExistingReferencesError',
        description:
          `Document "${id}" cannot be deleted as there are references to it from ` +
          from
            .slice(0, 10)
            .map((r) => `"${r}"`)
            .join(', ') +
          (from.length > 10 ? ` and ${from.length - 10} more` : ''),
        id,
        referencingIDs: from,
      },
    })
  }
}
