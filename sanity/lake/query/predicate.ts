import {compileTextMatch, type TextMatch} from './indexedMatch'
import type {View} from '../views/view'

/**
 * A conservative JavaScript version of a GROQ filter, for pruning candidates before groq-js sees
 * them. It answers `true`/`false` only where GROQ's answer is certain (plain attributes compared
 * with constants, `defined`, `in` a constant list, `&&`, `||`, `!`, and `match` of indexable text
 * against a constant pattern, see indexedMatch.ts), and `UNKNOWN` for anything else, so a document is
 * never dropped that groq-js would keep. Comparisons of mismatched types are null in GROQ, which a
 * filter drops. Given the view the documents come from, `match` is answered from its text indexes.
 */
type Node = Record<string, unknown> & {type: string}
export const UNKNOWN = Symbol('unknown')
type Truth = boolean | null | typeof UNKNOWN
type Scalar = string | number | boolean | null
export type Predicate = (doc: Record<string, unknown>) => Truth

export function compilePredicate(expr: Node, view?: View): Predicate {
  // Each `match` is compiled once (patterns, indexes), not once per document.
  const matches = new Map<Node, TextMatch | null>()
  const ctx: Context = {
    match(n) {
      if (!matches.has(n)) matches.set(n, compileTextMatch(n, view))
      return matches.get(n)!
    },
  }
  return (doc) => truth(expr, doc, ctx)
}

interface Context {
  match(n: Node): TextMatch | null
}

function truth(n: Node, doc: Record<string, unknown>, ctx: Context): Truth {
  switch (n.type) {
    case 'Group':
      return truth(n.base as Node, doc, ctx)
    case 'And': {
      const l = truth(n.left as Node, doc, ctx)
      if (l === false) return false
      const r = truth(n.right as Node, doc, ctx)
      if (r === false) return false
      if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN
      return l === true && r === true ? true : null
    }
    case 'Or': {
      const l = truth(n.left as Node, doc, ctx)
      if (l === true) return true
      const r = truth(n.right as Node, doc, ctx)
      if (r === true) return true
      if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN
      return l === false && r === false ? false : null
    }
    case 'Not': {
      const b = truth(n.base as Node, doc, ctx)
      return b === UNKNOWN || b === null ? b : !b
    }
    case 'Value':
      return typeof n.value === 'boolean' ? n.value : n.value === null ? null : UNKNOWN
    case 'FuncCall':
      if (n.namespace === 'global' && n.name === 'defined' && (n.args as Node[]).length === 1) {
        const v = scalar((n.args as Node[])[0], doc)
        return v === UNKNOWN ? (definedObject((n.args as Node[])[0], doc) ?? UNKNOWN) : v !== null
      }
      if (n.namespace === 'global' && n.name === 'references') return references(n.args as Node[], doc)
      return UNKNOWN
    case 'OpCall':
      return compare(n, doc, ctx)
    default:
      return UNKNOWN
  }
}

function compare(n: Node, doc: Record<string, unknown>, ctx: Context): Truth {
  const op = n.op as string
  // Exact where the left side is indexable text and the pattern constant. There is no safe
  // shortcut for other left sides: `title + dek` or pt::text() join strings without a separator,
  // so a word can exist in the text that no single string of the document contains.
  if (op === 'match') return ctx.match(n)?.matches(doc) ?? UNKNOWN
  if (op === 'in') {
    const l = scalar(n.left as Node, doc)
    const right = n.right as Node
    if (l === UNKNOWN || right.type !== 'Value' || !Array.isArray(right.value)) return UNKNOWN
    const list = right.value as unknown[]
    if (!list.every(isScalar)) return UNKNOWN
    return list.some((x) => x === l)
  }
  if (ORDERING.has(op) && isDateTimeCall(n.left as Node) && isDateTimeCall(n.right as Node)) return compareDateTimes(op, n, doc)
  const l = scalar(n.left as Node, doc)
  const r = scalar(n.right as Node, doc)
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
function scalar(n: Node, doc: Record<string, unknown>): Scalar | typeof UNKNOWN {
  if (n.type === 'Value') return isScalar(n.value) ? (n.value as Scalar) : UNKNOWN
  if (n.type === 'Group') return scalar(n.base as Node, doc)
  const v = attribute(n, doc)
  if (v === UNKNOWN) return UNKNOWN
  return v === undefined ? null : isScalar(v) ? (v as Scalar) : UNKNOWN
}

function definedObject(n: Node, doc: Record<string, unknown>): boolean | undefined {
  const v = attribute(n, doc)
  return v === UNKNOWN ? undefined : v !== undefined && v !== null
}

function attribute(n: Node, doc: Record<string, unknown>): unknown {
  if (n.type !== 'AccessAttribute') return UNKNOWN
  const base = n.base as Node | undefined
  let holder: unknown
  if (!base || base.type === 'This') holder = doc
  else {
    holder = attribute(base, doc)
    if (holder === UNKNOWN) return UNKNOWN
  }
  if (!holder || typeof holder !== 'object' || Array.isArray(holder)) return undefined
  return (holder as Record<string, unknown>)[n.name as string]
}

// groq-js's test for an RFC 3339 date-time (shared.js), before it hands the string to Date.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|([-+]\d{2}:\d{2}))$/

function isDateTimeCall(n: Node): boolean {
  return n.type === 'FuncCall' && n.namespace === 'global' && n.name === 'dateTime' && (n.args as Node[]).length === 1
}

const ORDERING = new Set(['<', '>', '<=', '>='])

/**
 * `dateTime(publishedAt) > dateTime($since)` (the news sitemap): both sides as groq-js makes
 * them, a time for a string it accepts and null otherwise; an ordering with null is null.
 * (`==` is never null in groq-js: it is left UNKNOWN.)
 */
function compareDateTimes(op: string, n: Node, doc: Record<string, unknown>): Truth {
  const times: number[] = []
  for (const side of [n.left, n.right] as Node[]) {
    const v = scalar((side.args as Node[])[0], doc)
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
function references(args: Node[], doc: unknown): Truth {
  const ids = new Set<string>()
  for (const arg of args) {
    if (arg.type !== 'Value') return UNKNOWN
    // Non-string ids are ignored, as groq-js ignores them.
    for (const id of Array.isArray(arg.value) ? arg.value : [arg.value]) if (typeof id === 'string') ids.add(id)
  }
  return ids.size > 0 && holdsReference(doc, ids)
}

/** groq-js's hasReference: an object with a truthy `_ref` answers for itself and is not looked into. */
export function holdsReference(value: unknown, ids: Set<string>): boolean {
  if (Array.isArray(value)) return value.some((v) => holdsReference(v, ids))
  if (!value || typeof value !== 'object') return false
  const ref = (value as Record<string, unknown>)._ref
  if (ref) return ids.has(ref as string)
  for (const v of Object.values(value)) if (v && typeof v === 'object' && holdsReference(v, ids)) return true
  return false
}

function isScalar(v: unknown): v is Scalar {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
}
