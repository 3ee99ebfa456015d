import type {ObjectNode} from 'groq-js'
import type {LakeDocument} from '../types'
import type {View} from '../views/view'
import {isOrder, orderKeysOf, pathOf} from './ast'
import {answerJoin, joinCounter} from './joins'
import {isLakeNode, lakeNodeOf, type LakeJoinNode, type PlanNode} from './lakeNodes'
import {sortLikeGroq, type SortKey} from './semantics/ordering'
import {readPath as importedReadPath} from './semantics/paths'
import {UNKNOWN as importedUNKNOWN} from './semantics/truth'

// Local bindings for names used per document: once tsx compiles this to CommonJS, an imported
// name is read through a getter on every use.
const readPath = importedReadPath
const UNKNOWN: typeof importedUNKNOWN = importedUNKNOWN

/**
 * Projections computed in JavaScript, one document at a time, where the answer is certain to be
 * groq-js's: an attribute is a path of the document, a join's count (`count(*[… == ^._id])`), or a
 * join's documents, optionally ordered, projected in turn (a comment's replies, their replies, …).
 * A computer answers `UNKNOWN` where it cannot be sure (a key that is not a string, a filter the
 * predicate cannot decide, sort values of mixed types); the caller then leaves the query to groq-js.
 */
export type Computer = (doc: LakeDocument) => unknown

/** The computer of one projected attribute, or null for an expression none of the above. */
export function attributeComputer(value: PlanNode, view: View): Computer | null {
  if (!isLakeNode(value)) {
    const path = pathOf(value)
    if (path) return (doc) => readPath(doc, path) ?? null
    return value.type === 'Map' ? joinRowsComputer(value.base, value.expr, view) : null
  }
  if (value.type !== 'LakeJoin' || value.answer.mode !== 'count') return null
  const keyOf = enclosingKey(value)
  if (!keyOf) return null
  const counter = joinCounter(value.join, view)
  return (doc) => {
    const key = keyOf(doc)
    return typeof key === 'string' ? (counter(key) ?? UNKNOWN) : UNKNOWN
  }
}

/**
 * `{a, "b": c.d, "n": count(…), "replies": *[…] | order(…){…}}` applied to one document; null
 * unless every attribute has a computer. A name defined twice, or a spread, is left to groq-js.
 */
export function objectComputer(projection: PlanNode, view: View): Computer | null {
  if (projection.type !== 'Projection' || projection.base.type !== 'This' || projection.expr.type !== 'Object') {
    return null
  }
  const fields = attributesOf(projection.expr)
  if (!fields) return null
  const paths = fields.map(([name, value]) => [name, isLakeNode(value) ? null : pathOf(value)] as const)
  if (paths.every(([, path]) => path)) return pathsComputer(paths as Array<readonly [string, string[]]>)
  const computers: Array<[string, Computer]> = []
  for (const [name, value] of fields) {
    const compute = attributeComputer(value, view)
    if (!compute) return null
    computers.push([name, compute])
  }
  return (doc) => {
    const row: Record<string, unknown> = {}
    for (const [name, compute] of computers) {
      const v = compute(doc)
      if (v === UNKNOWN) return UNKNOWN
      row[name] = v
    }
    return row
  }
}

// Plain paths only (a sitemap's 50,000 rows): one tight loop, no per-attribute calls.
function pathsComputer(fields: Array<readonly [string, string[]]>): Computer {
  return (doc) => {
    const row: Record<string, unknown> = {}
    for (let i = 0; i < fields.length; i++) row[fields[i][0]] = readPath(doc, fields[i][1]) ?? null
    return row
  }
}

/** Each attribute of an object literal, or null if one is a spread or is defined twice. */
function attributesOf(object: ObjectNode): Array<[string, PlanNode]> | null {
  const fields: Array<[string, PlanNode]> = []
  const names = new Set<string>()
  for (const attr of object.attributes) {
    if (attr.type !== 'ObjectAttributeValue' || names.has(attr.name)) return null
    names.add(attr.name)
    fields.push([attr.name, attr.value])
  }
  return fields
}

/** `*[… == ^.x] | order(…) {…}` per enclosing document: the join's documents, sorted, projected. */
function joinRowsComputer(base: PlanNode, expr: PlanNode, view: View): Computer | null {
  let keys: SortKey[] | null = null
  let source = base
  if (!isLakeNode(base) && isOrder(base)) {
    keys = orderKeysOf(base)
    if (!keys) return null
    source = base.base
  }
  const join = lakeNodeOf(source)
  if (join?.type !== 'LakeJoin' || (join.answer.mode !== 'exact' && join.answer.mode !== 'topk')) return null
  const keyOf = enclosingKey(join)
  const project = objectComputer(expr, view)
  if (!keyOf || !project) return null
  const memo = {}
  return (doc) => {
    const key = keyOf(doc)
    if (typeof key !== 'string') return UNKNOWN
    const docs = answerJoin(join.join, join.answer, key, view, memo)
    if (!Array.isArray(docs)) return UNKNOWN
    const sorted = keys ? sortLikeGroq(docs, keys) : docs
    if (!sorted) return UNKNOWN
    const rows: unknown[] = []
    for (const d of sorted) {
      const row = project(d)
      if (row === UNKNOWN) return UNKNOWN
      rows.push(row)
    }
    return rows
  }
}

/** The join's key as its filter reads it from the enclosing document (`^.<name>`), or null. */
function enclosingKey(join: LakeJoinNode): Computer | null {
  const key = join.join.access.key
  if (key.type !== 'AccessAttribute' || key.base?.type !== 'Parent' || key.base.n !== 1) return null
  const parts = [key.name]
  return (doc) => readPath(doc, parts)
}
