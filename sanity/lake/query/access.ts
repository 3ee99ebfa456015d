import type {ExprNode, OpCallNode} from 'groq-js'
import type {LakeDocument} from '../types'
import type {View} from '../views/view'
import {pathOf} from './ast'

/**
 * How one conjunct of a filter can be answered from the view's indexes: `path == key` (an
 * attribute bucket, or the id), `references(key)` (a reference bucket), `path > "…"` (a range
 * list), or `path in [constants]` (the union of buckets). The key is a constant, or an enclosing
 * document's attribute (`^._id`), looked up per enclosing document while groq-js evaluates.
 */
export type RangeOp = '>' | '>=' | '<' | '<='

export interface Access {
  kind: 'field' | 'id' | 'ref' | 'range'
  path: string[]
  key: ExprNode
  /** For `range`: how the value at `path` compares with the key. */
  op?: RangeOp
  /** The conjunct this access came from when every candidate of its bucket satisfies it. */
  conjunct?: ExprNode
  /** For an `in` list: the union of its buckets, computed already. */
  candidates?: LakeDocument[]
}

const RANGE_FLIP: Record<RangeOp, RangeOp> = {'>': '<', '>=': '<=', '<': '>', '<=': '>='}
const isRangeOp = (op: string): op is RangeOp => op in RANGE_FLIP

/** `path == key`, `key == path`, `path in [consts]`, `references(key)`, with a key independent of `@`. */
export function accessOf(c: ExprNode): Access | Access[] | null {
  if (c.type === 'OpCall' && c.op === '==') {
    for (const [side, other] of [
      [c.left, c.right],
      [c.right, c.left],
    ]) {
      const path = pathOf(side)
      // Only a string key is exact: a bucket holds equal strings (numbers and booleans stay checked).
      if (path && independent(other)) {
        return {kind: isId(path) ? 'id' : 'field', path, key: other, conjunct: exactKey(other) ? c : undefined}
      }
    }
  }
  if (c.type === 'OpCall' && isRangeOp(c.op)) return rangeAccess(c, c.op)
  if (c.type === 'OpCall' && c.op === 'in') {
    const path = pathOf(c.left)
    const right = c.right
    if (path && right.type === 'Value' && Array.isArray(right.value)) {
      const values = right.value as unknown[]
      const exact = values.every((v) => typeof v === 'string') ? c : undefined
      const kind = isId(path) ? 'id' : 'field'
      return values.map((v) => ({kind, path, key: {type: 'Value', value: v}, conjunct: exact}))
    }
  }
  if (c.type === 'FuncCall' && c.namespace === 'global' && c.name === 'references' && c.args.length === 1) {
    const arg = c.args[0]
    if (arg.type === 'Value' && Array.isArray(arg.value) && arg.value.every((v) => typeof v === 'string')) {
      return (arg.value as string[]).map((v) => ({kind: 'ref', path: [], key: {type: 'Value', value: v}, conjunct: c}))
    }
    if (independent(arg)) return {kind: 'ref', path: [], key: arg, conjunct: exactKey(arg) ? c : undefined}
  }
  return null
}

/** `createdAt > "2026-…"`: a string bound only (other types compare as null with strings). */
function rangeAccess(c: OpCallNode, op: RangeOp): Access | null {
  const path = pathOf(c.left)
  if (path && c.right.type === 'Value' && typeof c.right.value === 'string') {
    return {kind: 'range', path, op, key: c.right, conjunct: c}
  }
  const flipped = pathOf(c.right)
  if (flipped && c.left.type === 'Value' && typeof c.left.value === 'string') {
    return {kind: 'range', path: flipped, op: RANGE_FLIP[op], key: c.left, conjunct: c}
  }
  return null
}

const isId = (path: string[]) => path.length === 1 && path[0] === '_id'

/** A constant string, or an enclosing document's attribute (a join only resolves strings). */
function exactKey(key: ExprNode): boolean {
  return key.type === 'Value' ? typeof key.value === 'string' : key.type !== 'Parameter'
}

/** Constants, and attributes of enclosing scopes (`^._id`), joined with `+`. */
function independent(node: ExprNode): boolean {
  if (node.type === 'Value' || node.type === 'Parameter') return true
  if (node.type === 'AccessAttribute') return node.base ? independentBase(node.base) : false
  if (node.type === 'OpCall' && node.op === '+') return independent(node.left) && independent(node.right)
  return false
}

function independentBase(node: ExprNode): boolean {
  if (node.type === 'Parent') return true
  return node.type === 'AccessAttribute' && Boolean(node.base) && independentBase(node.base!)
}

/** The access with the smallest bucket (by size estimate); an `in` list counts as the union of its buckets. */
export function cheapest(accesses: Array<Access | Access[]>, view: View): Access | null {
  let best: {cost: number; access: Access} | null = null
  for (const access of accesses) {
    const option = Array.isArray(access) ? unionAccess(access, view) : {cost: costOf(access, view), access}
    if (option && (!best || option.cost < best.cost)) best = option
  }
  return best?.access ?? null
}

function unionAccess(accesses: Access[], view: View): {cost: number; access: Access} | null {
  if (!accesses.every((a) => a.key.type === 'Value')) return null
  const seen = new Set<LakeDocument>()
  for (const a of accesses) for (const doc of constantCandidates(a, view)) seen.add(doc)
  const docs = [...seen].sort((x, y) => view.positionOf(x._id) - view.positionOf(y._id))
  const key: ExprNode = {type: 'Value', value: docs}
  return {cost: docs.length, access: {kind: 'field', path: [], key, conjunct: accesses[0]?.conjunct, candidates: docs}}
}

function costOf(a: Access, view: View): number {
  if (a.key.type === 'Value') return constantCost(a, a.key.value, view)
  return a.kind === 'id' ? 1 : a.kind === 'ref' ? 8 : view.size / Math.max(1, view.distinctValues(a.path.join('.')))
}

/** Bucket sizes only: resolving a large bucket just to learn its size would cost more than it saves. */
export function constantCost(a: Access, value: unknown, view: View): number {
  if (a.candidates) return a.candidates.length
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return view.size
  if (a.kind === 'id') return 1
  if (a.kind === 'ref') return typeof value === 'string' ? view.countByReference(value) : view.size
  if (a.kind === 'range') return typeof value === 'string' ? view.countRange(a.path.join('.'), a.op!, value) : view.size
  return view.countByField(a.path.join('.'), value)
}

/** The candidates of an access with a constant key. */
export function constantCandidates(a: Access, view: View): LakeDocument[] {
  if (a.candidates) return a.candidates
  return lookup(a, a.key.type === 'Value' ? a.key.value : undefined, view) ?? view.docs
}

/** The bucket of `value`, or null when the value cannot have one (not a scalar). */
export function lookup(a: Access, value: unknown, view: View): LakeDocument[] | null {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null
  if (a.kind === 'id') {
    const doc = typeof value === 'string' ? view.get(value) : undefined
    return doc ? [doc] : []
  }
  if (a.kind === 'ref') return typeof value === 'string' ? view.byReference(value) : null
  if (a.kind === 'range') return typeof value === 'string' ? view.byRange(a.path.join('.'), a.op!, value) : null
  return view.byField(a.path.join('.'), value)
}
