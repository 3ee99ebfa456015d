import {isOrder, orderKeysOf, sliceEnd} from '../ast'
import {embed, lakeNodeOf, type PlanNode} from '../lakeNodes'
import type {JoinAnswer} from '../joins'
import {sortLikeGroq} from '../semantics/ordering'

/**
 * `*[exact filter] | order(a desc, b)[m...n]`: sorted in JavaScript, keeping only the first n,
 * when every sort value is a string or every one a number (then JavaScript's order is GROQ's);
 * for a join (`references(^._id)`), sorted and sliced per enclosing document. Applied after the
 * slice's insides are planned.
 */
export function topK(node: PlanNode): PlanNode | null {
  if (node.type !== 'Slice' || !isOrder(node.base)) return null
  const pipe = node.base
  const source = lakeNodeOf(pipe.base)
  const keys = orderKeysOf(pipe)
  const end = sliceEnd(node)
  if (!keys || end === null || !source) return null
  if (source.type === 'LakeJoin') {
    if (source.answer.mode !== 'exact') return null
    const answer: JoinAnswer = {mode: 'topk', order: keys, range: [node.left, end]}
    return {type: 'LakeJoin', join: source.join, answer, fallback: node}
  }
  const sorted = sortLikeGroq(source.docs, keys, end)
  if (!sorted) return null
  return {...node, base: {...pipe, base: embed({type: 'LakeList', docs: sorted})}}
}
