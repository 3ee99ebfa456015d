import type {LakeDocument} from '../types'
import type {SortedEntry} from '../views/sortedList'
import type {SortedBucket, View} from '../views/view'
import type {Access} from './access'
import type {SortKey} from './semantics/ordering'
import {keepDecidedOf, UNKNOWN as importedUNKNOWN, type Predicate} from './semantics/truth'

// Local bindings for names used per document: once tsx compiles this to CommonJS, an imported
// name is read through a getter on every use.
const UNKNOWN: typeof importedUNKNOWN = importedUNKNOWN

// From this offset on, a page is sliced from the whole filtered list rather than walked to.
const DEEP_PAGE = 500

/**
 * The documents [from, to) of the bucket `access == key` that `predicate` keeps, in `keys` order,
 * from the view's sorted bucket: the newest page costs a few documents, a deep page a slice. Null
 * when a document cannot be decided or one with a non-string sort value would be kept (GROQ
 * orders mixed types by type first: left to groq-js).
 */
export function walkSorted(
  access: Access,
  key: string,
  predicate: Predicate,
  signature: string,
  keys: SortKey[],
  [from, to]: [number, number],
  view: View,
): LakeDocument[] | null {
  if (access.kind !== 'field' && access.kind !== 'ref') return null
  const bucket = view.sortedBucket(access.kind, access.path.join('.'), key, keys)
  for (const id of bucket.others) {
    const t = predicate(view.get(id)!)
    if (t === true || t === UNKNOWN) return null
  }
  if (from >= DEEP_PAGE) return deepPage(bucket, predicate, signature, from, to)
  const kept = keepDecidedOf(bucket.list.entries, docOfEntry, predicate, to)
  return kept && kept.slice(from, to)
}

const docOfEntry = (entry: SortedEntry) => entry.doc

/**
 * A deep page (`[3000...3012]`) from the bucket's documents that pass the filter, kept in order
 * until the bucket changes: a slice, whatever the page number, as a keyset on the sort keys
 * would be. Built in one pass over the bucket when first asked after a change.
 */
function deepPage(
  bucket: SortedBucket,
  predicate: Predicate,
  signature: string,
  from: number,
  to: number,
): LakeDocument[] | null {
  let memo = bucket.filtered.get(signature)
  if (!memo || memo.version !== bucket.version) {
    const docs = keepDecidedOf(bucket.list.entries, docOfEntry, predicate)
    if (bucket.filtered.size >= 8) bucket.filtered.clear()
    bucket.filtered.set(signature, (memo = {version: bucket.version, docs}))
  }
  return memo.docs && memo.docs.slice(from, to)
}
