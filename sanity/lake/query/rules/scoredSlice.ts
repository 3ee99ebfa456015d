import {firstInOrder, pathOf, readPath} from '../semantics/paths'
import {compilePredicate, UNKNOWN} from '../predicate'
import {compileTextMatch} from '../indexedMatch'
import type {LakeDocument} from '../../types'
import type {View} from '../../views/view'

/**
 * `*[filter] | score(…) | order(…) [a...b]`, the site search, planned in JavaScript: the filter
 * (with `match` answered from the text indexes), every document's `_score` and the sort are
 * computed here exactly as groq-js computes them, and groq-js is left only the b - a documents of
 * the page, in a constant. It scores, sorts and slices those again, with the same result, so the
 * answer is unchanged; it just no longer tokenises every article. Anything this cannot compute
 * exactly returns null and the query goes on as before.
 */
type Node = Record<string, unknown> & {type: string}
type Doc = Record<string, unknown>
type Scorer = (doc: Doc) => number | typeof UNKNOWN

interface SortKey {
  path: string[]
  desc: boolean
}

export function planScoredSlice(node: Node, view: View): Node | null {
  const {left, right} = node
  const order = node.base as Node | undefined
  const score = order?.base as Node | undefined
  const filter = score?.base as Node | undefined
  if (node.type !== 'Slice' || !isIndex(left) || !isIndex(right)) return null
  if (order?.type !== 'PipeFuncCall' || order.name !== 'order' || score?.type !== 'PipeFuncCall' || score.name !== 'score') return null
  if (filter?.type !== 'Filter' || (filter.base as Node).type !== 'Everything') return null
  const keys = sortKeysOf(order.args as Node[])
  const scorers = (score.args as Node[]).map((arg) => scorerOf(arg, view))
  if (!keys || scorers.some((s) => s === null)) return null

  const docs = filtered(filter.expr as Node, view)
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
  const end = right + (node.isInclusive ? 1 : 0)
  const sorted = sortLikeGroq(docs, scores, keys, end)
  if (!sorted) return null
  const page = sorted.slice(left, end)
  return {...node, left: 0, right: page.length, isInclusive: false, base: {...order, base: {...score, base: {type: 'Value', value: page}}}}
}

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0
}

/** The filter's documents in dataset order, or null if any candidate is undecided. */
function filtered(expr: Node, view: View): LakeDocument[] | null {
  const type = typeConjunct(expr)
  const candidates = type === null ? view.docs : view.byField('_type', type)
  const predicate = compilePredicate(expr, view)
  const kept: LakeDocument[] = []
  for (const doc of candidates) {
    const t = predicate(doc)
    if (t === UNKNOWN) return null
    if (t === true) kept.push(doc)
  }
  return kept
}

/** `_type == "x"` among the top-level conjuncts: then only that type's documents can match. */
function typeConjunct(expr: Node): string | null {
  if (expr.type === 'Group') return typeConjunct(expr.base as Node)
  if (expr.type === 'And') return typeConjunct(expr.left as Node) ?? typeConjunct(expr.right as Node)
  if (expr.type !== 'OpCall' || expr.op !== '==') return null
  for (const [a, b] of [[expr.left, expr.right], [expr.right, expr.left]] as Node[][]) {
    if (a.type === 'AccessAttribute' && a.name === '_type' && !a.base && b.type === 'Value' && typeof b.value === 'string') return b.value
  }
  return null
}

/** groq-js's evaluateScore: match scores, boost, `||` adds, `&&` adds unless a side is 0, else 1 if true. */
function scorerOf(node: Node, view: View): Scorer | null {
  if (node.type === 'OpCall' && node.op === 'match') {
    const match = compileTextMatch(node, view)
    return match && ((doc) => match.score(doc))
  }
  if (node.type === 'FuncCall' && node.name === 'boost') {
    const [inner, boost] = node.args as Node[]
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
    const l = scorerOf(node.left as Node, view)
    const r = scorerOf(node.right as Node, view)
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

/** Plain paths and `_score`, ascending or descending; null for any other sort expression. */
function sortKeysOf(args: Node[]): SortKey[] | null {
  const keys: SortKey[] = []
  for (const arg of args) {
    const desc = arg.type === 'Desc'
    const path = pathOf(arg.type === 'Asc' || arg.type === 'Desc' ? (arg.base as Node) : arg)
    if (!path || (path[0] === '_score' && path.length > 1)) return null
    keys.push({path, desc})
  }
  return keys
}


/**
 * score() sorts by _score (descending, stable) and order() sorts that stably by its keys, so the
 * result is ordered by the keys, then _score descending, then dataset order. Only when each key's
 * values are all strings or all numbers: then JavaScript's comparison is GROQ's. Only the first
 * `end` are needed, so they are selected rather than sorting every match.
 */
function sortLikeGroq(docs: LakeDocument[], scores: number[], keys: SortKey[], end: number): LakeDocument[] | null {
  const columns: Array<Array<string | number>> = []
  for (const {path} of keys) {
    const column = path[0] === '_score' ? scores : docs.map((doc) => readPath(doc, path))
    const type = typeof column[0]
    if (column.some((v) => typeof v !== type) || (type !== 'string' && type !== 'number' && column.length > 0)) return null
    columns.push(column as Array<string | number>)
  }
  if (scores.some((s) => !Number.isFinite(s))) return null
  const compare = (x: number, y: number) => {
    for (let k = 0; k < keys.length; k++) {
      const a = columns[k][x]
      const b = columns[k][y]
      if (a !== b) return (a < b ? -1 : 1) * (keys[k].desc ? -1 : 1)
    }
    return scores[y] - scores[x] || x - y
  }
  return firstInOrder(docs.length, end, compare).map((i) => docs[i])
}


