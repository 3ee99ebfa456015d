import {isIndex, isOrder} from '../ast'
import {embed, type PlanNode} from '../lakeNodes'
import type {PlanContext} from './context'

/** `… | order(…)[k]` is `… | order(…)[k...k+1][0]`: planned as the slice it is. */
export function elementAsSlice(node: PlanNode, {plan}: PlanContext): PlanNode | null {
  if (node.type !== 'AccessElement' || !isIndex(node.index) || !isOrder(node.base)) return null
  const slice = plan({type: 'Slice', base: node.base, left: node.index, right: node.index + 1, isInclusive: false})
  return {type: 'AccessElement', base: embed(slice), index: 0}
}
