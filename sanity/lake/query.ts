import {evaluate, parse, type ExprNode} from 'groq-js'
import {badRequest, queryParseError} from './errors'
import {hoistConstantLists} from './hoist'
import {planQuery, resolveMarker, type Plan} from './planner'
import type {View} from './view'

const MAX_CACHED_QUERIES = 500
const parsed = new Map<string, ExprNode>()

/**
 * Parses with the params inlined (groq-js needs constant slice bounds at parse time) and keeps
 * the most recent trees: the site sends the same few queries over and over.
 */
function parseCached(query: string, params: Record<string, unknown>): ExprNode {
  const key = `${query}\u0000${JSON.stringify(params)}`
  const hit = parsed.get(key)
  if (hit) {
    parsed.delete(key)
    parsed.set(key, hit)
    return hit
  }
  let tree: ExprNode
  try {
    tree = parse(query, {params})
  } catch (err) {
    const e = err as Error & {position?: number}
    if (e.name === 'GroqSyntaxError' || typeof e.position === 'number') {
      const start = e.position ?? 0
      throw queryParseError(e.message, query, start, Math.min(start + 1, query.length))
    }
    throw badRequest(e.message, 'queryParseError')
  }
  // groq-js evaluates a missing param to null; Sanity refuses the query, so a misspelt param fails here too.
  const missing = parameterNames(tree).find((name) => !(name in params))
  if (missing !== undefined) {
    const start = Math.max(0, query.indexOf(`$${missing}`))
    throw queryParseError(`param $${missing} referenced, but not provided`, query, start, start + missing.length + 1)
  }
  parsed.set(key, tree)
  if (parsed.size > MAX_CACHED_QUERIES) parsed.delete(parsed.keys().next().value as string)
  return tree
}

function parameterNames(node: unknown, names: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => parameterNames(child, names))
  else if (node && typeof node === 'object') {
    const n = node as {type?: unknown; name?: unknown}
    if (n.type === 'Parameter' && typeof n.name === 'string') names.push(n.name)
    else Object.values(node).forEach((child) => parameterNames(child, names))
  }
  return names
}

export interface QueryInput {
  query: string
  params: Record<string, unknown>
  view: View
  /** Off only to compare against plain groq-js (the differential test and the benchmark). */
  useIndexes?: boolean
}

export async function runQuery({query, params, view, useIndexes = true}: QueryInput): Promise<unknown> {
  const parsedTree = parseCached(query, params)
  try {
    return await evaluateTree(parsedTree, params, view, useIndexes)
  } catch (err) {
    // groq-js throws plain errors for type problems found at evaluation (e.g. a bad function call).
    throw badRequest((err as Error).message, 'queryExecutionError')
  }
}

async function evaluateTree(tree: ExprNode, params: Record<string, unknown>, view: View, useIndexes: boolean): Promise<unknown> {
  let plan: Plan | null = null
  if (useIndexes) {
    const hoisted = (await hoistConstantLists(tree, (node) => evaluateTree(node as unknown as ExprNode, params, view, true))) as ExprNode
    plan = planQuery(hoisted, view)
  }
  const value = await evaluate(plan?.tree ?? tree, {
    dataset: view.docs,
    params,
    // `->` goes through the id index; the planner's markers return candidate lists or counts.
    dereference: ({_ref}) => {
      const marked = plan ? resolveMarker(_ref, view, plan.markers) : undefined
      return (marked as never) ?? view.get(_ref) ?? null
    },
  })
  return value.get()
}
