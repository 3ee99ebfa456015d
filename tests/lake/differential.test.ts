/** @jest-environment node */
/**
 * The indexed query path must answer exactly as plain groq-js does over the same dataset: every
 * query the site sends, plus generic GROQ shapes, on a synthetic archive with the sample edition.
 */
import {join} from 'node:path'
import {generateArchive, hotArticleId} from '@/sanity/sample/archive/generate'
import {siteQueries} from '@/lib/queries/siteQueries'
import {authorPageQuery} from '@/lib/queries/author'
import {latestArticlesQuery} from '@/lib/queries/latest'
import {topicPageQuery} from '@/lib/queries/topic'
import {Lake} from '@/sanity/lake/lake'
import {importNdjson} from '@/sanity/lake/store/ndjson'
import {LakeStore} from '@/sanity/lake/store/store'
import type {LakeDocument, Perspective} from '@/sanity/lake/types'

let lake: Lake

beforeAll(async () => {
  const store = new LakeStore(':memory:')
  await importNdjson(store, join(process.cwd(), 'sanity/sample/edition.ndjson'))
  const docs = [...generateArchive({articles: 40, comments: 260, seed: 7, hotComments: 180})] as LakeDocument[]
  store.commit({
    id: 'archive',
    timestamp: new Date().toISOString(),
    author: 'test',
    changes: docs.map((d) => ({id: d._id, before: null, after: {...d, _rev: 'r'}})),
  })
  lake = new Lake(store)
  // A few writes after the views exist, so incremental maintenance is exercised too.
  lake.views.view('published', false)
  lake.views.view('drafts', true)
  await lake.mutate(
    [
      {patch: {id: 'archive-comment-3', set: {status: 'approved'}}},
      {patch: {id: 'archive-article-10', set: {'slug.current': 'renamed-ten'}}},
      {delete: {id: 'archive-comment-4'}},
      {
        createOrReplace: {
          _id: 'drafts.archive-article-11',
          _type: 'article',
          title: 'A draft title',
          slug: {_type: 'slug', current: 'draft-eleven'},
        },
      },
    ],
    {author: 'test'},
  )
})

async function both(
  query: string,
  params: Record<string, unknown> = {},
  perspective: Perspective = 'published',
  canReadPrivate = false,
) {
  const indexed = await lake.query(query, params, perspective, canReadPrivate, true)
  const plain = await lake.query(query, params, perspective, canReadPrivate, false)
  return {indexed, plain}
}

const sample = {
  articleSlug: 'druk-nato-nexus',
  articleId: 'article-druk-nato-nexus',
  topicIds: ['topic-geopolitics', 'archive-topic-2'],
  authorSlug: 'karma-choden',
  topicSlug: 'geopolitics',
  since: '2026-01-01T00:00:00Z',
  deep: 30,
  commentId: 'comment-druk-nato-nexus-03',
}

describe('every site query', () => {
  const archiveSample = {
    ...sample,
    articleSlug: 'renamed-ten',
    articleId: 'archive-article-10',
    topicSlug: 'archive-economy',
    since: '2026-10-01T00:00:00Z',
    commentId: 'archive-comment-3',
    hotArticleId: hotArticleId(40),
  }
  for (const s of [sample, archiveSample]) {
    for (const q of siteQueries(s)) {
      test(`${q.name} (${s.articleSlug})`, async () => {
        const {indexed, plain} = await both(q.query, q.params)
        expect(indexed).toEqual(plain)
      })
    }
  }
})

const GENERIC: Array<[string, Record<string, unknown>]> = [
  ['*[_type == "comment" && status == "approved"]._id', {}],
  ['*[_type == $t && status in ["pending", "spam"]]{_id, status}', {t: 'comment'}],
  ['*[_id in $ids]{_id}', {ids: ['archive-article-1', 'article-druk-nato-nexus', 'nope', 'archive-comment-9']}],
  ['count(*[_type == "article"])', {}],
  ['count(*[_type == "comment" && article._ref == "archive-article-39"])', {}],
  ['*[_type == "article"] | order(publishedAt desc, _id asc) [5...12]{_id, publishedAt}', {}],
  ['*[_type == "article"] | order(title asc) [0...5].title', {}],
  ['*[_type == "article" && publishedAt > "2022-01-01"] | order(publishedAt asc)[0..3]._id', {}],
  [
    '*[_type == "article"][0...40]{_id, "n": count(*[_type == "comment" && article._ref == ^._id && status == "approved"]), "a": author->name}',
    {},
  ],
  [
    '*[_type == "topic"]{title, "latest": *[_type == "article" && references(^._id)] | order(publishedAt desc)[0...2]._id}',
    {},
  ],
  ['*[references("archive-topic-3")][0...10]._id', {}],
  ['*[references(["archive-topic-3", "topic-economy"]) && _type == "article"]._id', {}],
  ['*[_type == "comment" && defined(parent)][0...20]{_id, "p": parent->authorName}', {}],
  ['*[_type == "comment" && !(status == "approved") && length(body) > 100][0...10]._id', {}],
  ['*[_type == "article" && (title match "border*" || dek match "treaty")][0...10]._id', {}],
  ['*[slug.current == $s][0]{title, "c": *[_type == "comment" && article._ref == ^._id]{_id}}', {s: 'druk-nato-nexus'}],
  ['*[_type == "article" && _id in *[_type == "comment" && status == "spam"].article._ref][0...15]._id', {}],
  ['*[_type == "comment" && status == null]._id', {}],
  [
    '*[_type == "article"]{_id, "related": related[]->{_id, "n": count(*[_type == "comment" && article._ref == ^._id])}}[defined(related)]',
    {},
  ],
  [
    '*[_type == "author"]{name, "count": count(*[_type == "article" && author._ref == ^._id])} | order(count desc, name asc)[0...5]',
    {},
  ],
  ['*[_type == "comment" && createdAt >= $since]{_id, createdAt}', {since: '2026-06-01T00:00:00Z'}],
  ['*["2026-09-01" < createdAt && _type == "comment"]._id', {}],
  ['count(*[createdAt <= "2024-01-01T00:00:00Z"])', {}],
  ['*[_type == "comment" && createdAt > 5]._id', {}],
  ['*[_type == "comment"][0...30].article._ref', {}],
  ['*[_type == "comment"][0...30].parent._ref', {}],
  ['*[_type == "article"] | order(publishedAt desc, _id desc) [30...36]._id', {}],
  ['*[_type == "article"] | order(publishedAt desc) [0..2]{_id, publishedAt}', {}],
  ['*[_type == "article" && author._ref == "archive-author-1"] | order(publishedAt asc, _id asc) [2...5]._id', {}],
  ['*[_type == "article" && references("archive-topic-3")] | order(title desc) [0...4].title', {}],
  [
    '*[_type == "article"]{...{_id, publishedAt}, "m": count(*[_type == "comment" && article._ref == ^._id && status == "approved"])}[m > 0] | order(m desc, publishedAt desc)[0...4]',
    {},
  ],
  ['*[_type == "article"] | order(topics.length desc, _id asc)[0...5]._id', {}],
  ['*[_type == "article"] | order(_updatedAt desc)[0]._updatedAt', {}],
  ['*[_type == "article" && dateTime(publishedAt) > dateTime("2026-01-01T00:00:00Z")]._id', {}],
  ['*[_type == "article" && !(dateTime(publishedAt) < dateTime($since))]._id', {since: '2025-06-01T12:00:00+02:00'}],
  ['*[_type == "comment" && dateTime(createdAt) >= dateTime("2026-13-45T00:00:00Z")]._id', {}],
  ['*[_type == "comment" && !(dateTime(authorName) < dateTime("2030-01-01T00:00:00Z"))][0...5]._id', {}],
  ['*[dateTime(publishedAt) <= dateTime("2025-06-01T00:00:00.5Z")] | order(publishedAt desc)[0...5]._id', {}],
  ['*[_type == "article"] | order(publishedAt asc)[3]{_id, publishedAt}', {}],
  ['*[_type == "article"] | order(publishedAt asc)[100000]', {}],
  ['*[_type == "article"]{"slug": slug.current, _updatedAt, "t": topics}[0...3]', {}],
  ['*[_type == "comment"]{"a": article._ref, "missing": nope.deeper, "arr": topics.length}', {}],
  ['*[_type == "article"][0...5].topics.length', {}],
  [
    '*[_type == "article"]{...{_id, "m": 100}, "m": count(*[_type == "comment" && article._ref == ^._id])}[m > 1] | order(m desc, _id asc)[0...3]',
    {},
  ],
  // Projections computed in JavaScript (query/rows.ts): nested joins, their counts, and the cases left to groq-js.
  [
    '*[_type == "comment" && article._ref == "archive-article-39" && !defined(parent)] | order(createdAt asc, _id asc)[0...10]{_id, createdAt, "replies": *[_type == "comment" && parent._ref == ^._id] | order(createdAt asc, _id asc){_id, status, "n": count(*[_type == "comment" && parent._ref == ^._id]), "replies": *[_type == "comment" && parent._ref == ^._id]{_id}}}',
    {},
  ],
  [
    '*[_type == "comment" && article._ref == "archive-article-39" && !defined(parent)][0...10]{_id, "replies": *[_type == "comment" && parent._ref == ^._id] | order(nope asc){_id}}',
    {},
  ],
  [
    '*[_type == "article"][0...10]{_id, "latest": *[_type == "comment" && article._ref == ^._id] | order(createdAt desc)[0...2]{_id, createdAt}}',
    {},
  ],
  ['*[_type == "article"][0...5]{_id, "x": *[_type == "comment" && article._ref == ^.publishedAt]{_id}}', {}],
  ['*[_type == "article"][0...5]{_id, "_id": title, "c": *[_type == "comment" && article._ref == ^._id]{_id}}', {}],
  [
    '*[_type == "article"][0...5]{_id, "c": *[_type == "comment" && article._ref == ^._id && length(body) > 80]{_id}}',
    {},
  ],
]

describe('generic GROQ shapes', () => {
  for (const [query, params] of GENERIC) {
    test(query, async () => {
      const {indexed, plain} = await both(query, params)
      expect(indexed).toEqual(plain)
    })
  }
  test.each([
    ['drafts', true],
    ['raw', true],
    ['published', true],
  ] as const)('perspective %s (private %s)', async (perspective, priv) => {
    const {indexed, plain} = await both(
      '*[_type == "article" && slug.current in ["draft-eleven", "renamed-ten", "druk-nato-nexus"]]{_id, title, _originalId}',
      {},
      perspective,
      priv,
    )
    expect(indexed).toEqual(plain)
    expect((indexed as unknown[]).length).toBeGreaterThan(0)
  })
})

// One shape per planner rule (sanity/lake/query/rules/), named after the rule it exercises.
const RULES: Array<[string, string, Record<string, unknown>]> = [
  ['indexedFilter: an exact list', '*[_type == "comment" && status == "approved"]{_id}', {}],
  ['indexedFilter: a pruned list groq-js filters', '*[_type == "comment" && length(body) > 40]._id', {}],
  [
    'indexedFilter: a join on the enclosing document',
    '*[_type == "article"][0...10]{_id, "c": *[_type == "comment" && article._ref == ^._id]._id}',
    {},
  ],
  ['indexedFilter: an in list of constants', '*[slug.current in ["renamed-ten", "druk-nato-nexus", "none"]]._id', {}],
  [
    'sortedSlice: a page of a sorted bucket',
    '*[_type == "article" && defined(slug)] | order(publishedAt desc, _id desc)[2...6]._id',
    {},
  ],
  [
    'scoredSlice: a scored, sorted page',
    '*[_type == "article" && title match "b*"] | score(title match "b*") | order(_score desc, _id asc)[0...4]{_id, _score}',
    {},
  ],
  ['elementAsSlice: one element of a sorted list', '*[_type == "topic"] | order(title desc)[1]._id', {}],
  ['count: an exact list', 'count(*[_type == "comment" && status == "pending"])', {}],
  [
    'count: a join per enclosing document',
    '*[_type == "author"]{_id, "n": count(*[_type == "article" && author._ref == ^._id])}',
    {},
  ],
  [
    'topK: a sort of an exact list',
    '*[_type == "comment" && status == "approved"] | order(createdAt desc, _id asc)[1...5]._id',
    {},
  ],
  [
    'topK: a sorted slice per enclosing document',
    '*[_type == "topic"]{_id, "top": *[references(^._id)] | order(_id desc)[0...3]._id}',
    {},
  ],
  [
    'rankedProjection: counts ranked',
    '*[_type == "topic"]{_id, "n": count(*[_type == "article" && references(^._id)])} | order(n desc, _id asc)[0...3]',
    {},
  ],
  ['pathMap: a path of an exact list', '*[_type == "author"].slug.current', {}],
  ['pathMap: a projection of plain paths', '*[_type == "topic"]{"slug": slug.current, _id, "x": missing.deeper}', {}],
]

describe('each planner rule', () => {
  for (const [rule, query, params] of RULES) {
    test(rule, async () => {
      const {indexed, plain} = await both(query, params)
      expect(indexed).toEqual(plain)
    })
  }
})

describe('after writes to documents the indexes already hold', () => {
  const QUERIES: Array<[string, Record<string, unknown>]> = [
    ...GENERIC,
    ...RULES.map(([, query, params]) => [query, params] as [string, Record<string, unknown>]),
    ...siteQueries({
      ...sample,
      articleSlug: 'renamed-ten',
      articleId: 'archive-article-10',
      topicSlug: 'archive-economy',
      since: '2026-10-01T00:00:00Z',
    }).map((q) => [q.query, q.params] as [string, Record<string, unknown>]),
  ]

  test('every query answers as groq-js does before and after', async () => {
    // First pass builds the sorted buckets, range lists and memoised counts; the writes below must
    // reach all of them: a newer date, a new top comment, a missing sort value, a moved reference.
    for (const [query, params] of QUERIES) {
      const {indexed, plain} = await both(query, params)
      expect(indexed).toEqual(plain)
    }
    const approvals = Array.from({length: 6}, (_, i) => ({
      create: {
        _id: `late-comment-${i}`,
        _type: 'comment',
        article: {_type: 'reference', _ref: 'archive-article-20'},
        authorName: 'Late',
        body: 'A late reply',
        status: 'approved',
        createdAt: '2026-11-27T10:00:00Z',
      },
    }))
    await lake.mutate(
      [
        {patch: {id: 'archive-article-5', set: {publishedAt: '2026-11-28T09:00:00Z', title: 'Zzz moved to the top'}}},
        {patch: {id: 'archive-article-6', unset: ['publishedAt']}},
        {patch: {id: 'archive-article-7', set: {'author._ref': 'archive-author-1'}}},
        {patch: {id: 'archive-comment-8', set: {status: 'spam'}}},
        {delete: {id: 'archive-article-9'}},
        ...approvals,
      ],
      {author: 'test'},
    )
    for (const [query, params] of QUERIES) {
      const {indexed, plain} = await both(query, params)
      expect(indexed).toEqual(plain)
    }
    // GROQ sorts a missing value after every string, so descending it comes first.
    const newest = await lake.query(
      '*[_type == "article"] | order(publishedAt desc)[0...2]._id',
      {},
      'published',
      false,
    )
    expect(newest).toEqual(['archive-article-6', 'archive-article-5'])
  })
})

describe('deep pages', () => {
  let big: Lake

  beforeAll(async () => {
    const store = new LakeStore(':memory:')
    const docs = [...generateArchive({articles: 1300, comments: 200, seed: 11})] as LakeDocument[]
    store.commit({
      id: 'big',
      timestamp: new Date().toISOString(),
      author: 'test',
      changes: docs.map((d) => ({id: d._id, before: null, after: {...d, _rev: 'r'}})),
    })
    big = new Lake(store)
  })

  const pages = (topicSlug: string, authorSlug: string): Array<[string, Record<string, unknown>]> => [
    [latestArticlesQuery, {start: 600, end: 612}],
    [latestArticlesQuery, {start: 1290, end: 1302}],
    [topicPageQuery, {slug: topicSlug, start: 510, end: 520}],
    [authorPageQuery, {slug: authorSlug, start: 500, end: 510}],
  ]

  async function expectSame(queries: Array<[string, Record<string, unknown>]>) {
    for (const [query, params] of queries) {
      const indexed = await big.query(query, params, 'published', false, true)
      const plain = await big.query(query, params, 'published', false, false)
      expect(indexed).toEqual(plain)
    }
  }

  test('a page deep in the archive, a topic and an author is what groq-js gives, before and after a write', async () => {
    const authorSlug = (await big.query('*[_type == "author"][0].slug.current', {}, 'published', false)) as string
    const topicSlug = (await big.query(
      '*[_type == "topic"] | order(title asc)[0].slug.current',
      {},
      'published',
      false,
    )) as string
    const all = pages(topicSlug, authorSlug)
    await expectSame(all)
    const page = (await big.query(latestArticlesQuery, {start: 600, end: 612}, 'published', false)) as {
      articles: Array<{_id: string}>
    }
    expect(page.articles).toHaveLength(12)
    // Moving the newest article far back shifts every deep page by one.
    const newest = (await big.query(
      '*[_type == "article"] | order(publishedAt desc)[0]._id',
      {},
      'published',
      false,
    )) as string
    await big.mutate([{patch: {id: newest, set: {publishedAt: '2001-01-01T00:00:00Z'}}}], {author: 'test'})
    await expectSame(all)
    const shifted = (await big.query(latestArticlesQuery, {start: 599, end: 611}, 'published', false)) as {
      articles: Array<{_id: string}>
    }
    expect(shifted.articles.map((a) => a._id)).toEqual(page.articles.map((a) => a._id))
  })
})

describe('references() in odd shapes', () => {
  test('an object with a _ref is not looked into, as groq-js decides', async () => {
    const store = new LakeStore(':memory:')
    const odd = [
      {_id: 'odd-1', _type: 'odd', link: {_ref: 'a', nested: {_ref: 'b'}}, at: '2'},
      {_id: 'odd-2', _type: 'odd', link: {_ref: 7, inner: {_ref: 'a'}}, at: '1'},
      {_id: 'odd-3', _type: 'odd', list: [{_ref: ''}, {inner: {_ref: 'b'}}], at: '3'},
      {_id: 'odd-4', _type: 'odd', topics: [{_ref: 'a'}, {_ref: 'b'}], at: '0'},
    ]
    store.commit({
      id: 'odd',
      timestamp: new Date().toISOString(),
      author: 'test',
      changes: odd.map((d) => ({id: d._id, before: null, after: d as LakeDocument})),
    })
    const oddLake = new Lake(store)
    for (const query of [
      '*[references("b")]._id',
      '*[references("a")]._id',
      '*[_type == "odd" && references(["b", 7])]._id',
      '*[_type == "odd" && references(["a"])] | order(at desc)[0...2]._id',
      '*[_type == "odd" && !references("b")] | order(at asc)[0...3]._id',
      '*[_type == "odd"]{_id, "r": count(*[references(^._id)])}',
    ]) {
      const indexed = await oddLake.query(query, {}, 'published', false, true)
      const plain = await oddLake.query(query, {}, 'published', false, false)
      expect({query, answer: indexed}).toEqual({query, answer: plain})
    }
    expect(await oddLake.query('*[references("b")]._id', {}, 'published', false)).toEqual(['odd-3', 'odd-4'])
  })
})
