import type {ExprNode} from 'groq-js'
import type {View} from '../views/view'
import {mapChildren} from './ast'
import {isLakeNode, toGroq, type GroqPlan, type PlanNode} from './lakeNodes'
import {count} from './rules/count'
import type {PlanContext, Rule} from './rules/context'
import {elementAsSlice} from './rules/elementAsSlice'
import {indexedFilter} from './rules/indexedFilter'
import {pathMap} from './rules/pathMap'
import {rankedProjection} from './rules/rankedProjection'
import {scoredSlice} from './rules/scoredSlice'
import {sortedSlice} from './rules/sortedSlice'
import {topK} from './rules/topK'

/**
 * Rewrites a parsed query so that groq-js looks only at what the view's indexes say can matter.
 * Every rule changes cost, never results: what it cannot decide exactly it leaves to groq-js, and
 * what it leaves keeps dataset order. Shapes no rule recognises stay full scans.
 *
 * The order, for each node from the root down:
 *  1. Rules that need the node as written, before its parts are planned (the first that applies
 *     wins, and plans whatever parts it keeps itself):
 *     `*[filter]` (indexedFilter), `*[…] | order(…)[a...b]` walked in a sorted bucket
 *     (sortedSlice), the search's `… | score(…) | order(…)[a...b]` (scoredSlice),
 *     `… | order(…)[k]` as a slice (elementAsSlice).
 *  2. Otherwise the node's parts are planned, then the rules that build on planned parts (the
 *     first that applies wins): `count(…)` of a planned filter (count), a sort and slice of a
 *     planned list (topK), the ranked projection of "Popular" (rankedProjection), paths read from
 *     a planned list (pathMap).
 */
const BEFORE_PARTS: Rule[] = [indexedFilter, sortedSlice, scoredSlice, elementAsSlice]
const AFTER_PARTS: Rule[] = [count, topK, rankedProjection, pathMap]

export function planQuery(tree: ExprNode, view: View): GroqPlan {
  const ctx: PlanContext = {view, plan: (node) => plan(node, ctx)}
  return toGroq(plan(tree, ctx), view)
}

function plan(node: PlanNode, ctx: PlanContext): PlanNode {
  if (node.type === 'Value' || isLakeNode(node)) return node
  for (const rule of BEFORE_PARTS) {
    const planned = rule(node, ctx)
    if (planned) return planned
  }
  const withParts = mapChildren(node, ctx.plan)
  for (const rule of AFTER_PARTS) {
    const planned = rule(withParts, ctx)
    if (planned) return planned
  }
  return withParts
}
