import type {ExprNode} from 'groq-js'
import {randomBytes} from 'node:crypto'
import {compilePredicate, UNKNOWN, type Predicate} from './predicate'
import {firstInOrder, pathOf as pathParts, readPath} from './semantics/paths'
import {planScoredSlice} from './rules/scoredSlice'
import type {SortKey} from '../views/sortedList'
import type {LakeDocument} from '../types'
import type {SortedBucket, View} from '../views/view'

/**
 * Rewrites a parsed query so that each `*[filter]` looks only at candidate documents from the
 * view's indexes, pruned by a conservative JavaScript version of the filter (predicate.ts). The
 * GROQ filter still runs on every candidate it could not decide, and candidates keep dataset
 * order, so the answer is what plain groq-js gives: the rewrite changes cost, never results.
 * Shapes it does not recognise stay full scans.
 *
 * Keys that depend on an enclosing document (`article._ref == ^._id`, `references(^._id)`) are
 * looked up while groq-js evaluates: the base becomes a dereference of a marker id, which the
 * lake's `dereference` hook answers (`resolveMarker`) with the candidates, or with a count.
 */
// A per-process nonce: a stored `_ref` can never be mistaken for a marker.
const MARKER = `\u0000index-${randomBytes(8).toString('hex')}:`

type Node = Record<string, unknown> & {type: string}

type RangeOp = '>' | '>=' | '<' | '<='

interface Access {
  kind: 'field' | 'id' | 'ref' | 'range'
  path: string
  key: Node
  /** For `range`: how the value at `path` compares with the key. */
  op?: RangeOp
  /** The conjunct this access came from: every candidate of its bucket satisfies it. */
  conjunct?: Node
}

interface Marker {
  access: Access
  predicate: Predicate
  /** The filter the predicate decides, as text: counts over a bucket are cached under it. */
  signature: string
  counter?: (key: string) => number | null
  /** list: candidates the predicate did not rule out; exact: all decided, else null; count; topk: exact, sorted, sliced. */
  mode: 'list' | 'exact' | 'count' | 'topk'
  order?: SortKey[]
  range?: [number, number]
}

export interface Plan {
  tree: ExprNode
  markers: Map<string, Marker>
}

export function planQuery(tree: ExprNode, view: View): Plan {
  const markers = new Map<string, Marker>()
  return {tree: rewrite(tree as unknown as Node, view, markers) as unknown as ExprNode, markers}
}

function rewrite(node: unknown, view: View, markers: Map<string, Marker>): unknown {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, view, markers))
  if (!node || typeof node !== 'object') return node
  const n = node as Node
  if (n.type === 'Value') return n
  if (n.type === 'Filter' && (n.base as Node).type === 'Everything') return planFilter(n, view, markers)
  if (n.type === 'Slice') {
    const walked = planSortedSlice(n, view) ?? planScoredSlice(n, view)
    if (walked) return walked
  }
  // `… | order(…)[k]` is `… | order(…)[k...k+1][0]`: planned as the slice it is.
  if (n.type === 'AccessElement' && typeof n.index === 'number' && n.index >= 0 && (n.base as Node)?.type === 'PipeFuncCall' && (n.base as Node).name === 'order') {
    const slice = {type: 'Slice', base: n.base, left: n.index, right: n.index + 1, isInclusive: false}
    return {type: 'AccessElement', base: rewrite(slice, view, markers), index: 0}
  }
  const out: Node = {...n}
  for (const [k, v] of Object.entries(n)) if (v && typeof v === 'object') out[k] = rewrite(v, view, markers)
  if (n.type === 'FuncCall' && n.namespace === 'global' && n.name === 'count') return planCount(n, out, view, markers)
  if (n.type === 'Slice') return planTopK(out, view, markers)
  if (n.type === 'Map') return planPathMap(out)
  return out
}

/**
 * `*[exact filter].article._ref` and `*[exact filter]{"slug": slug.current, _updatedAt}` (a
 * sitemap's 50,000 rows) read in JavaScript: a missing or non-object step is null, as in GROQ.
 */
function planPathMap(out: Node): Node {
  const docs = out.base as Node
  if (docs.type !== 'Value' || !docs.exactFilter) return out
  const path = pathOf(out.expr as Node)
  if (path) {
    const parts = path.split('.')
    return {type: 'Value', value: (docs.value as LakeDocument[]).map((doc) => readPath(doc, parts) ?? null)}
  }
  const projection = out.expr as Node
  if (projection.type !== 'Projection' || (projection.base as Node).type !== 'This' || (projection.expr as Node).type !== 'Object') return out
  const fields: Array<[string, string[]]> = []
  for (const attr of (projection.expr as Node).attributes as Node[]) {
    const attrPath = attr.type === 'ObjectAttributeValue' ? pathOf(attr.value as Node) : null
    if (!attrPath) return out
    fields.push([attr.name as string, attrPath.split('.')])
  }
  const rows = (docs.value as LakeDocument[]).map((doc) => {
    const row: Record<string, unknown> = {}
    for (const [name, parts] of fields) row[name] = readPath(doc, parts) ?? null
    return row
  })
  return {type: 'Value', value: rows}
}

function planFilter(n: Node, view: View, markers: Map<string, Marker>): Node {
  const expr = rewrite(n.expr, view, markers) as Node
  const accesses = conjuncts(n.expr as Node).map(accessOf).filter((a): a is Access | Access[] => a !== null)
  const best = cheapest(accesses, view)
  // Candidates of the chosen bucket satisfy its conjunct: the predicate need not (often cannot,
  // for `^._id`) decide it again.
  const decided = best?.conjunct ? replaceNode(n.expr as Node, best.conjunct, {type: 'Value', value: true}) : (n.expr as Node)
  const predicate = compilePredicate(decided, view)
  if (best && !Array.isArray(best) && best.key.type !== 'Value') {
    const signature = `${best.kind}:${best.path}:${JSON.stringify(decided)}`
    const listId = String(markers.size)
    markers.set(listId, {access: best, predicate, signature, mode: 'list'})
    const exactId = String(markers.size)
    markers.set(exactId, {access: best, predicate, signature, mode: 'exact'})
    // When the predicate decides every candidate, the list is the answer; otherwise groq-js filters.
    return {
      type: 'FuncCall',
      namespace: 'global',
      name: 'coalesce',
      args: [markerDeref(exactId, best.key), {type: 'Filter', base: markerBase(listId, best.key), expr}],
      exactMarkerId: exactId,
    }
  }
  const prune = (candidates: LakeDocument[]) => {
    const kept: LakeDocument[] = []
    let exact = true
    for (const doc of candidates) {
      const t = predicate(doc)
      if (t === true) kept.push(doc)
      else if (t === UNKNOWN) {
        kept.push(doc)
        exact = false
      }
    }
    return {kept, exact}
  }
  const value = best?.key.value
  const bucketed =
    best && !best.key.candidates && (best.kind === 'ref' ? typeof value === 'string' : best.kind === 'field' && ['string', 'number', 'boolean'].includes(typeof value))
  const {kept, exact} = bucketed
    ? view.bucketMemo(best.kind as 'field' | 'ref', best.path, JSON.stringify(decided), prune)(value as string)!
    : prune(best ? constantCandidates(best, view) : view.docs)
  // Every kept document is certain to match: the filter has nothing left to decide.
  if (exact) return {type: 'Value', value: kept, exactFilter: true}
  return {type: 'Filter', base: {type: 'Value', value: kept}, expr}
}

/** `count(*[…])` answered from the index: a constant, or per enclosing document via a marker. */
function planCount(n: Node, out: Node, view: View, markers: Map<string, Marker>): Node {
  const arg = (out.args as Node[])[0]
  if ((out.args as Node[]).length !== 1) return out
  if (arg.type === 'Value' && arg.exactFilter) return {type: 'Value', value: (arg.value as unknown[]).length}
  const original = (n.args as Node[])[0]
  if (typeof arg.exactMarkerId !== 'string' || original.type !== 'Filter' || (original.base as Node).type !== 'Everything') return out
  const listMarker = [arg.exactMarkerId, markers.get(arg.exactMarkerId)!] as const
  const id = String(markers.size)
  markers.set(id, {...listMarker[1], mode: 'count'})
  // The count marker answers null when the predicate could not decide a candidate: then groq-js counts.
  return {type: 'FuncCall', namespace: 'global', name: 'coalesce', args: [markerDeref(id, listMarker[1].access.key), out]}
}

/**
 * `*[filter] | order(keys)[m...n]` with a constant equality in the filter (`_type == "article"`):
 * walks that bucket in sort order (kept sorted by the view) and stops at the n-th match, so the
 * newest page costs a few documents and a deep page costs m, never a sort of the whole bucket.
 */
function planSortedSlice(n: Node, view: View): Node | null {
  const pipe = n.base as Node
  if (pipe?.type !== 'PipeFuncCall' || pipe.name !== 'order') return null
  const filter = pipe.base as Node
  if (filter.type !== 'Filter' || (filter.base as Node).type !== 'Everything') return null
  const keys = orderKeys(pipe)
  if (!keys || typeof n.left !== 'number' || typeof n.right !== 'number' || n.left < 0 || n.right < 0) return null
  const end = n.right + (n.isInclusive ? 1 : 0)
  let best: Access | null = null
  for (const a of conjuncts(filter.expr as Node).map(accessOf)) {
    if (!a || Array.isArray(a) || (a.kind !== 'field' && a.kind !== 'ref') || !a.conjunct || a.key.type !== 'Value') continue
    if (typeof a.key.value !== 'string') continue
    if (!best || constantCost(a, a.key.value, view) < constantCost(best, best.key.value, view)) best = a
  }
  if (!best) return null
  const decided = replaceNode(filter.expr as Node, best.conjunct!, {type: 'Value', value: true})
  const top = walkSorted(best, best.key.value as string, compilePredicate(decided, view), JSON.stringify(decided), keys, [n.left, end], view)
  if (!top) return null
  // Already filtered, in order and sliced: the answer to the whole slice.
  return {type: 'Value', value: top, exactFilter: true}
}

/**
 * The documents [from, to) of the bucket `access == key` that `predicate` keeps, in `keys` order;
 * null when a document cannot be decided or one with a non-string sort value would be kept (GROQ
 * orders mixed types by type first: left to groq-js).
 */
function walkSorted(access: Access, key: string, predicate: Predicate, signature: string, keys: SortKey[], [from, to]: [number, number], view: View): LakeDocument[] | null {
  if (access.kind !== 'field' && access.kind !== 'ref') return null
  const bucket = view.sortedBucket(access.kind, access.path, key, keys)
  for (const id of bucket.others) {
    const t = predicate(view.get(id)!)
    if (t === true || t === UNKNOWN) return null
  }
  if (from >= DEEP_PAGE) return deepPage(bucket, predicate, signature, from, to)
  const kept: LakeDocument[] = []
  for (const {doc} of bucket.list.entries) {
    if (kept.length >= to) break
    const t = predicate(doc)
    if (t === UNKNOWN) return null
    if (t === true) kept.push(doc)
  }
  return kept.slice(from, to)
}

// From this offset on, a page is sliced from the whole filtered list rather than walked to.
const DEEP_PAGE = 500

/**
 * A deep page (`[3000...3012]`) from the bucket's documents that pass the filter, kept in order
 * until the bucket changes: a slice, whatever the page number, as a keyset on the sort keys
 * would be. Built in one pass over the bucket when first asked after a change.
 */
function deepPage(bucket: SortedBucket, predicate: Predicate, signature: string, from: number, to: number): LakeDocument[] | null {
  let memo = bucket.filtered.get(signature)
  if (!memo || memo.version !== bucket.version) {
    let docs: LakeDocument[] | null = []
    for (const {doc} of bucket.list.entries) {
      const t = predicate(doc)
      if (t === UNKNOWN) {
        docs = null
        break
      }
      if (t === true) docs.push(doc)
    }
    if (bucket.filtered.size >= 8) bucket.filtered.clear()
    bucket.filtered.set(signature, (memo = {version: bucket.version, docs}))
  }
  return memo.docs && memo.docs.slice(from, to)
}

function orderKeys(pipe: Node): SortKey[] | null {
  const keys: SortKey[] = []
  for (const arg of pipe.args as Node[]) {
    const path = pathOf(arg.type === 'Asc' || arg.type === 'Desc' ? (arg.base as Node) : arg)
    if (!path) return null
    keys.push({path, desc: arg.type === 'Desc'})
  }
  return keys
}

/** `*[exact filter] | order(a desc, b)[m...n]`: sort in JavaScript and keep only the first n. */
function planTopK(out: Node, view: View, markers: Map<string, Marker>): Node {
  const pipe = out.base as Node
  if (pipe.type !== 'PipeFuncCall' || pipe.name !== 'order') return out
  const source = pipe.base as Node
  if (typeof out.right !== 'number' || typeof out.left !== 'number' || (out.right as number) < 0 || (out.left as number) < 0) return out
  const keys = orderKeys(pipe)
  if (!keys) return out
  const end = (out.right as number) + (out.isInclusive ? 1 : 0)
  if (typeof source.exactMarkerId === 'string') {
    // Correlated (`references(^._id)`): sorted and sliced per enclosing document by the marker.
    const exact = markers.get(source.exactMarkerId)!
    const id = String(markers.size)
    markers.set(id, {...exact, mode: 'topk', order: keys, range: [out.left as number, end]})
    return {type: 'FuncCall', namespace: 'global', name: 'coalesce', args: [markerDeref(id, exact.access.key), out]}
  }
  if (source.type !== 'Value' || !source.exactFilter) return topKOfProjection(out, pipe, keys, end, view, markers) ?? out
  const docs = source.value as LakeDocument[]
  // Only when every sort value is a string, or every one a number: then JavaScript's order is GROQ's.
  const sorted = sortLikeGroq(docs, keys, end)
  if (!sorted) return out
  return {...out, base: {...pipe, base: {type: 'Value', value: sorted, exactFilter: true}}}
}

/**
 * `*[exact]{…, "n": count(*[… == ^._id])}[n > 0] | order(n desc, …)[a...b]` ("Popular"): the sort
 * keys and the filter are computed in JavaScript from the indexes for every document, and only the
 * first b documents go on to groq-js, which projects, filters, sorts and slices them as before.
 * Anything it cannot compute exactly leaves the query as it was.
 */
function topKOfProjection(out: Node, pipe: Node, keys: SortKey[], end: number, view: View, markers: Map<string, Marker>): Node | null {
  let source = pipe.base as Node
  let postFilter: Node | null = null
  if (source.type === 'Filter') {
    postFilter = source.expr as Node
    source = source.base as Node
  }
  const docsNode = source.base as Node
  const projection = source.expr as Node
  if (source.type !== 'Map' || docsNode?.type !== 'Value' || !docsNode.exactFilter) return null
  if (projection?.type !== 'Projection' || (projection.base as Node).type !== 'This' || (projection.expr as Node).type !== 'Object') return null
  const attributes = definitionsOf(projection.expr as Node)
  if (!attributes) return null
  const needed = new Set([...keys.map((k) => k.path.split('.')[0]), ...(postFilter ? attributeNames(postFilter) : [])])
  const computers: Array<[string, (doc: LakeDocument) => unknown]> = []
  for (const name of needed) {
    // A name defined twice (a spread, then an override) is left to groq-js.
    const value = attributes.get(name)?.length === 1 ? attributes.get(name)![0] : null
    const compute = value && computerOf(value, view, markers)
    if (!compute) return null
    computers.push([name, compute])
  }
  const filter = postFilter ? compilePredicate(postFilter) : null
  const keyParts = keys.map((k) => k.path.split('.'))
  const columns: unknown[][] = keys.map(() => [])
  const kept: LakeDocument[] = []
  // One row object, refilled per document: only its sort values are kept.
  const row: Record<string, unknown> = {}
  for (const doc of docsNode.value as LakeDocument[]) {
    for (const [name, compute] of computers) {
      const v = compute(doc)
      if (v === UNKNOWN) return null
      row[name] = v
    }
    const keep = filter ? filter(row) : true
    if (keep === UNKNOWN) return null
    if (keep !== true) continue
    kept.push(doc)
    for (let k = 0; k < keys.length; k++) columns[k].push(readPath(row, keyParts[k]))
  }
  const order = orderLikeGroq(columns, kept.length, keys, end)
  if (!order) return null
  const top = order.map((i) => kept[i])
  return {...out, base: {...pipe, base: {...(pipe.base as Node), ...(postFilter ? {base: {...source, base: {type: 'Value', value: top}}} : {base: {type: 'Value', value: top}})}}}
}

/**
 * Every attribute an object literal defines, spreads of object literals included (`{...{_id,
 * title}, "recent": …}`: the spread is evaluated in the same scope). Null for a spread of
 * anything else, whose attributes cannot be known here.
 */
function definitionsOf(object: Node, into = new Map<string, Node[]>()): Map<string, Node[]> | null {
  for (const attr of object.attributes as Node[]) {
    if (attr.type === 'ObjectAttributeValue') into.set(attr.name as string, [...(into.get(attr.name as string) ?? []), attr.value as Node])
    else if (attr.type !== 'ObjectSplat' || (attr.value as Node).type !== 'Object' || !definitionsOf(attr.value as Node, into)) return null
  }
  return into
}

function attributeNames(node: unknown, names: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => attributeNames(n, names))
  else if (node && typeof node === 'object') {
    const n = node as Node
    if (n.type === 'AccessAttribute' && !n.base) names.push(n.name as string)
    Object.values(n).forEach((v) => v && typeof v === 'object' && attributeNames(v, names))
  }
  return names
}

/** A JavaScript way to compute a projected attribute: a path of the document, or an indexed count. */
function computerOf(value: Node, view: View, markers: Map<string, Marker>): ((doc: LakeDocument) => unknown) | null {
  const path = pathOf(value)
  if (path) {
    const parts = path.split('.')
    return (doc) => readPath(doc, parts) ?? null
  }
  const deref = value.type === 'FuncCall' && value.name === 'coalesce' ? ((value.args as Node[])[0] as Node) : null
  const ref = deref?.type === 'Deref' ? ((((deref.base as Node).attributes as Node[])[0].value as Node).left as Node)?.value : null
  if (typeof ref !== 'string' || !ref.startsWith(MARKER)) return null
  const marker = markers.get(ref.slice(MARKER.length, -1))
  const key = marker?.access.key
  // The key as the count's filter sees it from the projected document: `^.<path>`.
  const keyPath = key?.type === 'AccessAttribute' && (key.base as Node)?.type === 'Parent' && (key.base as Node).n === 1 ? (key.name as string) : null
  if (!marker || marker.mode !== 'count' || !keyPath) return null
  const counter = matchCounter(marker, view)
  const parts = keyPath.split('.')
  return (doc) => {
    const k = readPath(doc, parts)
    if (typeof k !== 'string') return UNKNOWN
    return counter(k) ?? UNKNOWN
  }
}

/** How many candidates for a key the marker's filter keeps; null when the predicate cannot decide one. */
function matchCounter(marker: Marker, view: View): (key: string) => number | null {
  const count = (docs: LakeDocument[]) => {
    let n = 0
    for (const doc of docs) {
      const t = marker.predicate(doc)
      if (t === UNKNOWN) return null
      if (t === true) n++
    }
    return n
  }
  const {kind, path} = marker.access
  if (kind === 'field' || kind === 'ref') return view.bucketMemo(kind, path, marker.signature, count) as (key: string) => number | null
  return (key) => count(lookup(marker.access, key, view) ?? [])
}

/** Sorted as GROQ's order() would, when every sort value is a string, or every one a number; else null. */
function sortLikeGroq(docs: LakeDocument[], keys: SortKey[], limit = Infinity): LakeDocument[] | null {
  // Each document's sort values are read once (paths split once), then compared.
  const columns = keys.map(({path}) => {
    const parts = path.split('.')
    return docs.map((doc) => readPath(doc, parts))
  })
  const order = orderLikeGroq(columns, docs.length, keys, limit)
  return order && order.map((i) => docs[i])
}

/** The first `limit` row numbers in GROQ order of the sort columns, or null unless each column is all strings or all numbers. */
function orderLikeGroq(columns: unknown[][], rows: number, keys: SortKey[], limit: number): number[] | null {
  for (const column of columns) {
    const types = new Set(column.map((v) => typeof v))
    if (types.size > 1 || !(types.has('string') || types.has('number') || types.size === 0)) return null
  }
  // Ties keep dataset order, as GROQ's stable sort does.
  const compare = (x: number, y: number) => {
    for (let k = 0; k < keys.length; k++) {
      const a = columns[k][x] as string | number
      const b = columns[k][y] as string | number
      if (a !== b) return (a < b ? -1 : 1) * (keys[k].desc ? -1 : 1)
    }
    return x - y
  }
  return firstInOrder(rows, limit, compare)
}

function replaceNode(node: Node, target: Node, replacement: Node): Node {
  if (node === target) return replacement
  if (node.type === 'And' || node.type === 'Group') {
    const out: Node = {...node}
    for (const k of ['left', 'right', 'base'] as const) if (node[k]) out[k] = replaceNode(node[k] as Node, target, replacement)
    return out
  }
  return node
}

function conjuncts(expr: Node): Node[] {
  if (expr.type === 'Group') return conjuncts(expr.base as Node)
  return expr.type === 'And' ? [...conjuncts(expr.left as Node), ...conjuncts(expr.right as Node)] : [expr]
}

/** `path == key`, `key == path`, `path in [consts]`, `references(key)`, with a key independent of `@`. */
function accessOf(c: Node): Access | Access[] | null {
  if (c.type === 'OpCall' && c.op === '==') {
    for (const [side, other] of [[c.left, c.right], [c.right, c.left]] as Node[][]) {
      const path = pathOf(side)
      // Only a string key is exact: a bucket holds equal strings (numbers and booleans stay checked).
      if (path && independent(other)) return {kind: path === '_id' ? 'id' : 'field', path, key: other, conjunct: exactKey(other) ? c : undefined}
    }
  }
  if (c.type === 'OpCall' && RANGE_FLIP[c.op as RangeOp]) {
    // `createdAt > "2026-…"`: a string bound only (other types compare as null with strings).
    const [left, right] = [c.left as Node, c.right as Node]
    const path = pathOf(left)
    if (path && right.type === 'Value' && typeof right.value === 'string') return {kind: 'range', path, op: c.op as RangeOp, key: right, conjunct: c}
    const flipped = pathOf(right)
    if (flipped && left.type === 'Value' && typeof left.value === 'string') return {kind: 'range', path: flipped, op: RANGE_FLIP[c.op as RangeOp], key: left, conjunct: c}
  }
  if (c.type === 'OpCall' && c.op === 'in') {
    const path = pathOf(c.left as Node)
    const right = c.right as Node
    if (path && right.type === 'Value' && Array.isArray(right.value)) {
      const values = right.value as unknown[]
      const exact = values.every((v) => typeof v === 'string') ? c : undefined
      return values.map((v) => ({kind: path === '_id' ? 'id' : 'field', path, key: {type: 'Value', value: v}, conjunct: exact}) as Access)
    }
  }
  if (c.type === 'FuncCall' && c.namespace === 'global' && c.name === 'references') {
    const args = c.args as Node[]
    const arg = args[0]
    if (args.length === 1 && arg.type === 'Value' && Array.isArray(arg.value) && arg.value.every((v) => typeof v === 'string')) {
      return (arg.value as string[]).map((v) => ({kind: 'ref', path: '', key: {type: 'Value', value: v}, conjunct: c}) as Access)
    }
    if (args.length === 1 && independent(arg)) return {kind: 'ref', path: '', key: arg, conjunct: exactKey(arg) ? c : undefined}
  }
  return null
}

const RANGE_FLIP: Record<RangeOp, RangeOp> = {'>': '<', '>=': '<=', '<': '>', '<=': '>='}

/** A constant string, or an enclosing document's attribute (the marker only resolves strings). */
function exactKey(key: Node): boolean {
  return key.type === 'Value' ? typeof key.value === 'string' : key.type !== 'Parameter'
}

/** `a.b.c` read from the element itself, as a dotted path, or null. */
function pathOf(node: Node): string | null {
  return pathParts(node)?.join('.') ?? null
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

function cheapest(accesses: Array<Access | Access[]>, view: View): Access | null {
  let best: {cost: number; access: Access} | null = null
  for (const access of accesses) {
    const option = Array.isArray(access) ? unionAccess(access, view) : {cost: costOf(access, view), access}
    if (option && (!best || option.cost < best.cost)) best = option
  }
  return best?.access ?? null
}

/** An `in` list becomes one constant access whose candidates are the union of its buckets. */
function unionAccess(accesses: Access[], view: View): {cost: number; access: Access} | null {
  if (!accesses.every((a) => a.key.type === 'Value')) return null
  const seen = new Set<LakeDocument>()
  for (const a of accesses) for (const doc of constantCandidates(a, view)) seen.add(doc)
  const docs = [...seen].sort((x, y) => view.positionOf(x._id) - view.positionOf(y._id))
  return {cost: docs.length, access: {kind: 'field', path: '', key: {type: 'Value', value: docs, candidates: true}, conjunct: accesses[0]?.conjunct}}
}

function costOf(a: Access, view: View): number {
  if (a.key.type === 'Value') return constantCost(a, a.key.value, view)
  return a.kind === 'id' ? 1 : a.kind === 'ref' ? 8 : view.size / Math.max(1, view.distinctValues(a.path))
}

/** Bucket sizes only: resolving a large bucket just to learn its size would cost more than it saves. */
function constantCost(a: Access, value: unknown, view: View): number {
  if (a.key.candidates) return (a.key.value as unknown[]).length
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return view.size
  if (a.kind === 'id') return 1
  if (a.kind === 'ref') return typeof value === 'string' ? view.countByReference(value) : view.size
  if (a.kind === 'range') return typeof value === 'string' ? view.countRange(a.path, a.op!, value) : view.size
  return view.countByField(a.path, value)
}

function constantCandidates(a: Access, view: View): LakeDocument[] {
  if (a.key.candidates) return a.key.value as LakeDocument[]
  return lookup(a, a.key.value, view) ?? view.docs
}

function lookup(a: Access, value: unknown, view: View): LakeDocument[] | null {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null
  if (a.kind === 'id') {
    const doc = typeof value === 'string' ? view.get(value) : undefined
    return doc ? [doc] : []
  }
  if (a.kind === 'ref') return typeof value === 'string' ? view.byReference(value) : null
  if (a.kind === 'range') return typeof value === 'string' ? view.byRange(a.path, a.op!, value) : null
  return view.byField(a.path, value)
}

function markerDeref(id: string, key: Node): Node {
  // The key is evaluated inside a projection: a nested scope, as the filter's elements see it, so
  // `^` means the same document here as inside the filter (hidden `[]` scopes included).
  const keyAsElementSees = {type: 'Projection', base: {type: 'Value', value: {}}, expr: key}
  const ref = {type: 'OpCall', op: '+', left: {type: 'Value', value: `${MARKER}${id}:`}, right: keyAsElementSees}
  return {type: 'Deref', base: {type: 'Object', attributes: [{type: 'ObjectAttributeValue', name: '_ref', value: ref}]}}
}

/** A key that is not a string (null, a number) falls back to the full scan. */
function markerBase(id: string, key: Node): Node {
  return {type: 'FuncCall', namespace: 'global', name: 'coalesce', args: [markerDeref(id, key), {type: 'Everything'}]}
}

/** The `dereference` hook's answer for a marker id, or undefined for an ordinary reference. */
export function resolveMarker(ref: string, view: View, markers: Map<string, Marker>): LakeDocument[] | number | null | undefined {
  if (!ref.startsWith(MARKER)) return undefined
  const rest = ref.slice(MARKER.length)
  const colon = rest.indexOf(':')
  const marker = markers.get(rest.slice(0, colon))
  if (!marker) return null
  const key = rest.slice(colon + 1)
  if (marker.mode === 'count') return (marker.counter ??= matchCounter(marker, view))(key)
  if (marker.mode === 'topk') {
    const walked = walkSorted(marker.access, key, marker.predicate, marker.signature, marker.order!, marker.range!, view)
    if (walked) return walked
  }
  const candidates = lookup(marker.access, key, view) ?? []
  if (marker.mode === 'list') return candidates.filter((doc) => marker.predicate(doc) !== false && marker.predicate(doc) !== null)
  const matching: LakeDocument[] = []
  for (const doc of candidates) {
    const t = marker.predicate(doc)
    if (t === UNKNOWN) return null
    if (t === true) matching.push(doc)
  }
  if (marker.mode === 'exact') return matching
  const sorted = sortLikeGroq(matching, marker.order!, marker.range![1])
  return sorted ? sorted.slice(marker.range![0]) : null
}
