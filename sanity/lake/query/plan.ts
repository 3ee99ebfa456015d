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

// Each rule looks at one node type: the rules are tried only on nodes of their type, in the order above.
const RULE_TYPES = new Map<Rule, string>([
  [indexedFilter, 'Filter'],
  [sortedSlice, 'Slice'],
  [scoredSlice, 'Slice'],
  [elementAsSlice, 'AccessElement'],
  [count, 'FuncCall'],
  [topK, 'Slice'],
  [rankedProjection, 'Slice'],
  [pathMap, 'Map'],
])
const byType = (rules: Rule[]) => {
  const map = new Map<string, Rule[]>()
  for (const rule of rules) map.set(RULE_TYPES.get(rule)!, [...(map.get(RULE_TYPES.get(rule)!) ?? []), rule])
  return map
}
const BEFORE_BY_TYPE = byType(BEFORE_PARTS)
const AFTER_BY_TYPE = byType(AFTER_PARTS)

export function planQuery(tree: ExprNode, view: View): GroqPlan {
  const ctx: PlanContext = {view, plan: (node) => plan(node, ctx)}
  return toGroq(plan(tree, ctx), view)
}

function plan(node: PlanNode, ctx: PlanContext): PlanNode {
  if (node.type === 'Value' || isLakeNode(node)) return node
  for (const rule of BEFORE_BY_TYPE.get(node.type) ?? []) {
    const planned = rule(node, ctx)
    if (planned) return planned
  }
  const withParts = mapChildren(node, ctx.plan)
  for (const rule of AFTER_BY_TYPE.get(node.type) ?? []) {
    const planned = rule(withParts, ctx)
    if (planned) return planned
  }
  return withParts
}
