import type {ExprNode, FuncCallNode, OpCallNode} from 'groq-js'
import type {View} from '../views/view'
import {compileTextMatch, type TextMatch} from './indexedMatch'
import {readStep as importedReadStep} from './semantics/paths'
import {holdsReference as importedHoldsReference} from './semantics/references'
import {UNKNOWN as importedUNKNOWN, type Predicate, type Truth} from './semantics/truth'

export {UNKNOWN, type Predicate} from './semantics/truth'

// Local bindings for names used per document: once tsx compiles this to CommonJS, an imported
// name is read through a getter on every use.
const readStep = importedReadStep
const holdsReference = importedHoldsReference
const UNKNOWN: typeof importedUNKNOWN = importedUNKNOWN

/**
 * A conservative JavaScript version of a GROQ filter, for pruning candidates before groq-js sees
 * them. It answers `true`/`false` only where GROQ's answer is certain (plain attributes compared
 * with constants, `defined`, `in` a constant list, `&&`, `||`, `!`, and `match` of indexable text
 * against a constant pattern, see indexedMatch.ts), and `UNKNOWN` for anything else, so a document is
 * never dropped that groq-js would keep. Comparisons of mismatched types are null in GROQ, which a
 * filter drops. Given the view the documents come from, `match` is answered from its text indexes.
 */
type Scalar = string | number | boolean | null
type Doc = Record<string, unknown>

export function compilePredicate(expr: ExprNode, view?: View): Predicate {
  // Each `match` is compiled once (patterns, indexes), not once per document.
  const matches = new Map<ExprNode, TextMatch | null>()
  const ctx: Context = {
    match(n) {
      if (!matches.has(n)) matches.set(n, compileTextMatch(n, view))
      return matches.get(n)!
    },
  }
  return (doc) => truth(expr, doc, ctx)
}

interface Context {
  match(n: OpCallNode): TextMatch | null
}

function truth(n: ExprNode, doc: Doc, ctx: Context): Truth {
  switch (n.type) {
    case 'Group':
      return truth(n.base, doc, ctx)
    case 'And': {
      const l = truth(n.left, doc, ctx)
      if (l === false) return false
      const r = truth(n.right, doc, ctx)
      if (r === false) return false
      if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN
      return l === true && r === true ? true : null
    }
    case 'Or': {
      const l = truth(n.left, doc, ctx)
      if (l === true) return true
      const r = truth(n.right, doc, ctx)
      if (r === true) return true
      if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN
      return l === false && r === false ? false : null
    }
    case 'Not': {
      const b = truth(n.base, doc, ctx)
      return b === UNKNOWN || b === null ? b : !b
    }
    case 'Value':
      return typeof n.value === 'boolean' ? n.value : n.value === null ? null : UNKNOWN
    case 'FuncCall':
      if (n.namespace === 'global' && n.name === 'defined' && n.args.length === 1) {
        const v = scalar(n.args[0], doc, ctx)
        return v === UNKNOWN ? (definedObject(n.args[0], doc, ctx) ?? UNKNOWN) : v !== null
      }
      if (n.namespace === 'global' && n.name === 'references') return references(n.args, doc)
      return UNKNOWN
    case 'OpCall':
      return compare(n, doc, ctx)
    default:
      return UNKNOWN
  }
}

function compare(n: OpCallNode, doc: Doc, ctx: Context): Truth {
  const op = n.op
  // Exact where the left side is indexable text and the pattern constant. There is no safe
  // shortcut for other left sides: `title + dek` or pt::text() join strings without a separator,
  // so a word can exist in the text that no single string of the document contains.
  if (op === 'match') return ctx.match(n)?.matches(doc) ?? UNKNOWN
  if (op === 'in') {
    const l = scalar(n.left, doc, ctx)
    const right = n.right
    if (l === UNKNOWN || right.type !== 'Value' || !Array.isArray(right.value)) return UNKNOWN
    const list = right.value as unknown[]
    if (!list.every(isScalar)) return UNKNOWN
    return list.some((x) => x === l)
  }
  if (ORDERING.has(op) && isDateTimeCall(n.left) && isDateTimeCall(n.right)) {
    return compareDateTimes(op, n.left, n.right, doc, ctx)
  }
  const l = scalar(n.left, doc, ctx)
  const r = scalar(n.right, doc, ctx)
  if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN
  if (op === '==') return l === r
  if (op === '!=') return l !== r
  // Mismatched types are null in GROQ; left UNKNOWN here all the same, for safety.
  if (typeof l !== typeof r || l === null || typeof l === 'boolean') return UNKNOWN
  if (op === '<') return l < r!
  if (op === '>') return l > r!
  if (op === '<=') return l <= r!
  if (op === '>=') return l >= r!
  return UNKNOWN
}

/** An attribute path of the document, or a constant, as a scalar; objects and arrays are UNKNOWN. */
function scalar(n: ExprNode, doc: Doc, ctx: Context): Scalar | typeof UNKNOWN {
  if (n.type === 'Value') return isScalar(n.value) ? n.value : UNKNOWN
  if (n.type === 'Group') return scalar(n.base, doc, ctx)
  const v = attribute(n, doc, ctx)
  if (v === UNKNOWN) return UNKNOWN
  return v === undefined ? null : isScalar(v) ? v : UNKNOWN
}

function definedObject(n: ExprNode, doc: Doc, ctx: Context): boolean | undefined {
  const v = attribute(n, doc, ctx)
  return v === UNKNOWN ? undefined : v !== undefined && v !== null
}

/** A path of the document read straight from the expression (no lookup per document: this runs for every candidate). */
function attribute(n: ExprNode, doc: Doc, ctx: Context): unknown {
  if (n.type !== 'AccessAttribute') return UNKNOWN
  if (!n.base || n.base.type === 'This') return readStep(doc, n.name)
  const holder = attribute(n.base, doc, ctx)
  return holder === UNKNOWN ? UNKNOWN : readStep(holder, n.name)
}

// groq-js's test for an RFC 3339 date-time (shared.js), before it hands the string to Date.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|([-+]\d{2}:\d{2}))$/

function isDateTimeCall(n: ExprNode): n is FuncCallNode {
  return n.type === 'FuncCall' && n.namespace === 'global' && n.name === 'dateTime' && n.args.length === 1
}

const ORDERING = new Set(['<', '>', '<=', '>='])

/**
 * `dateTime(publishedAt) > dateTime($since)` (the news sitemap): both sides as groq-js makes
 * them, a time for a string it accepts and null otherwise; an ordering with null is null.
 * (`==` is never null in groq-js: it is left UNKNOWN.)
 */
function compareDateTimes(op: string, left: FuncCallNode, right: FuncCallNode, doc: Doc, ctx: Context): Truth {
  const times: number[] = []
  for (const side of [left, right]) {
    const v = scalar(side.args[0], doc, ctx)
    if (v === UNKNOWN) return UNKNOWN
    if (typeof v !== 'string' || !RFC3339.test(v)) return null
    times.push(new Date(v).getTime())
  }
  const [a, b] = times
  if (op === '<') return a < b
  if (op === '>') return a > b
  if (op === '<=') return a <= b
  return a >= b
}

/** `references("id")` or `references(["a", "b"])` with constant ids, as groq-js answers it. */
function references(args: ExprNode[], doc: unknown): Truth {
  const ids = new Set<string>()
  for (const arg of args) {
    if (arg.type !== 'Value') return UNKNOWN
    // Non-string ids are ignored, as groq-js ignores them.
    for (const id of Array.isArray(arg.value) ? arg.value : [arg.value]) if (typeof id === 'string') ids.add(id)
  }
  return ids.size > 0 && holdsReference(doc, ids)
}

function isScalar(v: unknown): v is Scalar {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
}
