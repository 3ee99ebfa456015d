import type {View} from '../../views/view'
import type {PlanNode} from '../lakeNodes'

/** What every planner rule is given: the view the query reads, and the planner itself for parts it plans in turn. */
export interface PlanContext {
  view: View
  plan(node: PlanNode): PlanNode
}

/** A rule rewrites a node it recognises, or answers null and leaves it to the next. */
export type Rule = (node: PlanNode, ctx: PlanContext) => PlanNode | null
