/**
 * A conservative JavaScript version of a GROQ filter, for pruning candidates before groq-js sees
 * them. It answers `true`/`false` only where GROQ's answer is certain (plain attributes compared
 * with constants, `defined`, `in` a constant list, `&&`, `||`, `!`, and a substring test that can
 * only rule `match` out), and `UNKNOWN` for anything else, so a document is never dropped that
 * groq-js would keep. Comparisons of mismatched types are null in GROQ, which a filter drops.
 */
type Node = Record<string, unknown> & {type: string}
export const UNKNOWN = Symbol('unknown')
type Truth = boolean | null | typeof UNKNOWN
type Scalar = string | number | boolean | null
export type Predicate = (doc: Record<string, unknown>) => Truth

const textCache = new WeakMap<object, string>()

export function compilePredicate(expr: Node): Predicate {
  return (doc) => truth(expr, doc)
}

function truth(n: Node, doc: Record<string, unknown>): Truth {
  switch (n.type) {
    case 'Group':
      return truth(n.base as Node, doc)
    case 'And': {
      const l = truth(n.left as Node, doc)
      if (l === false) return false
      const r = truth(n.right as Node, doc)
      if (r === false) return false
      if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN
      return l === true && r === true ? true : null
    }
    case 'Or': {
      const l = truth(n.left as Node, doc)
      if (l === true) return true
      const r = truth(n.right as Node, doc)
      if (r === true) return true
      if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN
      return l === false && r === false ? false : null
    }
    case 'Not': {
      const b = truth(n.base as Node, doc)
      return b === UNKNOWN || b === null ? b : !b
    }
    case 'Value':
      return typeof n.value === 'boolean' ? n.value : n.value === null ? null : UNKNOWN
    case 'FuncCall':
      if (n.namespace === 'global' && n.name === 'defined' && (n.args as Node[]).length === 1) {
        const v = scalar((n.args as Node[])[0], doc)
        return v === UNKNOWN ? (definedObject((n.args as Node[])[0], doc) ?? UNKNOWN) : v !== null
      }
      return UNKNOWN
    case 'OpCall':
      return compare(n, doc)
    default:
      return UNKNOWN
  }
}

function compare(n: Node, doc: Record<string, unknown>): Truth {
  const op = n.op as string
  if (op === 'match') return mayMatch(n, doc)
  if (op === 'in') {
    const l = scalar(n.left as Node, doc)
    const right = n.right as Node
    if (l === UNKNOWN || right.type !== 'Value' || !Array.isArray(right.value)) return UNKNOWN
    const list = right.value as unknown[]
    if (!list.every(isScalar)) return UNKNOWN
    return list.some((x) => x === l)
  }
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

/** `match` can only succeed if every plain ASCII word of the pattern occurs somewhere in the document. */
function mayMatch(n: Node, doc: Record<string, unknown>): Truth {
  const right = n.right as Node
  if (right.type !== 'Value') return UNKNOWN
  const patterns = (Array.isArray(right.value) ? right.value : [right.value]) as unknown[]
  if (!patterns.every((p) => typeof p === 'string')) return UNKNOWN
  const words = (patterns as string[]).flatMap((p) => p.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length > 0)
  if (words.length === 0 || (patterns as string[]).some((p) => /[^\x00-\x7f]/.test(p))) return UNKNOWN
  const text = textOf(doc)
  return words.every((w) => text.includes(w)) ? UNKNOWN : false
}

function textOf(doc: object): string {
  let text = textCache.get(doc)
  if (text === undefined) {
    const parts: string[] = []
    const walk = (v: unknown) => {
      if (typeof v === 'string') parts.push(v)
      else if (Array.isArray(v)) v.forEach(walk)
      else if (v && typeof v === 'object') Object.values(v).forEach(walk)
    }
    walk(doc)
    text = parts.join('\n').toLowerCase()
    textCache.set(doc, text)
  }
  return text
}

function isScalar(v: unknown): v is Scalar {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
}
