import {createHash} from 'node:crypto'
import type {ExprNode} from 'groq-js'

/**
 * The most recently used parse trees, so the site's few repeated queries skip the parser. Keyed by
 * a SHA-256 of the query and its params (a query and its params may each be 4 MB: the key must
 * not hold them), and bounded by count and by weight: a tree holds the params inlined and grows
 * with the query text, so the text length of both stands in for its size.
 */
export const PARSE_CACHE_MAX_ENTRIES = 500
export const PARSE_CACHE_MAX_WEIGHT = 8 * 1024 * 1024
/** Larger texts are parsed every time: one of them must not push out the whole working set. */
export const PARSE_CACHE_MAX_ENTRY_WEIGHT = 256 * 1024

interface Entry {
  tree: ExprNode
  weight: number
}

export class ParseCache {
  private readonly entries = new Map<string, Entry>()
  private weight = 0

  constructor(
    private readonly maxEntries = PARSE_CACHE_MAX_ENTRIES,
    private readonly maxWeight = PARSE_CACHE_MAX_WEIGHT,
    private readonly maxEntryWeight = PARSE_CACHE_MAX_ENTRY_WEIGHT,
  ) {}

  /** The cached tree for this query and params, or the one `parse` makes (kept when small enough). */
  get(query: string, params: Record<string, unknown>, parse: () => ExprNode): ExprNode {
    const paramsJson = JSON.stringify(params)
    const key = createHash('sha256').update(query).update('\u0000').update(paramsJson).digest('hex')
    const hit = this.entries.get(key)
    if (hit) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      this.entries.delete(key)
      this.entries.set(key, hit)
      return hit.tree
    }
    const tree = parse()
    const weight = query.length + paramsJson.length
    if (weight > this.maxEntryWeight) return tree
    this.entries.set(key, {tree, weight})
    this.weight += weight
    while (this.entries.size > this.maxEntries || this.weight > this.maxWeight) {
      const [oldest, entry] = this.entries.entries().next().value as [string, Entry]
      this.entries.delete(oldest)
      this.weight -= entry.weight
    }
    return tree
  }

  /** What the cache holds, for tests and diagnostics. */
  stats(): {entries: number; weight: number; keys: string[]} {
    return {entries: this.entries.size, weight: this.weight, keys: [...this.entries.keys()]}
  }
}
