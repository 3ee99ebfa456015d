import {lakeNodeOf, type PlanNode} from '../lakeNodes'

/**
 * `count(*[…])` over a planned filter: the length of an exact list, or, for a join, a count per
 * enclosing document from the memoised bucket counts (groq-js counts where that is undecided).
 * Applied after the argument is planned.
 */
export function count(node: PlanNode): PlanNode | null {
  if (node.type !== 'FuncCall' || node.namespace !== 'global' || node.name !== 'count') return null
  if (node.args.length !== 1) return null
  const arg = lakeNodeOf(node.args[0])
  if (!arg) return null
  if (arg.type === 'LakeList') return {type: 'Value', value: arg.docs.length}
  if (arg.answer.mode !== 'exact') return null
  return {type: 'LakeJoin', join: arg.join, answer: {mode: 'count'}, fallback: node}
}
