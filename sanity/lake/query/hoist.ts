import type {ExprNode} from 'groq-js'
import {forEachChild, mapChildren} from './ast'

/**
 * Evaluates once what GROQ would evaluate for every element: the right side of `x in <query>` when
 * that query does not depend on the element or its parents (e.g. `_id in *[_type == "comment"
 * && createdAt > $since].article._ref`). The result becomes a constant list, which the planner can
 * then answer from an index.
 */
export async function hoistConstantLists(
  tree: ExprNode,
  evaluateNode: (node: ExprNode) => Promise<unknown>,
): Promise<ExprNode> {
  const closedLists = new Set<ExprNode>()
  collectClosedLists(tree, closedLists)
  if (closedLists.size === 0) return tree
  // Evaluated one after another, innermost first: an outer list may contain an inner one, and
  // each evaluation is itself planned (and hoisted) like a query of its own.
  const values = new Map<ExprNode, unknown>()
  for (const list of closedLists) values.set(list, await evaluateNode(list))
  const replace = (node: ExprNode): ExprNode =>
    values.has(node) ? {type: 'Value', value: values.get(node)} : mapChildren(node, replace)
  return replace(tree)
}

/** The right sides of `in` that no element reads, outermost only (an inner one is evaluated with it). */
function collectClosedLists(node: ExprNode, found: Set<ExprNode>): void {
  if (node.type === 'OpCall' && node.op === 'in' && node.right.type !== 'Value' && isClosed(node.right, 0)) {
    found.add(node.right)
    collectClosedLists(node.left, found)
    return
  }
  forEachChild(node, (child) => collectClosedLists(child, found))
}

/** Child fields whose expression runs in a new scope (one element at a time), by node type. */
const SCOPED: Partial<Record<ExprNode['type'], string>> = {
  Filter: 'expr',
  Map: 'expr',
  FlatMap: 'expr',
  Projection: 'expr',
  PipeFuncCall: 'args',
}

/** True if nothing in `node` reads the current element or escapes above `depth` opened scopes. */
function isClosed(node: ExprNode, depth: number): boolean {
  if (node.type === 'This' && depth === 0) return false
  // `^` is never taken as closed: hidden scopes ([] traversals) make its reach hard to bound.
  if (node.type === 'Parent') return false
  if (node.type === 'AccessAttribute' && !node.base && depth === 0) return false
  if (node.type === 'FuncCall' && ['before', 'after', 'identity'].includes(node.name)) return false
  let closed = true
  forEachChild(node, (child, field) => {
    if (closed && !isClosed(child, SCOPED[node.type] === field ? depth + 1 : depth)) closed = false
  })
  return closed
}
