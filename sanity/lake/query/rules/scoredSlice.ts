import type {ExprNode} from 'groq-js'
import type {LakeDocument} from '../../types'
import type {View} from '../../views/view'
import {conjuncts, isOrder, orderKeysOf, sliceEnd} from '../ast'
import {type PlanNode} from '../lakeNodes'
import {compileTextMatch} from '../indexedMatch'
import {compilePredicate} from '../predicate'
import {orderLikeGroq} from '../semantics/ordering'
import {readPath as importedReadPath} from '../semantics/paths'
import {keepDecided, UNKNOWN as importedUNKNOWN} from '../semantics/truth'
import type {PlanContext} from './context'

// Local bindings for names used per document: once tsx compiles this to CommonJS, an imported
// name is read through a getter on every use.
const readPath = importedReadPath
const UNKNOWN: typeof importedUNKNOWN = importedUNKNOWN

/**
 * `*[filter] | score(…) | order(…) [a...b]`, the site search, planned in JavaScript: the filter
 * (with `match` answered from the text indexes), every document's `_score` and the sort are
 * computed here exactly as groq-js computes them, and groq-js is left only the b - a documents of
 * the page, in a constant. It scores, sorts and slices those again, with the same result, so the
 * answer is unchanged; it just no longer tokenises every article. Anything this cannot compute
 * exactly returns null and the query goes on as before.
 */
type Scorer = (doc: Record<string, unknown>) => number | typeof UNKNOWN

export function scoredSlice(node: PlanNode, {view}: PlanContext): PlanNode | null {
  if (node.type !== 'Slice' || !isOrder(node.base)) return null
  const order = node.base
  const score = order.base
  if (score.type !== 'PipeFuncCall' || score.name !== 'score') return null
  const filter = score.base
  if (filter.type !== 'Filter' || filter.base.type !== 'Everything') return null
  const keys = orderKeysOf(order)
  const end = sliceEnd(node)
  const scorers = score.args.map((arg) => scorerOf(arg, view))
  if (!keys || end === null || keys.some((k) => k.path[0] === '_score' && k.path.length > 1)) return null
  if (scorers.some((s) => s === null)) return null

  const docs = filtered(filter.expr, view)
  if (!docs) return null
  const scores: number[] = []
  for (const doc of docs) {
    // As score() does: start from the document's own _score, add each argument's in turn.
    let total = typeof doc._score === 'number' ? doc._score : 0
    for (const scorer of scorers as Scorer[]) {
      const s = scorer(doc)
      if (s === UNKNOWN) return null
      total += s
    }
    scores.push(total)
  }
  if (scores.some((s) => !Number.isFinite(s))) return null
  // score() sorts by _score (descending, stable) and order() sorts that stably by its keys: the
  // result is ordered by the keys, then _score descending, then dataset order.
  const columns = keys.map(({path}) => (path[0] === '_score' ? scores : docs.map((doc) => readPath(doc, path))))
  const ranked = orderLikeGroq(columns, docs.length, keys, end, (x, y) => scores[y] - scores[x] || x - y)
  if (!ranked) return null
  const page = ranked.slice(node.left, end).map((i) => docs[i])
  const scored = {...score, base: {type: 'Value', value: page} as const}
  return {...node, left: 0, right: page.length, isInclusive: false, base: {...order, base: scored}}
}

/** The filter's documents in dataset order, or null if any candidate is undecided. */
function filtered(expr: ExprNode, view: View): LakeDocument[] | null {
  const type = typeConjunct(expr)
  const candidates = type === null ? view.docs : view.byField('_type', type)
  return keepDecided(candidates, compilePredicate(expr, view))
}

/** `_type == "x"` among the top-level conjuncts: then only that type's documents can match. */
function typeConjunct(expr: ExprNode): string | null {
  for (const c of conjuncts(expr)) {
    if (c.type !== 'OpCall' || c.op !== '==') continue
    for (const [a, b] of [
      [c.left, c.right],
      [c.right, c.left],
    ]) {
      if (a.type !== 'AccessAttribute' || a.name !== '_type' || a.base) continue
      if (b.type === 'Value' && typeof b.value === 'string') return b.value
    }
  }
  return null
}

/** groq-js's evaluateScore: match scores, boost, `||` adds, `&&` adds unless a side is 0, else 1 if true. */
function scorerOf(node: ExprNode, view: View): Scorer | null {
  if (node.type === 'OpCall' && node.op === 'match') {
    const match = compileTextMatch(node, view)
    return match && ((doc) => match.score(doc))
  }
  if (node.type === 'FuncCall' && node.name === 'boost') {
    const [inner, boost] = node.args
    const score = inner && scorerOf(inner, view)
    if (!score || boost?.type !== 'Value') return null
    const by = boost.value
    if (typeof by !== 'number') return () => 0
    return (doc) => {
      const s = score(doc)
      return s === UNKNOWN ? s : s > 0 ? s + by : 0
    }
  }
  if (node.type === 'Or' || node.type === 'And') {
    const l = scorerOf(node.left, view)
    const r = scorerOf(node.right, view)
    if (!l || !r) return null
    return (doc) => {
      const a = l(doc)
      const b = r(doc)
      if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN
      return node.type === 'And' && (a === 0 || b === 0) ? 0 : a + b
    }
  }
  // Anything else (a Group too: groq-js does not look inside it) scores 1 when it is true.
  const predicate = compilePredicate(node, view)
  return (doc) => {
    const t = predicate(doc)
    return t === UNKNOWN ? t : t === true ? 1 : 0
  }
}
