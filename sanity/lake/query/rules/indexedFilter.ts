import type {LakeDocument} from '../../types'
import {accessOf, cheapest, constantCandidates, type Access} from '../access'
import {conjuncts, replaceConjunct} from '../ast'
import {type LakeJoinNode, embed, type PlanNode} from '../lakeNodes'
import {compilePredicate} from '../predicate'
import {prune} from '../semantics/truth'
import type {PlanContext} from './context'

/**
 * `*[filter]` → the candidates of its most selective indexed conjunct, pruned by a conservative
 * JavaScript version of the filter (predicate.ts). Where the predicate decides every candidate
 * the list is the answer (`LakeList`); otherwise groq-js filters the pruned list. Candidates keep
 * dataset order, so the answer is what a scan gives. A key that depends on the enclosing document
 * (`article._ref == ^._id`) makes a join, answered per enclosing document.
 */
export function indexedFilter(node: PlanNode, {view, plan}: PlanContext): PlanNode | null {
  if (node.type !== 'Filter' || node.base.type !== 'Everything') return null
  const expr = embed(plan(node.expr))
  const accesses = conjuncts(node.expr)
    .map(accessOf)
    .filter((a): a is Access | Access[] => a !== null)
  const best = cheapest(accesses, view)
  // Candidates of the chosen bucket satisfy its conjunct: the predicate need not (often cannot,
  // for `^._id`) decide it again.
  const decided = best?.conjunct ? replaceConjunct(node.expr, best.conjunct, {type: 'Value', value: true}) : node.expr
  const predicate = compilePredicate(decided, view)
  if (best && best.key.type !== 'Value') {
    const join = {access: best, predicate, signature: `${best.kind}:${best.path.join('.')}:${JSON.stringify(decided)}`}
    const candidates: LakeJoinNode = {type: 'LakeJoin', join, answer: {mode: 'list'}, fallback: {type: 'Everything'}}
    // Not a string key (null, a number): the join answers null, and groq-js filters everything.
    return {type: 'LakeJoin', join, answer: {mode: 'exact'}, fallback: {type: 'Filter', base: embed(candidates), expr}}
  }
  const value = best?.key.type === 'Value' ? best.key.value : undefined
  const pruned = (docs: LakeDocument[]) => prune(docs, predicate)
  // A bucket's pruned list is remembered until the bucket changes.
  const memoKind = best && !best.candidates ? bucketKind(best.kind, value) : null
  const {kept, exact} = memoKind
    ? view.bucketMemo(memoKind, best!.path.join('.'), JSON.stringify(decided), pruned)(value as string)!
    : pruned(best ? constantCandidates(best, view) : view.docs)
  // Every kept document is certain to match: the filter has nothing left to decide.
  if (exact) return {type: 'LakeList', docs: kept}
  return {type: 'Filter', base: {type: 'Value', value: kept}, expr}
}

/** Whether `kind == value` has a memoisable bucket: a string reference, or a scalar attribute. */
function bucketKind(kind: Access['kind'], value: unknown): 'field' | 'ref' | null {
  if (kind === 'ref') return typeof value === 'string' ? 'ref' : null
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
  return kind === 'field' && scalar ? 'field' : null
}
