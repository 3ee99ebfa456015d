import {readPath as importedReadPath} from './paths'

// Local bindings for names used per document: once tsx compiles this to CommonJS, an imported
// name is read through a getter on every use.
const readPath = importedReadPath

/**
 * GROQ's `order()` where JavaScript can reproduce it: when every value of a sort key is a string,
 * or every one a number, GROQ compares them as JavaScript's `<` does (mixed types sort by type
 * first: left to groq-js). Its sort is stable: ties keep the order they came in.
 */
export interface SortKey {
  path: string[]
  desc: boolean
}

/** One sort key's comparison of two values of the same type: ascending, or descending. */
export function compareSortValues(a: string | number, b: string | number, desc: boolean): number {
  return a === b ? 0 : (a < b ? -1 : 1) * (desc ? -1 : 1)
}

/**
 * The first `limit` row numbers in the order of the sort columns (`columns[k][row]`), ties broken
 * by `tieBreak` (dataset order by default), or null unless each column is all strings or all numbers.
 */
export function orderLikeGroq(
  columns: unknown[][],
  rows: number,
  keys: SortKey[],
  limit: number,
  tieBreak: (x: number, y: number) => number = (x, y) => x - y,
): number[] | null {
  for (const column of columns) {
    const type = typeof column[0]
    if (column.length > 0 && type !== 'string' && type !== 'number') return null
    for (const v of column) if (typeof v !== type) return null
  }
  const compare = (x: number, y: number) => {
    for (let k = 0; k < keys.length; k++) {
      const c = compareSortValues(columns[k][x] as string | number, columns[k][y] as string | number, keys[k].desc)
      if (c !== 0) return c
    }
    return tieBreak(x, y)
  }
  return firstInOrder(rows, limit, compare)
}

/** The first `limit` documents as `order(keys)` sorts them, or null where JavaScript's order is not GROQ's. */
export function sortLikeGroq<T>(docs: T[], keys: SortKey[], limit = Infinity): T[] | null {
  // Each document's sort values are read once, then compared.
  const columns = keys.map(({path}) => docs.map((doc) => readPath(doc, path)))
  const order = orderLikeGroq(columns, docs.length, keys, limit)
  return order && order.map((i) => docs[i])
}

/**
 * The first `k` of 0…n-1 in `compare` order (a total order): for the first few of many (a
 * homepage's top five among 40,000 articles) one pass keeping the best k, else a sort.
 */
export function firstInOrder(n: number, k: number, compare: (x: number, y: number) => number): number[] {
  if (k >= n / 8)
    return Array.from({length: n}, (_, i) => i)
      .sort(compare)
      .slice(0, k)
  const best: number[] = []
  for (let i = 0; i < n && k > 0; i++) {
    if (best.length === k && compare(i, best[k - 1]) >= 0) continue
    let lo = 0
    let hi = best.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compare(best[mid], i) < 0) lo = mid + 1
      else hi = mid
    }
    best.splice(lo, 0, i)
    if (best.length > k) best.pop()
  }
  return best
}
