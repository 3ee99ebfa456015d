import type {ExprNode} from 'groq-js'
import {randomBytes} from 'node:crypto'
import type {LakeDocument} from './types'
import type {View} from './view'

/**
 * Rewrites a parsed query so that each `*[filter]` scans only candidate documents from the view's
 * indexes instead of the whole dataset. The filter itself is kept unchanged and still runs on
 * every candidate, and candidates come in dataset order, so the answer is what groq-js gives
 * without indexes: the rewrite changes cost, never results. Shapes it does not recognise stay
 * full scans.
 *
 * Keys that depend on an enclosing document (`article._ref == ^._id`, `references(^._id)`) are
 * looked up while groq-js evaluates: the base becomes a dereference of a marker id, which the
 * lake's `dereference` hook answers with the candidate list (`INDEX_MARKER`).
 */
// A per-process nonce: a stored `_ref` can never be mistaken for a marker.
export const INDEX_MARKER = `\u0000index-${randomBytes(8).toString('hex')}:`

type Node = Record<string, unknown> & {type: string}

interface Access {
  kind: 'field' | 'id' | 'ref'
  path: string
  key: Node
}

export function planQuery(tree: ExprNode, view: View): ExprNode {
  return rewrite(tree as unknown as Node, view) as unknown as ExprNode
}

function rewrite(node: unknown, view: View): unknown {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, view))
  if (!node || typeof node !== 'object') return node
  const n = node as Node
  const out: Node = {...n}
  for (const [k, v] of Object.entries(n)) if (v && typeof v === 'object') out[k] = rewrite(v, view)
  if (n.type === 'Filter' && (n.base as Node).type === 'Everything') {
    // An `in` gives a list of accesses that must be used together (a union), never one of them alone.
    const accesses = conjuncts(n.expr as Node).map(accessOf).filter((a): a is Access | Access[] => a !== null)
    const base = indexedBase(accesses, view)
    if (base) out.base = base
  }
  return out
}

function conjuncts(expr: Node): Node[] {
  return expr.type === 'And' ? [...conjuncts(expr.left as Node), ...conjuncts(expr.right as Node)] : [expr]
}

/** `path == key`, `key == path`, `path in [consts]`, `references(key)`, with a key independent of `@`. */
function accessOf(c: Node): Access | Access[] | null {
  if (c.type === 'OpCall' && c.op === '==') {
    for (const [side, other] of [[c.left, c.right], [c.right, c.left]] as Node[][]) {
      const path = pathOf(side)
      if (path && independent(other)) return {kind: path === '_id' ? 'id' : 'field', path, key: other}
    }
  }
  if (c.type === 'OpCall' && c.op === 'in') {
    const path = pathOf(c.left as Node)
    const right = c.right as Node
    if (path && right.type === 'Value' && Array.isArray(right.value)) {
      return (right.value as unknown[]).map((v) => ({kind: path === '_id' ? 'id' : 'field', path, key: {type: 'Value', value: v}}) as Access)
    }
  }
  if (c.type === 'FuncCall' && c.namespace === 'global' && c.name === 'references') {
    const args = c.args as Node[]
    if (args.length === 1 && independent(args[0])) return {kind: 'ref', path: '', key: args[0]}
  }
  return null
}

/** `a.b.c` read from the element itself, or null. */
function pathOf(node: Node): string | null {
  if (node.type !== 'AccessAttribute') return null
  const base = node.base as Node | undefined
  if (!base || base.type === 'This') return node.name as string
  const inner = pathOf(base)
  return inner ? `${inner}.${node.name}` : null
}

/** Constants, and attributes of enclosing scopes (`^._id`), joined with `+`. */
function independent(node: Node): boolean {
  if (node.type === 'Value' || node.type === 'Parameter') return true
  if (node.type === 'AccessAttribute') return node.base ? independentBase(node.base as Node) : false
  if (node.type === 'OpCall' && node.op === '+') return independent(node.left as Node) && independent(node.right as Node)
  return false
}

function independentBase(node: Node): boolean {
  if (node.type === 'Parent') return true
  return node.type === 'AccessAttribute' && Boolean(node.base) && independentBase(node.base as Node)
}

function indexedBase(accesses: Array<Access | Access[]>, view: View): Node | null {
  let best: {cost: number; base: Node} | null = null
  for (const access of accesses) {
    const option = Array.isArray(access) ? unionOf(access, view) : single(access, view)
    if (option && (!best || option.cost < best.cost)) best = option
  }
  return best?.base ?? null
}

function unionOf(accesses: Access[], view: View): {cost: number; base: Node} | null {
  const seen = new Set<LakeDocument>()
  for (const a of accesses) {
    if (a.key.type !== 'Value') return null
    for (const doc of constantCandidates(a, (a.key as Node).value, view) ?? []) seen.add(doc)
  }
  // A union of buckets must be put back in dataset order.
  const docs = [...seen].sort((x, y) => view.positionOf(x._id) - view.positionOf(y._id))
  return {cost: docs.length, base: {type: 'Value', value: docs}}
}

function single(a: Access, view: View): {cost: number; base: Node} | null {
  if (a.key.type === 'Value') {
    const docs = constantCandidates(a, a.key.value, view)
    return docs ? {cost: docs.length, base: {type: 'Value', value: docs}} : null
  }
  // Correlated: estimate the bucket size, look it up per enclosing document at evaluation time.
  const cost = a.kind === 'id' ? 1 : a.kind === 'ref' ? 8 : view.size / Math.max(1, view.distinctValues(a.path))
  const marker = `${INDEX_MARKER}${a.kind}:${a.path}:`
  return {
    cost,
    base: {
      type: 'FuncCall',
      namespace: 'global',
      name: 'coalesce',
      args: [
        {
          type: 'Deref',
          base: {type: 'Object', attributes: [{type: 'ObjectAttributeValue', name: '_ref', value: {type: 'OpCall', op: '+', left: {type: 'Value', value: marker}, right: asElementSees(a.key)}}]},
        },
        // A key that is not a string (null, a number) falls back to the full scan.
        {type: 'Everything'},
      ],
    },
  }
}

function constantCandidates(a: Access, value: unknown, view: View): LakeDocument[] | null {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null
  if (a.kind === 'id') {
    const doc = typeof value === 'string' ? view.get(value) : undefined
    return doc ? [doc] : []
  }
  if (a.kind === 'ref') return typeof value === 'string' ? view.byReference(value) : null
  return view.byField(a.path, value)
}

/**
 * Evaluates the key as the filter's elements would see it: a projection opens a nested scope just
 * as the filter does for each element (hidden scopes of `[]` traversals included), so `^` means
 * the same document here as inside the filter.
 */
function asElementSees(key: Node): Node {
  return {type: 'Projection', base: {type: 'Value', value: {}}, expr: key}
}

/** The `dereference` hook's answer for a marker id, or undefined for an ordinary reference. */
export function resolveIndexMarker(ref: string, view: View): LakeDocument[] | undefined {
  if (!ref.startsWith(INDEX_MARKER)) return undefined
  const rest = ref.slice(INDEX_MARKER.length)
  const [kind, path] = rest.split(':', 2)
  const value = rest.slice(kind.length + path.length + 2)
  if (kind === 'id') {
    const doc = view.get(value)
    return doc ? [doc] : []
  }
  if (kind === 'ref') return view.byReference(value)
  return view.byField(path, value)
}
