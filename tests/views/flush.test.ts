/** @jest-environment node */
/**
 * Flushing counted views into a real lake: one transaction per flush, exactly once however the
 * flush is retried, and nothing lost while the lake is down.
 */
import {rmSync} from 'node:fs'
import {dirname} from 'node:path'
import type {SanityClient} from '@sanity/client'
import {startLake} from '@/sanity/lake/server/start'
import {MemoryViewCounts} from '@/lib/views/memoryCounts'
import {viewsDocId} from '@/lib/views/documents'
import {flushTransactionId, flushViews, storeBatch} from '@/lib/views/flush'
import {clientFor, GRANTS, startTestLake, WRITE_TOKEN, type TestLake} from '../support/lake'

let t: TestLake
let lake: TestLake['lake']
let writer: SanityClient
beforeAll(async () => {
  t = await startTestLake()
  lake = t.lake
  writer = t.writer
})
afterAll(async () => {
  await lake.close()
  rmSync(dirname(t.dataFile), {recursive: true, force: true})
})

const DAY = '2026-03-01'
const YESTERDAY = '2026-02-28'

async function record(store: MemoryViewCounts, articleId: string, day: string, readers: number, prefix = 'r') {
  for (let i = 0; i < readers; i++) await store.record(articleId, day, `${prefix}${i}`)
}

const stored = async (articleId: string, day = DAY) =>
  ((await t.anon.getDocument(viewsDocId(articleId, day)))?.count as number | undefined) ?? 0

test('a flush stores every article and day in one transaction, as public documents with weak references', async () => {
  const store = new MemoryViewCounts()
  await record(store, 'article-a', DAY, 3)
  await record(store, 'article-b', DAY, 2)
  await record(store, 'article-a', YESTERDAY, 4)
  const result = await flushViews(store, writer)
  expect(result).toMatchObject({documents: 3, views: 9, transactions: 1})

  const docs = await t.anon.fetch('*[_type == "articleViews"] | order(_id)')
  expect(docs.map((d: {_id: string; count: number}) => [d._id, d.count])).toEqual([
    ['views-article-a-2026-02-28', 4],
    ['views-article-a-2026-03-01', 3],
    ['views-article-b-2026-03-01', 2],
  ])
  // One transaction: every document carries its id as revision.
  expect(new Set(docs.map((d: {_rev: string}) => d._rev))).toEqual(
    new Set([flushTransactionId({id: result!.batch, counts: {}})]),
  )
  expect(docs[0]).toMatchObject({
    _type: 'articleViews',
    day: YESTERDAY,
    article: {_type: 'reference', _ref: 'article-a', _weak: true},
    flushes: [result!.batch],
  })
  // Nothing about a reader is stored.
  expect(Object.keys(docs[0]).sort()).toEqual([
    '_createdAt',
    '_id',
    '_rev',
    '_type',
    '_updatedAt',
    'article',
    'count',
    'day',
    'flushes',
  ])
  expect(await flushViews(store, writer)).toBeNull()
})

test('later flushes add to the same documents; a repeat reader is not counted', async () => {
  const store = new MemoryViewCounts()
  await record(store, 'article-c', DAY, 5)
  await flushViews(store, writer)
  await record(store, 'article-c', DAY, 7) // r0…r4 again, and two new readers
  expect(await flushViews(store, writer)).toMatchObject({documents: 1, views: 2, transactions: 1})
  expect(await stored('article-c')).toBe(7)
})

test('a batch retried after an unknown outcome is stored exactly once', async () => {
  const store = new MemoryViewCounts()
  await record(store, 'article-d', DAY, 4)
  await record(store, 'article-e', DAY, 1)
  // The commit lands, but the flusher never hears so: it keeps the batch for a retry.
  const batch = (await store.take())!
  await storeBatch(writer, batch)
  await store.release(batch)
  await record(store, 'article-d', DAY, 6, 'later') // new views wait for the next batch

  expect(await flushViews(store, writer)).toMatchObject({batch: batch.id, documents: 0, transactions: 0})
  expect([await stored('article-d'), await stored('article-e')]).toEqual([4, 1])
  expect(await flushViews(store, writer)).toMatchObject({documents: 1, views: 6, transactions: 1})
  expect(await stored('article-d')).toBe(10)
})

test('a retry whose ledger entries are gone is still refused by its transaction id', async () => {
  const store = new MemoryViewCounts()
  await record(store, 'article-f', DAY, 3)
  const batch = (await store.take())!
  await storeBatch(writer, batch)
  // Twenty later flushes have pushed it out of the ledger (here: cleared by hand).
  await writer.patch(viewsDocId('article-f', DAY)).set({flushes: []}).commit()
  await store.release(batch)
  expect(await flushViews(store, writer)).toMatchObject({transactions: 0, views: 0})
  expect(await stored('article-f')).toBe(3)
})

test('a document changed between the read and the commit makes the whole flush fail and retry, never half-store', async () => {
  const store = new MemoryViewCounts()
  await record(store, 'article-g', DAY, 2)
  await flushViews(store, writer)
  await record(store, 'article-g', DAY, 5)
  await record(store, 'article-h', DAY, 1)
  const batch = (await store.take())!
  // Another writer gets in while this flush is between its read and its commit.
  const racing = writer.withConfig({})
  const realFetch = writer.fetch.bind(writer)
  const spy = jest.spyOn(writer, 'fetch').mockImplementationOnce(async (...args: Parameters<SanityClient['fetch']>) => {
    const answer = await realFetch(...args)
    await racing
      .patch(viewsDocId('article-g', DAY))
      .set({flushes: ['someone-else']})
      .commit()
    return answer
  })
  await expect(storeBatch(writer, batch)).rejects.toThrow(/revision/i)
  spy.mockRestore()
  expect([await stored('article-g'), await stored('article-h')]).toEqual([2, 0])
  await store.release(batch)
  expect(await flushViews(store, writer)).toMatchObject({documents: 2, views: 4, transactions: 1})
  expect([await stored('article-g'), await stored('article-h')]).toEqual([5, 1])
})

test('with the lake down a flush fails and keeps its counts; after a restart the retry stores them exactly once', async () => {
  const store = new MemoryViewCounts()
  await record(store, 'article-down', DAY, 8)
  const port = lake.port
  await lake.close()

  await expect(flushViews(store, writer)).rejects.toThrow()
  await expect(flushViews(store, writer)).rejects.toThrow()
  expect(await store.hasWork()).toBe(true)
  await record(store, 'article-down', DAY, 11) // three new readers while the lake is down

  lake = await startLake({port, dataFile: t.dataFile, grants: GRANTS, queryTimeoutMs: 60_000})
  t = {...t, lake, anon: clientFor(lake.url), writer: clientFor(lake.url, WRITE_TOKEN)}
  expect(await flushViews(store, writer)).toMatchObject({documents: 1, views: 8, transactions: 1})
  expect(await flushViews(store, writer)).toMatchObject({documents: 1, views: 3, transactions: 1})
  expect(await flushViews(store, writer)).toBeNull()
  expect(await stored('article-down')).toBe(11)
})
