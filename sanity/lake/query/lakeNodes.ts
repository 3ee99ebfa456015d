import type {ExprNode} from 'groq-js'
import {randomBytes} from 'node:crypto'
import type {LakeDocument} from '../types'
import type {View} from '../views/view'
import {mapChildren} from './ast'
import {answerJoin, type Join, type JoinAnswer} from './joins'

/**
 * The planner's own node kinds: the parts of a query it has computed, or will compute while
 * groq-js evaluates. groq-js evaluates only its own node types, so `toGroq` is the one adapter
 * that turns these into nodes groq-js can run.
 */
export type LakeNode = LakeListNode | LakeJoinNode

/** The parsed query as the planner rewrites it: groq-js's nodes, with its own where it computed a part. */
export type PlanNode = ExprNode | LakeNode

const LAKE_KINDS = new Set(['LakeList', 'LakeJoin'])

export function isLakeNode(node: unknown): node is LakeNode {
  return typeof node === 'object' && node !== null && LAKE_KINDS.has((node as {type?: string}).type ?? '')
}

/** The planner's node in a planned part, or null for a groq-js node. */
export function lakeNodeOf(node: PlanNode): LakeNode | null {
  return isLakeNode(node) ? node : null
}

/**
 * A planned node placed where groq-js's types expect one of its own: until `toGroq` converts the
 * tree, any child may be one of the planner's nodes.
 */
export function embed(node: PlanNode): ExprNode {
  return node as unknown as ExprNode
}

/** Exactly the documents the replaced expression gives, in its order. */
export interface LakeListNode {
  type: 'LakeList'
  docs: LakeDocument[]
}

/**
 * A filter, count or sorted slice that depends on the enclosing document (`article._ref ==
 * ^._id`): answered per enclosing document from the indexes, or, where that answer is not
 * certain, by `fallback`, which groq-js evaluates as it would have.
 */
export interface LakeJoinNode {
  type: 'LakeJoin'
  join: Join
  answer: JoinAnswer
  fallback: PlanNode
}

// A per-process nonce: a stored `_ref` can never be mistaken for a join.
const MARKER = `\u0000index-${randomBytes(8).toString('hex')}:`

export interface GroqPlan {
  tree: ExprNode
  /** The `dereference` hook's answer for a join's reference, or undefined for an ordinary one. */
  dereference(ref: string): LakeDocument[] | number | null | undefined
}

/**
 * groq-js's only hook into the host while it evaluates is `dereference`, which it awaits. A join
 * becomes `coalesce(<reference to MARKER + join + key>->, fallback)`: the hook answers the join for
 * that key, and a null answer (an undecided document, a key that is not a string) falls back.
 */
export function toGroq(tree: PlanNode, view: View): GroqPlan {
  const joins: Array<{node: LakeJoinNode; counter?: (key: string) => number | null}> = []
  const convert = (node: PlanNode): PlanNode => {
    if (!isLakeNode(node)) return mapChildren(node, convert)
    if (node.type === 'LakeList') return {type: 'Value', value: node.docs}
    joins.push({node})
    const deref = joinReference(String(joins.length - 1), node.join.access.key)
    return {type: 'FuncCall', namespace: 'global', name: 'coalesce', args: [deref, convert(node.fallback) as ExprNode]}
  }
  const converted = convert(tree) as ExprNode
  return {
    tree: converted,
    dereference(ref) {
      if (!ref.startsWith(MARKER)) return undefined
      const rest = ref.slice(MARKER.length)
      const colon = rest.indexOf(':')
      const entry = joins[Number(rest.slice(0, colon))]
      if (!entry) return null
      return answerJoin(entry.node.join, entry.node.answer, rest.slice(colon + 1), view, entry)
    },
  }
}

function joinReference(id: string, key: ExprNode): ExprNode {
  // The key is evaluated inside a projection: a nested scope, as the filter's elements see it, so
  // `^` means the same document here as inside the filter (hidden `[]` scopes included).
  const keyAsElementSees: ExprNode = {type: 'Projection', base: {type: 'Value', value: {}}, expr: key}
  const prefix: ExprNode = {type: 'Value', value: `${MARKER}${id}:`}
  const ref: ExprNode = {type: 'OpCall', op: '+', left: prefix, right: keyAsElementSees}
  return {type: 'Deref', base: {type: 'Object', attributes: [{type: 'ObjectAttributeValue', name: '_ref', value: ref}]}}
}
