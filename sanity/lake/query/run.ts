import {evaluate, parse, type ExprNode} from 'groq-js'
import {LakeError, badRequest, queryParseError, queryTooComplex} from '../errors'
import {guardScans, resolveScan, type GuardedTree, type QueryLimits} from './guardedScans'
import {hoistConstantLists} from './hoist'
import {ParseCache} from './parseCache'
import type {GroqPlan} from './lakeNodes'
import {planQuery} from './plan'
import {estimateCost} from './cost'
import type {View} from '../views/view'

const parsed = new ParseCache()

/** What the parse cache holds (entries, weight, hashed keys): for tests and diagnostics. */
export function parseCacheStats() {
  return parsed.stats()
}

/**
 * Parses with the params inlined (groq-js needs constant slice bounds at parse time); the cache
 * keeps the most recent trees: the site sends the same few queries over and over.
 */
function parseCached(query: string, params: Record<string, unknown>): ExprNode {
  return parsed.get(query, params, () => parseChecked(query, params))
}

function parseChecked(query: string, params: Record<string, unknown>): ExprNode {
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
  /** The limits of an HTTP query (time, client presence, cost); in-process callers run unguarded. */
  guard?: QueryLimits
}

export async function runQuery({query, params, view, useIndexes = true, guard}: QueryInput): Promise<unknown> {
  const parsedTree = parseCached(query, params)
  try {
    return await evaluateTree(parsedTree, params, view, useIndexes, guard)
  } catch (err) {
    if (err instanceof LakeError) throw err
    // groq-js throws plain errors for type problems found at evaluation (e.g. a bad function call).
    throw badRequest((err as Error).message, 'queryExecutionError')
  }
}

async function evaluateTree(
  tree: ExprNode,
  params: Record<string, unknown>,
  view: View,
  useIndexes: boolean,
  guard?: QueryLimits,
): Promise<unknown> {
  let plan: GroqPlan | null = null
  if (useIndexes) {
    const evaluateNode = (node: ExprNode) => evaluateTree(node, params, view, true, guard)
    const hoisted = await hoistConstantLists(tree, evaluateNode)
    plan = planQuery(hoisted, view)
  }
  let runnable = plan?.tree ?? tree
  let guarded: GuardedTree | null = null
  if (guard) {
    const cost = estimateCost(runnable, view.size)
    if (cost > guard.maxCost) throw queryTooComplex(cost, guard.maxCost)
    guarded = guardScans(runnable, () => view.docs)
    runnable = guarded.tree
  }
  const value = await evaluate(runnable, {
    dataset: view.docs,
    params,
    // `->` goes through the id index; the planner's joins return candidate lists or counts, the
    // guard's scan markers the dataset. Every call is a point where a guarded query may pause or stop.
    dereference: ({_ref}) => {
      if (guard && guarded) {
        const scan = resolveScan(_ref, guarded, guard)
        if (scan !== undefined) return scan as never
        const wait = guard.checkpoint()
        if (wait) return wait.then(() => dereferenced(_ref, view, plan)) as never
      }
      return dereferenced(_ref, view, plan) as never
    },
  })
  return value.get()
}

function dereferenced(ref: string, view: View, plan: GroqPlan | null): unknown {
  return plan?.dereference(ref) ?? view.get(ref) ?? null
}
