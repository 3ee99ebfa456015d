import {eachToken, ptText} from '../query/semantics/textTokens'
import {readPath as importedReadPath} from '../query/semantics/paths'
import type {LakeDocument} from '../types'
import type {DerivedIndex, View} from './view'

// Local bindings for names used per document: once tsx compiles this to CommonJS, an imported
// name is read through a getter on every use.
const readPath = importedReadPath

/**
 * An inverted index over the tokens one text expression (`title`, `slug.current`,
 * `pt::text(body)`) gives each document of a view: token → (document, how often). A `match`
 * pattern term is a regex tested against every token, so a term is answered by testing the
 * vocabulary once (far smaller than the documents) and summing the postings of the tokens it
 * matches. Tokens are stored as groq-js produces them (case kept): the term regexes are
 * case-insensitive, and testing them on the very same strings is what keeps answers exact.
 */
/** An attribute path of the document, read as text either directly or through `pt::text()`. */
export interface TextSource {
  key: string
  path: string[]
  pt: boolean
}

/** The source `path` (`title`), or `pt::text(path)` (`pt::text(body)`). */
export function textSource(path: string[], pt: boolean): TextSource {
  return {key: pt ? `pt::text(${JSON.stringify(path)})` : JSON.stringify(path), path, pt}
}

/**
 * The strings `match` tokenises when the source is its left side: a string, or the string
 * elements of an array (groq-js's `gatherText`). `isString` tells whether the value was a single
 * string, which is all an element of an array literal (`[title, dek] match …`) contributes.
 */
export function stringsOf(doc: unknown, source: TextSource): {strings: string[]; isString: boolean} {
  let value = readPath(doc, source.path)
  if (source.pt) value = ptText(value)
  if (typeof value === 'string') return {strings: [value], isString: true}
  if (Array.isArray(value)) return {strings: value.filter((v): v is string => typeof v === 'string'), isString: false}
  return {strings: [], isString: false}
}

/** Postings of one token, interleaved: slot, frequency, slot, frequency… (one typed array per token). */
class Postings {
  data = new Int32Array(4)
  length = 0

  push(slot: number, freq: number) {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length++] = slot
    this.data[this.length++] = freq
  }

  /** Gives back the room doubling left unused (up to half of each list after a build). */
  trim() {
    if (this.data.length > this.length) this.data = this.data.slice(0, this.length)
  }
}

const MAX_CACHED_TERMS = 32

export class TextIndex implements DerivedIndex {
  /** Bumped whenever an answer of `counts` could change. */
  generation = 0
  // Each indexed document object has a slot (documents are never mutated, only replaced); a
  // removed document leaves a dead slot until compaction.
  private slotOf = new WeakMap<object, number>()
  private docs: Array<LakeDocument | undefined> = []
  /** Slots whose value was an array of strings, not one string (rare). */
  private arrayValued = new Set<number>()
  private vocabulary = new Map<string, Postings>()
  private live = 0
  private readonly cache = new Map<string, Int32Array>()

  constructor(
    readonly source: TextSource,
    docs: Iterable<LakeDocument>,
  ) {
    for (const doc of docs) this.insert(doc)
    for (const postings of this.vocabulary.values()) postings.trim()
  }

  add(doc: LakeDocument): void {
    if (this.insert(doc)) this.changed()
  }

  remove(doc: LakeDocument): void {
    const slot = this.slotOf.get(doc)
    if (slot === undefined) return
    this.slotOf.delete(doc)
    this.docs[slot] = undefined
    this.live--
    this.changed()
  }

  /**
   * The slot of a document object this index holds, for `counts`; undefined for an object it
   * does not hold: one without tokens, or one not of the view (a projected row), to be tokenised.
   */
  slot(doc: object): number | undefined {
    return this.slotOf.get(doc)
  }

  /**
   * Per slot, how many of the document's tokens `re` matches (the `freq` of groq-js's BM25
   * score). `onlyStrings` counts nothing for documents whose value was an array, as an element
   * of an array literal sees them.
   */
  counts(re: RegExp, onlyStrings: boolean): Int32Array {
    const key = `${onlyStrings ? 's' : 'a'}/${re.flags}/${re.source}`
    let result = this.cache.get(key)
    if (result) return result
    result = new Int32Array(this.docs.length)
    for (const [token, postings] of this.vocabulary) {
      if (!re.test(token)) continue
      const {data, length} = postings
      for (let i = 0; i < length; i += 2) result[data[i]] += data[i + 1]
    }
    if (onlyStrings) for (const slot of this.arrayValued) result[slot] = 0
    if (this.cache.size >= MAX_CACHED_TERMS) this.cache.delete(this.cache.keys().next().value as string)
    this.cache.set(key, result)
    return result
  }

  private insert(doc: LakeDocument): boolean {
    if (this.slotOf.has(doc)) return false
    const {strings, isString} = stringsOf(doc, this.source)
    // The document's postings are written as its tokens come: each token's list ends with this
    // slot once it has been seen, so a repeat only bumps the last frequency.
    const slot = this.docs.length
    let tokens = 0
    const count = (token: string) => {
      tokens++
      let postings = this.vocabulary.get(token)
      if (!postings) this.vocabulary.set(token, (postings = new Postings()))
      if (postings.length > 0 && postings.data[postings.length - 2] === slot) postings.data[postings.length - 1]++
      else postings.push(slot, 1)
    }
    for (const s of strings) eachToken(s, count)
    // Documents without a token need no slot: tokenising them again costs nothing.
    if (tokens === 0) return false
    this.docs.push(doc)
    this.slotOf.set(doc, slot)
    this.live++
    if (!isString) this.arrayValued.add(slot)
    return true
  }

  private changed() {
    this.generation++
    this.cache.clear()
    const dead = this.docs.length - this.live
    if (dead > 1024 && dead > this.live) this.compact()
  }

  /** Renumbers the live slots and drops the postings of removed documents. */
  private compact() {
    const renumber = new Int32Array(this.docs.length).fill(-1)
    const docs: LakeDocument[] = []
    const arrayValued = new Set<number>()
    this.slotOf = new WeakMap()
    this.docs.forEach((doc, slot) => {
      if (!doc) return
      renumber[slot] = docs.length
      if (this.arrayValued.has(slot)) arrayValued.add(docs.length)
      this.slotOf.set(doc, docs.length)
      docs.push(doc)
    })
    const vocabulary = new Map<string, Postings>()
    for (const [token, postings] of this.vocabulary) {
      const kept = new Postings()
      for (let i = 0; i < postings.length; i += 2) {
        const slot = renumber[postings.data[i]]
        if (slot >= 0) kept.push(slot, postings.data[i + 1])
      }
      kept.trim()
      if (kept.length > 0) vocabulary.set(token, kept)
    }
    this.docs = docs
    this.arrayValued = arrayValued
    this.vocabulary = vocabulary
  }
}

/** The view's index of `source`, built on first use and kept up to date on every write. */
export function textIndexOf(view: View, source: TextSource): TextIndex {
  return view.derivedIndex(`text:${source.key}`, (docs) => new TextIndex(source, docs))
}
