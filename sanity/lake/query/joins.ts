import type {LakeDocument} from '../types'
import type {View} from '../views/view'
import {lookup, type Access} from './access'
import {sortLikeGroq, type SortKey} from './semantics/ordering'
import {keepDecided, prune, type Predicate} from './semantics/truth'
import {walkSorted} from './sortedWalk'

/** A filter whose best index depends on the enclosing document: `article._ref == ^._id`. */
export interface Join {
  access: Access
  /** The rest of the filter, decided in JavaScript where certain. */
  predicate: Predicate
  /** The filter the predicate decides, as text: memos over a bucket are kept under it. */
  signature: string
}

/**
 * What a join answers for one key. `list`: the candidates groq-js may still keep (it filters
 * them); `exact`: the filter's documents, or null when one is undecided; `count`: how many; `topk`:
 * the filter's documents in `order`, sliced to `range`.
 */
export type JoinAnswer =
  {mode: 'list'} | {mode: 'exact'} | {mode: 'count'} | {mode: 'topk'; order: SortKey[]; range: [number, number]}

export function answerJoin(
  join: Join,
  answer: JoinAnswer,
  key: string,
  view: View,
  memo: {counter?: (key: string) => number | null},
): LakeDocument[] | number | null {
  if (answer.mode === 'count') return (memo.counter ??= joinCounter(join, view))(key)
  if (answer.mode === 'topk') {
    const walked = walkSorted(join.access, key, join.predicate, join.signature, answer.order, answer.range, view)
    if (walked) return walked
  }
  const candidates = lookup(join.access, key, view) ?? []
  if (answer.mode === 'list') return prune(candidates, join.predicate).kept
  const matching = keepDecided(candidates, join.predicate)
  if (answer.mode === 'exact' || !matching) return matching
  const sorted = sortLikeGroq(matching, answer.order, answer.range[1])
  return sorted ? sorted.slice(answer.range[0]) : null
}

/** How many candidates for a key the join's filter keeps; null when the predicate cannot decide one. */
export function joinCounter(join: Join, view: View): (key: string) => number | null {
  const count = (docs: LakeDocument[]) => keepDecided(docs, join.predicate)?.length ?? null
  const {kind, path} = join.access
  if (kind === 'field' || kind === 'ref') return view.bucketMemo(kind, path.join('.'), join.signature, count)
  return (key) => count(lookup(join.access, key, view) ?? [])
}
