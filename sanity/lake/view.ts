import type {LakeDocument} from './types'

type Key = string | number | boolean

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

  /** How many distinct values `path` has: a guess at how selective an equality on it is. */
  distinctValues(path: string): number {
    return this.fieldIndex(path).size
  }

  /** Documents holding a reference to `id` anywhere, in dataset order. */
  byReference(id: string): LakeDocument[] {
    return this.resolve(this.refIndex().get(id))
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
      for (const [id, doc] of this.docsById) for (const ref of refsOf(doc)) addTo(this.refs, ref, id, this.seq)
    }
    return this.refs
  }

  private index(id: string, doc: LakeDocument) {
    for (const [path, index] of this.fields) addTo(index, valueAt(doc, path), id, this.seq)
    if (this.refs) for (const ref of refsOf(doc)) addTo(this.refs, ref, id, this.seq)
    for (const index of this.derived.values()) index.add(doc)
  }

  private unindex(id: string, doc: LakeDocument) {
    for (const [path, index] of this.fields) removeFrom(index, valueAt(doc, path), id, this.seq)
    if (this.refs) for (const ref of refsOf(doc)) removeFrom(this.refs, ref, id, this.seq)
    for (const index of this.derived.values()) index.remove(doc)
  }
}

export function valueAt(doc: unknown, path: string): Key | undefined {
  let value: unknown = doc
  for (const part of path.split('.')) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined
}

function refsOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsOf(v, out)
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '_ref' && typeof v === 'string') out.add(v)
      else if (v && typeof v === 'object') refsOf(v, out)
    }
  }
  return out
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
  const slot = slotOf(bucket, id, seq)
  if (bucket[slot] !== id) bucket.splice(slot, 0, id)
}

function removeFrom(index: Map<Key, string[]>, key: Key | undefined, id: string, seq: Map<string, number>) {
  if (key === undefined) return
  const bucket = index.get(key)
  if (!bucket) return
  const slot = slotOf(bucket, id, seq)
  if (bucket[slot] === id) bucket.splice(slot, 1)
  if (bucket.length === 0) index.delete(key)
}
