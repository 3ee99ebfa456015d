/**
 * GROQ attribute paths (`slug.current`, `article._ref`) as the lake's planner reads them: from a
 * parsed expression, and from a document, where a step into anything but an object (an array
 * included) gives nothing, as in GROQ.
 */
type Node = Record<string, unknown> & {type: string}

/** The parts of `a.b.c` read from the element itself (`@` or implicit), or null for anything else. */
export function pathOf(node: Node): string[] | null {
  if (node.type !== 'AccessAttribute' || typeof node.name !== 'string') return null
  const base = node.base as Node | undefined
  if (!base || base.type === 'This') return [node.name]
  const inner = pathOf(base)
  return inner ? [...inner, node.name] : null
}

/** The value at `parts`, or undefined where GROQ would give null. */
export function readPath(doc: unknown, parts: string[]): unknown {
  let v: unknown = doc
  for (const part of parts) v = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[part] : undefined
  return v
}

/**
 * The first `k` of 0…n-1 in `compare` order (a total order): for the first few of many (a
 * homepage's top five among 40,000 articles) one pass keeping the best k, else a sort.
 */
export function firstInOrder(n: number, k: number, compare: (x: number, y: number) => number): number[] {
  if (k >= n / 8) return Array.from({length: n}, (_, i) => i).sort(compare).slice(0, k)
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
