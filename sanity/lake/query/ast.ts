import type {ExprNode, PipeFuncCallNode, SliceNode} from 'groq-js'
import type {SortKey} from './semantics/ordering'

/** The parsed query as groq-js's own node types (`ExprNode`) give it: what the planner reads. */

/**
 * The one rewrite walker: a copy of `node` with each child expression (in arrays, object
 * attributes and select alternatives too) replaced by `plan(child, field)`, where `field` is the
 * property of `node` the child sits under (`base`, `expr`, `args`, `attributes`, …). A constant
 * (`Value`) is a leaf: it may hold any JSON, node look-alikes included.
 */
export function mapChildren<N extends {type: string}>(node: N, plan: (child: N, field: string) => N): N {
  if (node.type === 'Value') return node
  // Copy-on-write: a part no rule changed comes back as it was, and so does its parent.
  let copy: Record<string, unknown> | null = null
  for (const field in node) {
    const v: unknown = node[field]
    if (!v || typeof v !== 'object') continue
    const mapped = mapValue(v, (child) => plan(child as N, field))
    if (mapped !== v) (copy ??= {...node} as Record<string, unknown>)[field] = mapped
  }
  return (copy ?? node) as N
}

/** Each child expression of `node` (as `mapChildren` sees them), with the field it sits under. */
export function forEachChild<N extends {type: string}>(node: N, visit: (child: N, field: string) => void): void {
  mapChildren(node, (child, field) => {
    visit(child, field)
    return child
  })
}

// Generic over groq-js's node shapes: every object-valued field is a child or a list of them.
function mapFields(node: object, plan: (child: object) => object): object {
  let copy: Record<string, unknown> | null = null
  for (const k in node) {
    const v = (node as Record<string, unknown>)[k]
    if (!v || typeof v !== 'object') continue
    const mapped = mapValue(v, plan)
    if (mapped !== v) (copy ??= {...node})[k] = mapped
  }
  return copy ?? node
}

function mapValue(value: object, plan: (child: object) => object): object {
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null
    for (let i = 0; i < value.length; i++) {
      const v = value[i]
      const mapped = v && typeof v === 'object' ? mapValue(v, plan) : v
      if (mapped !== v) (copy ??= [...value])[i] = mapped
    }
    return copy ?? value
  }
  const type = (value as {type?: unknown}).type
  return typeof type === 'string' && !SYNTAX.has(type) ? plan(value) : mapFields(value, plan)
}

/** Parts of an expression that are no expressions themselves: their insides are. */
const SYNTAX = new Set([
  'ArrayElement',
  'ObjectAttributeValue',
  'ObjectConditionalSplat',
  'ObjectSplat',
  'SelectAlternative',
])

/** The parts of `a.b.c` read from the element itself (`@` or implicit), or null for anything else. */
export function pathOf(node: ExprNode | undefined): string[] | null {
  if (node?.type !== 'AccessAttribute') return null
  const base = node.base
  if (!base || base.type === 'This') return [node.name]
  const inner = pathOf(base)
  return inner ? [...inner, node.name] : null
}

/** The `&&`-joined parts of a filter, groups opened. */
export function conjuncts(expr: ExprNode): ExprNode[] {
  if (expr.type === 'Group') return conjuncts(expr.base)
  return expr.type === 'And' ? [...conjuncts(expr.left), ...conjuncts(expr.right)] : [expr]
}

/** `expr` with the conjunct `target` (by identity) replaced. */
export function replaceConjunct(expr: ExprNode, target: ExprNode, replacement: ExprNode): ExprNode {
  if (expr === target) return replacement
  if (expr.type === 'And') {
    const left = replaceConjunct(expr.left, target, replacement)
    return {...expr, left, right: replaceConjunct(expr.right, target, replacement)}
  }
  if (expr.type === 'Group') return {...expr, base: replaceConjunct(expr.base, target, replacement)}
  return expr
}

/** The sort keys of `order(…)` when each is a plain path, ascending or descending; else null. */
export function orderKeysOf(pipe: PipeFuncCallNode): SortKey[] | null {
  const keys: SortKey[] = []
  for (const arg of pipe.args) {
    const path = pathOf(arg.type === 'Asc' || arg.type === 'Desc' ? arg.base : arg)
    if (!path) return null
    keys.push({path, desc: arg.type === 'Desc'})
  }
  return keys
}

/** `[a...b]` with constant non-negative bounds: where it ends (exclusive); else null. */
export function sliceEnd(slice: SliceNode): number | null {
  const {left, right} = slice
  if (!isIndex(left) || !isIndex(right)) return null
  return right + (slice.isInclusive ? 1 : 0)
}

export function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0
}

/** `order(…)` piped from `base`. */
export function isOrder(node: ExprNode | undefined): node is PipeFuncCallNode {
  return node?.type === 'PipeFuncCall' && node.name === 'order'
}
