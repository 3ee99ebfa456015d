/** @jest-environment node */
/**
 * A guarded query (every HTTP query) rewrites its scans into pausable, abortable streams: it must
 * answer exactly what the unguarded evaluation does, on a dataset large enough (over 256 public
 * documents) that scans are streamed, with the indexes on and off.
 */
import {join} from 'node:path'
import {generateArchive} from '@/sanity/sample/archive/generate'
import {siteQueries} from '@/lib/queries/siteQueries'
import {Lake} from '@/sanity/lake/lake'
import {importNdjson} from '@/sanity/lake/store/ndjson'
import {QueryGuard} from '@/sanity/lake/server/queryGuard'
import {LakeStore} from '@/sanity/lake/store/store'
import type {LakeDocument} from '@/sanity/lake/types'

// Without indexes a nested scan is quadratic: seconds per query here, more on a busy machine.
jest.setTimeout(120_000)

let lake: Lake

beforeAll(async () => {
  const store = new LakeStore(':memory:')
  await importNdjson(store, join(process.cwd(), 'sanity/sample/edition.ndjson'))
  const docs = [...generateArchive({articles: 30, comments: 250, seed: 11})] as LakeDocument[]
  const changes = docs.map((d) => ({id: d._id, before: null, after: {...d, _rev: 'r'}}))
  store.commit({id: 'archive', timestamp: new Date().toISOString(), author: 'test', changes})
  lake = new Lake(store)
})

const guard = () => new QueryGuard({timeoutMs: 60_000})

async function expectSameAnswers(query: string, params: Record<string, unknown>, modes = [true, false]) {
  for (const indexed of modes) {
    const plain = await lake.query(query, params, 'published', false, indexed)
    const guarded = await lake.query(query, params, 'published', false, indexed, guard())
    expect(guarded).toEqual(plain)
  }
}

const sample = {
  articleSlug: 'druk-nato-nexus',
  articleId: 'article-druk-nato-nexus',
  topicIds: ['topic-geopolitics', 'archive-topic-2'],
  authorSlug: 'karma-choden',
  topicSlug: 'geopolitics',
  since: '2026-01-01T00:00:00Z',
  deep: 40,
  commentId: 'comment-druk-nato-nexus-03',
}

test('the dataset is large enough for scans to be streamed', async () => {
  expect(await lake.query('count(*)', {}, 'published', false)).toBeGreaterThan(300)
})

// As HTTP serves them, with the indexes: unindexed, the ranking queries are quadratic and take
// minutes on a loaded CI machine. The shapes below cover the unindexed, streamed scans.
describe('every site query', () => {
  for (const q of siteQueries(sample)) test(q.name, () => expectSameAnswers(q.query, q.params, [true]))
})

const SHAPES: Array<[string, Record<string, unknown>]> = [
  ['*[]._id', {}],
  ['count(*)', {}],
  ['count(*[])', {}],
  ['*[0...5]._id', {}],
  ['*[-3..-1]._id', {}],
  ['*[defined(body) && length(pt::text(body)) > 10][0...8]{_id, "n": length(pt::text(body))}', {}],
  ['*{_id, "t": coalesce(title, authorName)}[t != null] | order(t asc)[0...10]', {}],
  ['*[_type == "comment" && body match "treaty"]._id', {}],
  ['*[_type == "comment"]{_id, "a": article->title}[0...20]', {}],
  ['*[_type == "article"]{_id, "n": count(*[_type == "comment" && article._ref == ^._id])} | order(n desc)[0...5]', {}],
  ['*[_type == "article"][0...3]{_id, "others": *[_type == "article" && _id != ^._id][0...2]._id}', {}],
  ['*[]{_type}[_type == "topic"]', {}],
  ['array::unique(*[]._type)', {}],
  ['*[_type in ["author", "topic"]] | order(_id desc)._id', {}],
  ['*[]->', {}],
  ['[...*[_type == "topic"], ...*[_type == "author"]]._id', {}],
  ['*[_id in *[_type == "comment" && status == "approved"].article._ref]._id', {}],
  ['*[_type == "article" && references(*[_type == "topic"][0]._id)]._id', {}],
  ['*[_type == $t]{_id} | order(_id asc)[$from...$to]', {t: 'comment', from: 10, to: 20}],
]

describe('generic shapes over full scans', () => {
  // A filter with a scan inside it is a scan per document without indexes: minutes on a loaded CI
  // machine. Those run with the indexes only; the others cover unindexed, streamed scans.
  for (const [query, params] of SHAPES) {
    const nestedInFilter = /\*\[[^\]]*\*\[/.test(query)
    test(query, () => expectSameAnswers(query, params, nestedInFilter ? [true] : [true, false]))
  }
})
