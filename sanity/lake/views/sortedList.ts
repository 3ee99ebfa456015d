import {compareSortValues as importedCompareSortValues, type SortKey} from '../query/semantics/ordering'
import {readPath as importedReadPath} from '../query/semantics/paths'

export type {SortKey} from '../query/semantics/ordering'
import type {LakeDocument} from '../types'

// Local bindings for names used per document: once tsx compiles this to CommonJS, an imported
// name is read through a getter on every use.
const compareSortValues = importedCompareSortValues
const readPath = importedReadPath

/** A document with its sort values read once; `seq` (dataset position) breaks ties, as GROQ's stable sort does. */
export interface SortedEntry {
  doc: LakeDocument
  values: string[]
  seq: number
}

/**
 * Documents kept in GROQ `order(…)` order for fixed keys, updated in place on every write (binary
 * search, then one splice). Only documents whose every sort value is a string are held: GROQ
 * compares strings with `<`, as JavaScript does, so the order is exactly groq-js's. Documents with
 * any other value are the caller's to account for (see `others` in View.sortedBucket).
 */
export class SortedList {
  entries: SortedEntry[] = []

  private readonly parts: string[][]

  constructor(readonly keys: SortKey[]) {
    this.parts = keys.map((k) => k.path)
  }

  /** The entry for `doc`, or null when a sort value is not a string. */
  entryOf(doc: LakeDocument, seq: number): SortedEntry | null {
    const values: string[] = []
    for (const parts of this.parts) {
      const v = readPath(doc, parts)
      if (typeof v !== 'string') return null
      values.push(v)
    }
    return {doc, values, seq}
  }

  /** Builds from unsorted entries in one sort. */
  fill(entries: SortedEntry[]): void {
    this.entries = entries.sort((a, b) => this.compare(a, b))
  }

  insert(entry: SortedEntry): void {
    this.entries.splice(this.slotOf(entry), 0, entry)
  }

  remove(entry: SortedEntry): void {
    const slot = this.slotOf(entry)
    if (this.entries[slot]?.seq === entry.seq) this.entries.splice(slot, 1)
  }

  compare(a: SortedEntry, b: SortedEntry): number {
    for (let k = 0; k < this.keys.length; k++) {
      const c = compareSortValues(a.values[k], b.values[k], this.keys[k].desc)
      if (c !== 0) return c
    }
    return a.seq - b.seq
  }

  /** The first index whose entry does not sort before `entry`. */
  private slotOf(entry: SortedEntry): number {
    let lo = 0
    let hi = this.entries.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.compare(this.entries[mid], entry) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** For a single ascending key: the first index whose value is > `bound` (or >= when `inclusive`). */
  firstAbove(bound: string, inclusive: boolean): number {
    let lo = 0
    let hi = this.entries.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const v = this.entries[mid].values[0]
      if (v < bound || (!inclusive && v === bound)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

export function sortSignature(keys: SortKey[]): string {
  return keys.map((k) => `${k.path.join('.')} ${k.desc ? 'desc' : 'asc'}`).join(',')
}
