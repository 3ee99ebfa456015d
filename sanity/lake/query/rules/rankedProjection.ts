import type {ExprNode, ObjectNode} from 'groq-js'
import type {LakeDocument} from '../../types'
import {forEachChild, isOrder, orderKeysOf, sliceEnd} from '../ast'
import {lakeNodeOf, type PlanNode} from '../lakeNodes'
import {compilePredicate} from '../predicate'
import {attributeComputer} from '../rows'
import {orderLikeGroq} from '../semantics/ordering'
import {readPath as importedReadPath} from '../semantics/paths'
import {UNKNOWN as importedUNKNOWN} from '../semantics/truth'
import type {PlanContext} from './context'

// Local bindings for names used per document: once tsx compiles this to CommonJS, an imported
// name is read through a getter on every use.
const readPath = importedReadPath
const UNKNOWN: typeof importedUNKNOWN = importedUNKNOWN

/**
 * `*[exact]{…, "n": count(*[… == ^._id])}[n > 0] | order(n desc, …)[a...b]` ("Popular"): the sort
 * keys and the filter are computed in JavaScript from the indexes for every document, and only the
 * first b documents go on to groq-js, which projects, filters, sorts and slices them as before.
 * Anything it cannot compute exactly leaves the query as it was. Applied after the slice's
 * insides are planned.
 */
export function rankedProjection(node: PlanNode, {view}: PlanContext): PlanNode | null {
  if (node.type !== 'Slice' || !isOrder(node.base)) return null
  const pipe = node.base
  const keys = orderKeysOf(pipe)
  const end = sliceEnd(node)
  if (!keys || end === null) return null
  const outer = pipe.base
  let source = outer
  let postFilter: ExprNode | null = null
  if (outer.type === 'Filter') {
    postFilter = outer.expr
    source = outer.base
  }
  if (source.type !== 'Map') return null
  const docsNode = lakeNodeOf(source.base)
  const projection = source.expr
  if (docsNode?.type !== 'LakeList') return null
  if (projection.type !== 'Projection' || projection.base.type !== 'This') return null
  if (projection.expr.type !== 'Object') return null
  const attributes = definitionsOf(projection.expr)
  if (!attributes) return null
  const needed = new Set([...keys.map((k) => k.path[0]), ...(postFilter ? attributeNames(postFilter) : [])])
  const computers: Array<[string, (doc: LakeDocument) => unknown]> = []
  for (const name of needed) {
    // A name defined twice (a spread, then an override) is left to groq-js.
    const value = attributes.get(name)?.length === 1 ? attributes.get(name)![0] : null
    const compute = value && attributeComputer(value, view)
    if (!compute) return null
    computers.push([name, compute])
  }
  const filter = postFilter ? compilePredicate(postFilter) : null
  const columns: unknown[][] = keys.map(() => [])
  const kept: LakeDocument[] = []
  // One row object, refilled per document: only its sort values are kept.
  const row: Record<string, unknown> = {}
  for (const doc of docsNode.docs) {
    for (const [name, compute] of computers) {
      const v = compute(doc)
      if (v === UNKNOWN) return null
      row[name] = v
    }
    const keep = filter ? filter(row) : true
    if (keep === UNKNOWN) return null
    if (keep !== true) continue
    kept.push(doc)
    for (let k = 0; k < keys.length; k++) columns[k].push(readPath(row, keys[k].path))
  }
  const order = orderLikeGroq(columns, kept.length, keys, end)
  if (!order) return null
  const top: ExprNode = {type: 'Value', value: order.map((i) => kept[i])}
  const mapped: ExprNode = {...source, base: top}
  return {...node, base: {...pipe, base: outer.type === 'Filter' ? {...outer, base: mapped} : mapped}}
}

/**
 * Every attribute an object literal defines, spreads of object literals included (`{...{_id,
 * title}, "recent": …}`: the spread is evaluated in the same scope). Null for a spread of
 * anything else, whose attributes cannot be known here.
 */
function definitionsOf(object: ObjectNode, into = new Map<string, PlanNode[]>()): Map<string, PlanNode[]> | null {
  for (const attr of object.attributes) {
    if (attr.type === 'ObjectAttributeValue') into.set(attr.name, [...(into.get(attr.name) ?? []), attr.value])
    else if (attr.type !== 'ObjectSplat' || attr.value.type !== 'Object') return null
    else if (!definitionsOf(attr.value, into)) return null
  }
  return into
}

/** The attributes of the element (`n` in `[n > 0]`) an expression reads. */
function attributeNames(node: ExprNode, names: string[] = []): string[] {
  if (node.type === 'AccessAttribute' && !node.base) names.push(node.name)
  forEachChild(node, (child) => attributeNames(child, names))
  return names
}
