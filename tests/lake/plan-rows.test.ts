/** @jest-environment node */
/**
 * A page of comment threads with their replies, three levels deep, is answered by the planner in
 * JavaScript (query/rows.ts): groq-js is handed a constant, equal to what it would have computed.
 * Where the answer is not certain (a sort over values of mixed types) the query is left to groq-js.
 */
import {parse} from 'groq-js'
import {threadPageQueries} from '@/lib/queries/commentPages'
import {generateArchive, hotArticleId} from '@/sanity/sample/archive/generate'
import {Lake} from '@/sanity/lake/lake'
import {planQuery} from '@/sanity/lake/query/plan'
import {LakeStore} from '@/sanity/lake/store/store'
import type {LakeDocument} from '@/sanity/lake/types'

let lake: Lake
const articleId = hotArticleId(30)

beforeAll(() => {
  const store = new LakeStore(':memory:')
  const docs = [...generateArchive({articles: 30, comments: 200, seed: 3, hotComments: 400})] as LakeDocument[]
  store.commit({
    id: 'archive',
    timestamp: new Date().toISOString(),
    author: 'test',
    changes: docs.map((d) => ({id: d._id, before: null, after: {...d, _rev: 'r'}})),
  })
  lake = new Lake(store)
})

const plannedTree = (query: string, params: Record<string, unknown>) =>
  planQuery(parse(query, {params}), lake.views.view('published', false)).tree

test('the thread page is one constant, with replies at every level, equal to groq-js', async () => {
  const params = {articleId, start: 0, end: 50}
  const tree = plannedTree(threadPageQueries.oldest, params)
  expect(tree.type).toBe('Object')
  const threads = tree.type === 'Object' ? tree.attributes[0] : null
  expect(threads?.type === 'ObjectAttributeValue' && threads.value.type).toBe('Value')

  const indexed = (await lake.query(threadPageQueries.oldest, params, 'published', false, true)) as {
    threads: Array<{replies: Array<{replies: unknown[]}>}>
  }
  const plain = await lake.query(threadPageQueries.oldest, params, 'published', false, false)
  expect(indexed).toEqual(plain)
  // The case is not vacuous: the page has replies, and replies to replies.
  expect(indexed.threads.some((t) => t.replies.some((r) => r.replies.length > 0))).toBe(true)
})

test('a sort the planner cannot be sure of is left to groq-js', async () => {
  const query = `*[_type == "comment" && article._ref == $articleId && !defined(parent)][0...5]{
    _id, "replies": *[_type == "comment" && parent._ref == ^._id] | order(nope asc){_id}}`
  const tree = plannedTree(query, {articleId})
  expect(tree.type).not.toBe('Value')
  const indexed = await lake.query(query, {articleId}, 'published', false, true)
  expect(indexed).toEqual(await lake.query(query, {articleId}, 'published', false, false))
})
