import type {ExprNode} from 'groq-js'
import {randomBytes} from 'node:crypto'
import {mapChildren} from './ast'

/**
 * groq-js has no way to stop an evaluation, nor to let other work run during one; its only hook
 * into the host is `dereference`, which it awaits. So before a guarded query runs, every `*` (and
 * every large constant list the planner left to be filtered) becomes a dereference of a scan
 * marker: the lake's hook checks the query's guard there and hands back the documents, as a
 * stream that checks the guard again every few documents when groq-js iterates them one by one.
 * The answer is the same (groq-js treats the stream as the array it came from); only where the
 * evaluation may pause or stop changes.
 */
// A per-process nonce: a stored `_ref` can never be mistaken for a scan marker.
const SCAN_MARKER = `\u0000scan-${randomBytes(8).toString('hex')}:`

/** Scans shorter than this are handed over whole: the check at the scan's start suffices. */
const STREAM_MIN_LENGTH = 256
/** Documents of a streamed scan between two checks of the guard. */
const CHECK_EVERY = 64

/**
 * What a guarded query asks of its guard (the HTTP one is server/queryGuard.ts): a budget for the
 * estimated cost, and checkpoints that throw once the query must stop, or ask it to pause.
 */
export interface QueryLimits {
  readonly maxCost: number
  checkpoint(): Promise<void> | null
}

/** Nodes that evaluate their `base` one element at a time. */
const ITERATES_BASE = new Set<ExprNode['type']>(['Filter', 'Map', 'FlatMap'])
/** Nodes that pass their `base` through unchanged: an iterating parent iterates it. */
const PASSES_BASE = new Set<ExprNode['type']>(['ArrayCoerce', 'Group'])

export interface GuardedTree {
  tree: ExprNode
  /** The lists behind the scan markers, by marker number. */
  scans: Array<{docs: unknown[]; iterated: boolean}>
}

/** The tree with its scans replaced by markers; `everything` is the view's document list. */
export function guardScans(tree: ExprNode, everything: () => unknown[]): GuardedTree {
  const scans: GuardedTree['scans'] = []
  const marker = (docs: unknown[], iterated: boolean): ExprNode => {
    scans.push({docs, iterated})
    return {type: 'Deref', base: {type: 'Value', value: {_ref: `${SCAN_MARKER}${scans.length - 1}`}}}
  }
  // Copy-on-write (mapChildren): a tree without scans (most of the site's planned queries) comes back as it was.
  const walk = (node: ExprNode, iterated: boolean): ExprNode => {
    if (node.type === 'Everything') return marker(everything(), iterated)
    if (node.type === 'Value') {
      const value: unknown = node.value
      return iterated && Array.isArray(value) && value.length >= STREAM_MIN_LENGTH ? marker(value, true) : node
    }
    const baseIterated = ITERATES_BASE.has(node.type) || (PASSES_BASE.has(node.type) && iterated)
    return mapChildren<ExprNode>(node, (child, field) => walk(child, field === 'base' && baseIterated))
  }
  return {tree: walk(tree, false), scans}
}

/**
 * The `dereference` answer for a scan marker (undefined for any other reference): the list, or a
 * stream of it when it is long and iterated. May throw (the guard stopped the query).
 */
export function resolveScan(ref: string, guarded: GuardedTree, guard: QueryLimits): unknown {
  if (!ref.startsWith(SCAN_MARKER)) return undefined
  const scan = guarded.scans[Number(ref.slice(SCAN_MARKER.length))]
  if (!scan) return null
  const wait = guard.checkpoint()
  const answer = scan.iterated && scan.docs.length >= STREAM_MIN_LENGTH ? streamOf(scan.docs, guard) : scan.docs
  return wait ? wait.then(() => answer) : answer
}

async function* streamOf(docs: unknown[], guard: QueryLimits): AsyncGenerator<unknown> {
  for (let i = 0; i < docs.length; i++) {
    if (i % CHECK_EVERY === 0) {
      const wait = guard.checkpoint()
      if (wait) await wait
    }
    yield docs[i]
  }
}
