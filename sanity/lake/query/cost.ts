import type {ExprNode} from 'groq-js'
import {forEachChild, sliceEnd} from './ast'

/** Nodes that evaluate `expr` once per element of `base`. */
const PER_ELEMENT = new Set<ExprNode['type']>(['Filter', 'Map', 'FlatMap'])
/** Nodes whose result has as many elements as their `base` (at most). */
const SAME_SIZE = new Set<ExprNode['type']>(['Filter', 'Map', 'FlatMap', 'ArrayCoerce', 'Group', 'PipeFuncCall'])

/** How many elements `node` evaluates to, roughly: 1 for anything that is not a known list. */
function sizeOf(node: ExprNode, datasetSize: number): number {
  if (node.type === 'Everything') return datasetSize
  if (node.type === 'Value') return Array.isArray(node.value) ? node.value.length : 1
  if (SAME_SIZE.has(node.type) && 'base' in node && node.base) return sizeOf(node.base, datasetSize)
  if (node.type === 'Slice') {
    const base = sizeOf(node.base, datasetSize)
    const end = sliceEnd(node)
    return end === null ? base : Math.max(0, Math.min(base, end - node.left))
  }
  // `coalesce(a, …)`: the planner's lookups come first and their full-scan fallback rarely runs.
  if (node.type === 'FuncCall' && node.name === 'coalesce' && node.args[0]) return sizeOf(node.args[0], datasetSize)
  return 1
}

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
export function estimateCost(tree: ExprNode, datasetSize: number): number {
  const costOf = (node: ExprNode, times: number): number => {
    if (node.type === 'Value') return 0
    if (node.type === 'Everything') return times
    if (node.type === 'PipeFuncCall' || PER_ELEMENT.has(node.type)) {
      const base = (node as {base: ExprNode}).base
      const each = times * sizeOf(base, datasetSize)
      let cost = each + costOf(base, times)
      forEachChild(node, (child, field) => {
        if (field !== 'base') cost += costOf(child, each)
      })
      return cost
    }
    let cost = 0
    forEachChild(node, (child) => (cost += costOf(child, times)))
    return cost
  }
  return costOf(tree, 1)
}
