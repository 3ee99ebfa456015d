import {pathOf} from '../ast'
import {lakeNodeOf, type PlanNode} from '../lakeNodes'
import {objectComputer} from '../rows'
import {readPath as importedReadPath} from '../semantics/paths'
import {UNKNOWN} from '../semantics/truth'
import type {PlanContext} from './context'

// Local bindings for names used per document: once tsx compiles this to CommonJS, an imported
// name is read through a getter on every use.
const readPath = importedReadPath

/**
 * A path or a projection of a planned list, read in JavaScript: `*[exact filter].article._ref`,
 * a sitemap's 50,000 `{"slug": slug.current, _updatedAt}` rows, a page of comment threads with
 * their replies three levels deep (rows.ts says what a projection may hold). A missing or
 * non-object step is null, as in GROQ. Anything rows.ts cannot be sure of is left to groq-js.
 */
export function pathMap(node: PlanNode, {view}: PlanContext): PlanNode | null {
  if (node.type !== 'Map') return null
  const docs = lakeNodeOf(node.base)
  if (docs?.type !== 'LakeList') return null
  const path = pathOf(node.expr)
  if (path) return {type: 'Value', value: docs.docs.map((doc) => readPath(doc, path) ?? null)}
  const project = objectComputer(node.expr, view)
  if (!project) return null
  const rows: unknown[] = []
  for (const doc of docs.docs) {
    const row = project(doc)
    if (row === UNKNOWN) return null
    rows.push(row)
  }
  return {type: 'Value', value: rows}
}
