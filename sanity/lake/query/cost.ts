/**
 * A cheap estimate, from the planned tree, of how many documents a query visits: each `*` left as
 * a scan costs the dataset's size, and a scan inside another scan's per-document expression costs
 * it again for every document outside. So `*[]{"a": *[]{"b": *[]}}` over n documents costs about
 * n³. The planner has already replaced indexed filters by their candidates (constant lists, or
 * per-document lookups that count as one), so the site's joins cost what they really do.
 *
 * It is deliberately rough and errs low (unknown arrays count as one element): it exists to refuse
 * at once what could never finish, while the time limit stops whatever it underestimates.
 */
type Node = Record<string, unknown> & {type: string}

/** Nodes that evaluate `expr` once per element of `base`. */
const PER_ELEMENT = new Set(['Filter', 'Map', 'FlatMap'])
/** Nodes whose result has as many elements as their `base` (at most). */
const SAME_SIZE = new Set(['Filter', 'Map', 'FlatMap', 'ArrayCoerce', 'Group', 'PipeFuncCall'])

export function estimateCost(tree: unknown, datasetSize: number): number {
  const sizeOf = (node: unknown): number => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return 1
    const n = node as Node
    if (n.type === 'Everything') return datasetSize
    if (n.type === 'Value') return Array.isArray(n.value) ? n.value.length : 1
    if (SAME_SIZE.has(n.type)) return sizeOf(n.base)
    if (n.type === 'Slice') {
      const base = sizeOf(n.base)
      if (typeof n.left !== 'number' || typeof n.right !== 'number' || n.left < 0 || n.right < 0) return base
      return Math.max(0, Math.min(base, n.right + (n.isInclusive ? 1 : 0) - n.left))
    }
    // `coalesce(a, …)`: the planner's lookups come first and their full-scan fallback rarely runs.
    if (n.type === 'FuncCall' && n.name === 'coalesce') return sizeOf((n.args as unknown[])[0])
    return 1
  }

  const costOf = (node: unknown, times: number): number => {
    if (!node || typeof node !== 'object') return 0
    if (Array.isArray(node)) {
      let sum = 0
      for (const n of node) sum += costOf(n, times)
      return sum
    }
    const n = node as Node
    if (n.type === 'Value') return 0
    if (n.type === 'Everything') return times
    let cost = 0
    if (PER_ELEMENT.has(n.type) || n.type === 'PipeFuncCall') {
      const each = times * sizeOf(n.base)
      cost += each + costOf(n.base, times)
      cost += costOf(n.type === 'PipeFuncCall' ? n.args : n.expr, each)
      return cost
    }
    for (const k in n) {
      const value = n[k]
      if (value && typeof value === 'object') cost += costOf(value, times)
    }
    return cost
  }

  return costOf(tree, 1)
}
