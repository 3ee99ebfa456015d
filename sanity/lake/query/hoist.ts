/**
 * Evaluates once what GROQ would evaluate for every element: the right side of `x in <query>` when
 * that query does not depend on the element or its parents (e.g. `_id in *[_type == "comment"
 * && createdAt > $since].article._ref`). The result becomes a constant list, which the planner can
 * then answer from an index.
 */
type Node = Record<string, unknown> & {type: string}

/** Child keys whose expression runs in a new scope (one element at a time). */
const SCOPED: Record<string, string[]> = {
  Filter: ['expr'],
  Map: ['expr'],
  FlatMap: ['expr'],
  Projection: ['expr'],
  PipeFuncCall: ['args'],
}

export async function hoistConstantLists(node: unknown, evaluateNode: (n: Node) => Promise<unknown>): Promise<unknown> {
  if (Array.isArray(node)) return Promise.all(node.map((n) => hoistConstantLists(n, evaluateNode)))
  if (!node || typeof node !== 'object') return node
  const n = node as Node
  if (n.type === 'Value') return n
  const out: Node = {...n}
  for (const [k, v] of Object.entries(n))
    if (v && typeof v === 'object') out[k] = await hoistConstantLists(v, evaluateNode)
  if (n.type === 'OpCall' && n.op === 'in' && (out.right as Node).type !== 'Value' && isClosed(out.right as Node, 0)) {
    const value = await evaluateNode(out.right as Node)
    out.right = {type: 'Value', value}
  }
  return out
}

/** True if nothing in `node` reads the current element or escapes above `depth` opened scopes. */
function isClosed(node: unknown, depth: number): boolean {
  if (Array.isArray(node)) return node.every((n) => isClosed(n, depth))
  if (!node || typeof node !== 'object') return true
  const n = node as Node
  if (n.type === 'This' && depth === 0) return false
  // `^` is never taken as closed: hidden scopes ([] traversals) make its reach hard to bound.
  if (n.type === 'Parent') return false
  if (n.type === 'AccessAttribute' && !n.base && depth === 0) return false
  if (n.type === 'FuncCall' && ['before', 'after', 'identity'].includes(n.name as string)) return false
  const scoped = SCOPED[n.type] ?? []
  return Object.entries(n).every(([k, v]) =>
    v && typeof v === 'object' ? isClosed(v, scoped.includes(k) ? depth + 1 : depth) : true,
  )
}
