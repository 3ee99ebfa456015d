import {pathOf} from '../ast'
import {lakeNodeOf, type PlanNode} from '../lakeNodes'
import {readPath as importedReadPath} from '../semantics/paths'

// Local bindings for names used per document: once tsx compiles this to CommonJS, an imported
// name is read through a getter on every use.
const readPath = importedReadPath

/**
 * `*[exact filter].article._ref` and `*[exact filter]{"slug": slug.current, _updatedAt}` (a
 * sitemap's 50,000 rows) read in JavaScript: a missing or non-object step is null, as in GROQ.
 */
export function pathMap(node: PlanNode): PlanNode | null {
  if (node.type !== 'Map') return null
  const docs = lakeNodeOf(node.base)
  if (docs?.type !== 'LakeList') return null
  const path = pathOf(node.expr)
  if (path) return {type: 'Value', value: docs.docs.map((doc) => readPath(doc, path) ?? null)}
  const projection = node.expr
  if (projection.type !== 'Projection' || projection.base.type !== 'This') return null
  if (projection.expr.type !== 'Object') return null
  const fields: Array<[string, string[]]> = []
  for (const attr of projection.expr.attributes) {
    const attrPath = attr.type === 'ObjectAttributeValue' ? pathOf(attr.value) : null
    if (attr.type !== 'ObjectAttributeValue' || !attrPath) return null
    fields.push([attr.name, attrPath])
  }
  const rows = docs.docs.map((doc) => {
    const row: Record<string, unknown> = {}
    for (const [name, parts] of fields) row[name] = readPath(doc, parts) ?? null
    return row
  })
  return {type: 'Value', value: rows}
}
