import type {ExprNode} from 'groq-js'
import {accessOf, constantCost, type Access} from '../access'
import {conjuncts, isOrder, orderKeysOf, replaceConjunct, sliceEnd} from '../ast'
import {type PlanNode} from '../lakeNodes'
import {compilePredicate} from '../predicate'
import {walkSorted} from '../sortedWalk'
import type {PlanContext} from './context'

/**
 * `*[filter] | order(keys)[m...n]` with a constant equality in the filter (`_type == "article"`):
 * walks that bucket in sort order (kept sorted by the view) and stops at the n-th match, so the
 * newest page costs a few documents and a deep page costs m, never a sort of the whole bucket.
 */
export function sortedSlice(node: PlanNode, {view}: PlanContext): PlanNode | null {
  if (node.type !== 'Slice') return null
  const pipe = node.base
  if (!isOrder(pipe)) return null
  const filter = pipe.base
  if (filter.type !== 'Filter' || filter.base.type !== 'Everything') return null
  const keys = orderKeysOf(pipe)
  const end = sliceEnd(node)
  if (!keys || end === null) return null
  let best: {access: Access; conjunct: ExprNode; key: string} | null = null
  for (const a of conjuncts(filter.expr).map(accessOf)) {
    if (!a || Array.isArray(a) || (a.kind !== 'field' && a.kind !== 'ref')) continue
    if (!a.conjunct || a.key.type !== 'Value') continue
    const key = a.key.value
    if (typeof key !== 'string') continue
    if (!best || constantCost(a, key, view) < constantCost(best.access, best.key, view)) {
      best = {access: a, conjunct: a.conjunct, key}
    }
  }
  if (!best) return null
  const decided = replaceConjunct(filter.expr, best.conjunct, {type: 'Value', value: true})
  const predicate = compilePredicate(decided, view)
  const top = walkSorted(best.access, best.key, predicate, JSON.stringify(decided), keys, [node.left, end], view)
  // Already filtered, in order and sliced: the answer to the whole slice.
  return top && {type: 'LakeList', docs: top}
}
