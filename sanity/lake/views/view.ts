import {scalarAt as importedScalarAt} from '../query/semantics/paths'
import {referencedIds as importedReferencedIds} from '../query/semantics/references'
import {SortedList, sortSignature, type SortKey} from './sortedList'
import type {LakeDocument} from '../types'

// Local bindings for names used per document: once tsx compiles this to CommonJS, an imported
// name is read through a getter on every use.
const scalarAt = importedScalarAt
const referencedIds = importedReferencedIds

type Key = string | number | boolean

/** A bucket in sort order; `others` are the ids of its documents with a sort value that is not a string. */
export interface SortedBucket {
  list: SortedList
  others: Set<string>
  /** Bumped on every change to the bucket. */
  version: number
  /** Filtered copies of `list` for deep pages, per filter signature, valid while `version` holds. */
  filtered: Map<string, {version: number; docs: LakeDocument[] | null}>
}

interface SortedFamily {
  kind: 'field' | 'ref'
  path: string
  buckets: Map<Key, SortedBucket>
  keys: SortKey[]
}

// Each holds at most one entry per bucket; signatures change with params (Top 5's hourly `$since`).
const MAX_MEMOS = 32

/** Bumped on every change to a bucket (an update is a removal and an addition), so cached counts know they are stale. */
const bucketVersions = new WeakMap<string[], number>()

/** An index kept beside the view's own: told of every document that leaves or enters the view. */
export interface DerivedIndex {
  add(doc: LakeDocument): void
  remove(doc: LakeDocument): void
}

/**
 * The documents one perspective shows one kind of caller, kept up to date on every commit, with
 * indexes built on first use: by any attribute path (`_type`, `slug.current`, `article._ref`, …)
 * and by every reference a document holds. Candidate lists come back in dataset order, so a
 * filter over them returns exactly what a scan of the whole dataset would.
 */
export class View {
  private readonly docsById = new Map<string, LakeDocument>()
  private readonly seq = new Map<string, number>()
  private nextSeq = 0
  private array: LakeDocument[] | null = null
  private readonly fields = new Map<string, Map<Key, string[]>>()
  private refs: Map<string, string[]> | null = null
  private readonly derived = new Map<string, DerivedIndex>()
  private readonly sortedFamilies = new Map<string, SortedFamily>()
  private readonly ranges = new Map<string, SortedList>()
  private readonly memos = new Map<string, Map<Key, {bucket: string[]; version: number; result: unknown}>>()

  get size(): number {
    return this.docsById.size
  }

  /** The whole dataset for groq-js, rebuilt only when a write changed it. */
  get docs(): LakeDocument[] {
    this.array ??= [...this.docsById.values()]
    return this.array
  }

  get(id: string): LakeDocument | undefined {
    return this.docsById.get(id)
  }

  /** Where the document stands in `docs` (relative order only). */
  positionOf(id: string): number {
    return this.seq.get(id) ?? Infinity
  }

  /** Puts (or with `null` removes) the document shown under `id`. */
  set(id: string, doc: LakeDocument | null): void {
    const old = this.docsById.get(id)
    if (!old && !doc) return
    if (old) this.unindex(id, old)
    if (doc) {
      if (!this.seq.has(id)) this.seq.set(id, this.nextSeq++)
      this.docsById.set(id, doc)
      this.index(id, doc)
    } else {
      this.docsById.delete(id)
      this.seq.delete(id)
    }
    this.array = null
  }

  /** Documents whose value at `path` equals `value`, in dataset order. */
  byField(path: string, value: Key): LakeDocument[] {
    return this.resolve(this.fieldIndex(path).get(value))
  }

  /** How many documents `byField(path, value)` would return, without building the list. */
  countByField(path: string, value: Key): number {
    return this.fieldIndex(path).get(value)?.length ?? 0
  }

  countByReference(id: string): number {
    return this.refIndex().get(id)?.length ?? 0
  }

  /** Builds now the attribute indexes of `paths` and the reference index, which queries would build on first use. */
  buildIndexes(paths: string[]): void {
    for (const path of paths) this.fieldIndex(path)
    this.refIndex()
  }

  /** How many distinct values `path` has: a guess at how selective an equality on it is. */
  distinctValues(path: string): number {
    return this.fieldIndex(path).size
  }

  /** Documents holding a reference to `id` anywhere, in dataset order. */
  byReference(id: string): LakeDocument[] {
    return this.resolve(this.refIndex().get(id))
  }

  /**
   * The bucket `path == value` (kind `field`) or "references `value`" (kind `ref`) in the order of
   * `keys`, built on first use and then kept up to date, so a sorted, sliced list walks from the
   * front instead of sorting the whole bucket.
   */
  sortedBucket(kind: 'field' | 'ref', path: string, value: Key, keys: SortKey[]): SortedBucket {
    const signature = `${kind}:${path}|${sortSignature(keys)}`
    let family = this.sortedFamilies.get(signature)
    if (!family) this.sortedFamilies.set(signature, (family = {kind, path, keys, buckets: new Map()}))
    let bucket = family.buckets.get(value)
    if (!bucket) {
      bucket = {list: new SortedList(keys), others: new Set(), version: 0, filtered: new Map()}
      const entries = []
      for (const doc of kind === 'field'
        ? this.byField(path, value)
        : typeof value === 'string'
          ? this.byReference(value)
          : []) {
        const entry = bucket.list.entryOf(doc, this.seq.get(doc._id)!)
        if (entry) entries.push(entry)
        else bucket.others.add(doc._id)
      }
      bucket.list.fill(entries)
      family.buckets.set(value, bucket)
    }
    return bucket
  }

  /** Documents whose string value at `path` compares with `bound` as `op` says, in dataset order. */
  byRange(path: string, op: '>' | '>=' | '<' | '<=', bound: string): LakeDocument[] {
    const list = this.rangeList(path)
    const [from, to] =
      op === '>' || op === '>='
        ? [list.firstAbove(bound, op === '>='), list.entries.length]
        : [0, list.firstAbove(bound, op === '<')]
    return list.entries
      .slice(from, to)
      .sort((a, b) => a.seq - b.seq)
      .map((e) => e.doc)
  }

  /** How many documents `byRange` would return, by binary search only. */
  countRange(path: string, op: '>' | '>=' | '<' | '<=', bound: string): number {
    const list = this.rangeList(path)
    if (op === '>' || op === '>=') return list.entries.length - list.firstAbove(bound, op === '>=')
    return list.firstAbove(bound, op === '<')
  }

  /**
   * `compute` over the bucket `path == value` (or "references `value`"), remembered per
   * `signature` (what `compute` does, e.g. the filter it counts) until that bucket changes: a list
   * of articles with comment counts then recounts only the articles whose comments changed, and
   * the list of public articles is not filtered again while only comments are written.
   * `compute` answers null when it cannot decide; nothing is remembered then.
   */
  bucketMemo<T>(
    kind: 'field' | 'ref',
    path: string,
    signature: string,
    compute: (docs: LakeDocument[]) => T | null,
  ): (value: Key) => T | null {
    const index: Map<Key, string[]> = kind === 'field' ? this.fieldIndex(path) : this.refIndex()
    const cacheKey = `${kind}:${path}:${signature}`
    // Least recently used first out: one-off filters (a reader's search terms) must not push out
    // the counts every homepage render reuses.
    let cache = this.memos.get(cacheKey)
    if (cache) this.memos.delete(cacheKey)
    else {
      if (this.memos.size >= MAX_MEMOS) this.memos.delete(this.memos.keys().next().value as string)
      cache = new Map()
    }
    this.memos.set(cacheKey, cache)
    const memo = cache
    return (value) => {
      const bucket = index.get(value)
      if (!bucket) return compute([])
      const version = bucketVersions.get(bucket) ?? 0
      const hit = memo.get(value)
      if (hit && hit.bucket === bucket && hit.version === version) return hit.result as T
      const result = compute(this.resolve(bucket))
      if (result !== null) memo.set(value, {bucket, version, result})
      return result
    }
  }

  private rangeList(path: string): SortedList {
    let list = this.ranges.get(path)
    if (!list) {
      list = new SortedList([{path: path.split('.'), desc: false}])
      const entries = []
      for (const [id, doc] of this.docsById) {
        const entry = list.entryOf(doc, this.seq.get(id)!)
        if (entry) entries.push(entry)
      }
      list.fill(entries)
      this.ranges.set(path, list)
    }
    return list
  }

  /**
   * The index named `key`, built by `create` over the current documents on first use and then
   * kept up to date by `add`/`remove` on every write (an update is a remove, then an add).
   */
  derivedIndex<T extends DerivedIndex>(key: string, create: (docs: Iterable<LakeDocument>) => T): T {
    let index = this.derived.get(key)
    if (!index) {
      index = create(this.docsById.values())
      this.derived.set(key, index)
    }
    return index as T
  }

  private resolve(ids: string[] | undefined): LakeDocument[] {
    return ids ? ids.map((id) => this.docsById.get(id)!) : []
  }

  private fieldIndex(path: string): Map<Key, string[]> {
    let index = this.fields.get(path)
    if (!index) {
      index = new Map()
      this.fields.set(path, index)
      for (const [id, doc] of this.docsById) addTo(index, valueAt(doc, path), id, this.seq)
    }
    return index
  }

  private refIndex(): Map<string, string[]> {
    if (!this.refs) {
      this.refs = new Map()
      for (const [id, doc] of this.docsById) for (const ref of referencedIds(doc)) addTo(this.refs, ref, id, this.seq)
    }
    return this.refs
  }

  private index(id: string, doc: LakeDocument) {
    for (const [path, index] of this.fields) addTo(index, valueAt(doc, path), id, this.seq)
    const refs = this.refs || this.sortedFamilies.size > 0 ? referencedIds(doc) : null
    if (this.refs) for (const ref of refs!) addTo(this.refs, ref, id, this.seq)
    this.updateSorted(id, doc, refs, true)
    for (const index of this.derived.values()) index.add(doc)
  }

  private unindex(id: string, doc: LakeDocument) {
    for (const [path, index] of this.fields) removeFrom(index, valueAt(doc, path), id, this.seq)
    const refs = this.refs || this.sortedFamilies.size > 0 ? referencedIds(doc) : null
    if (this.refs) for (const ref of refs!) removeFrom(this.refs, ref, id, this.seq)
    this.updateSorted(id, doc, refs, false)
    for (const index of this.derived.values()) index.remove(doc)
  }

  private updateSorted(id: string, doc: LakeDocument, refs: Set<string> | null, adding: boolean) {
    const seq = this.seq.get(id)!
    for (const family of this.sortedFamilies.values()) {
      const values = family.kind === 'field' ? [valueAt(doc, family.path)] : refs!
      for (const value of values) {
        const bucket = value === undefined ? undefined : family.buckets.get(value)
        if (!bucket) continue
        bucket.version++
        const entry = bucket.list.entryOf(doc, seq)
        if (entry) bucket.list[adding ? 'insert' : 'remove'](entry)
        else if (adding) bucket.others.add(id)
        else bucket.others.delete(id)
      }
    }
    for (const list of this.ranges.values()) {
      const entry = list.entryOf(doc, seq)
      if (entry) list[adding ? 'insert' : 'remove'](entry)
    }
  }
}

/** The attribute at a dotted path as an index keys it (split once per path, not per document). */
const partsOf = new Map<string, string[]>()
function valueAt(doc: unknown, path: string): Key | undefined {
  let parts = partsOf.get(path)
  if (!parts) partsOf.set(path, (parts = path.split('.')))
  return scalarAt(doc, parts)
}

/** Where `id` is, or would go, in a bucket kept sorted by dataset position (binary search). */
function slotOf(bucket: string[], id: string, seq: Map<string, number>): number {
  const s = seq.get(id)!
  let lo = 0
  let hi = bucket.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (seq.get(bucket[mid])! < s) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Buckets stay sorted by the documents' position in the dataset. */
function addTo(index: Map<Key, string[]>, key: Key | undefined, id: string, seq: Map<string, number>) {
  if (key === undefined) return
  let bucket = index.get(key)
  if (!bucket) index.set(key, (bucket = []))
  // Building an index visits documents in dataset order: most additions go at the end.
  const last = bucket[bucket.length - 1]
  if (last === undefined || seq.get(last)! < seq.get(id)!) bucket.push(id)
  else {
    const slot = slotOf(bucket, id, seq)
    if (bucket[slot] !== id) bucket.splice(slot, 0, id)
  }
  bucketVersions.set(bucket, (bucketVersions.get(bucket) ?? 0) + 1)
}

function removeFrom(index: Map<Key, string[]>, key: Key | undefined, id: string, seq: Map<string, number>) {
  if (key === undefined) return
  const bucket = index.get(key)
  if (!bucket) return
  const slot = slotOf(bucket, id, seq)
  if (bucket[slot] === id) bucket.splice(slot, 1)
  bucketVersions.set(bucket, (bucketVersions.get(bucket) ?? 0) + 1)
  if (bucket.length === 0) index.delete(key)
}
