/** @jest-environment node */
/**
 * The counting rules of POST /api/views, through the route handler itself with real Requests,
 * against a real lake holding the sample edition; what was counted is read back from the lake
 * after a real flush.
 */
import {POST} from '@/app/api/views/route'
import {getWriteClient} from '@/lib/sanity/writeClient'
import {viewCounts} from '@/lib/views/counts'
import {viewDay} from '@/lib/views/day'
import {viewsDocId} from '@/lib/views/documents'
import {flushViews} from '@/lib/views/flush'
import {stopFlusher} from '@/lib/views/flusher'
import {forgetPublishedArticleIds} from '@/lib/views/publishedIds'
import {startSiteLake, type SiteLake} from '../support/site'
import {beaconRequest, browserAgent, freshNetwork, viewBody, type BeaconOptions} from './support'

const SEED = 'article-druk-nato-nexus'
const OTHER = 'article-chip-sovereignty'

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
// Counting starts the server's flush timer; this process has no server to flush through.
afterAll(() => {
  stopFlusher()
  return site.close()
})

/** Stores what has been counted so far and answers the stored count of (article, today). */
async function storedViews(articleId: string): Promise<number> {
  await flushViews(await viewCounts(), getWriteClient())
  const doc = await site.anon.getDocument(viewsDocId(articleId, viewDay(new Date())))
  return (doc?.count as number | undefined) ?? 0
}

const send = (articleId: string, options: Parameters<typeof beaconRequest>[1] = {}) =>
  POST(beaconRequest(viewBody(articleId), options))

test('a reader counts once per article per day; another browser, network or article counts again', async () => {
  const before = await storedViews(SEED)
  const net = freshNetwork()
  const agent = browserAgent()

  const first = await send(SEED, {address: net(7), userAgent: agent})
  expect(first.status).toBe(204)
  expect(first.headers.get('views-result')).toBe('counted')
  expect(await first.text()).toBe('')
  // The same browser again, and from another address of the same /24: the same reader.
  for (const address of [net(7), net(200)]) {
    const again = await send(SEED, {address, userAgent: agent})
    expect(again.status).toBe(204)
    expect(again.headers.get('views-result')).toBe('repeat')
  }
  // Another browser on the same network, the same browser on another network: other readers.
  expect((await send(SEED, {address: net(7), userAgent: browserAgent()})).headers.get('views-result')).toBe('counted')
  expect((await send(SEED, {address: freshNetwork()(), userAgent: agent})).headers.get('views-result')).toBe('counted')
  // The same reader on another article.
  expect((await send(OTHER, {address: net(7), userAgent: agent})).headers.get('views-result')).toBe('counted')

  expect(await storedViews(SEED)).toBe(before + 3)
})

test('IPv6 readers are told apart by their /48', async () => {
  const before = await storedViews(OTHER)
  const agent = browserAgent()
  const results = []
  for (const address of ['2001:db8:aa:1::5', '2001:db8:aa:ffff::9', '2001:db8:ab:1::5']) {
    results.push((await send(OTHER, {address, userAgent: agent})).headers.get('views-result'))
  }
  expect(results).toEqual(['counted', 'repeat', 'counted'])
  expect(await storedViews(OTHER)).toBe(before + 2)
})

test('bots, requests without a user agent and prefetches are answered 204 and not counted', async () => {
  const before = await storedViews(SEED)
  const net = freshNetwork()
  const ignored: BeaconOptions[] = [
    {userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'},
    {userAgent: 'curl/8.5.0'},
    {userAgent: 'Mozilla/5.0 (Linux) HeadlessChrome/131.0.0.0 Safari/537.36'},
    {userAgent: null},
    {headers: {'sec-purpose': 'prefetch'}},
    {headers: {'sec-purpose': 'prefetch;prerender'}},
    {headers: {purpose: 'prefetch'}},
    {headers: {'next-router-prefetch': '1'}},
  ]
  for (const options of ignored) {
    const res = await send(SEED, {address: net(), ...options})
    expect([res.status, res.headers.get('views-result')]).toEqual([204, 'ignored'])
  }
  expect(await storedViews(SEED)).toBe(before)
})

test('unknown, unpublished and malformed article ids are refused, and nothing is counted', async () => {
  const before = await storedViews(SEED)
  // A draft that was never published, and a published document that is not a public article page.
  await site.writer.create({_id: 'drafts.article-views-draft', _type: 'article', title: 'Draft', slug: {current: 'd'}})
  await site.writer.create({_id: 'article-views-undated', _type: 'article', title: 'Undated', slug: {current: 'u'}})
  forgetPublishedArticleIds()
  const net = freshNetwork()
  for (const id of ['article-does-not-exist', 'article-views-draft', 'article-views-undated', 'author-karma-choden']) {
    const res = await send(id, {address: net()})
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({error: 'no published article has this id'})
  }
  for (const body of [
    'not json',
    '{}',
    JSON.stringify({articleId: 'drafts.article-druk-nato-nexus'}),
    JSON.stringify({articleId: 42}),
    JSON.stringify({articleId: ''}),
    JSON.stringify([SEED]),
  ]) {
    const res = await POST(beaconRequest(body, {address: net()}))
    expect(res.status).toBe(400)
    expect((await res.json()).error).toEqual(expect.any(String))
  }
  expect(await storedViews(SEED)).toBe(before)
})

test('an article published after the id list was read is counted once the list is refreshed', async () => {
  await site.writer.create({
    _id: 'article-views-fresh',
    _type: 'article',
    title: 'Fresh',
    slug: {_type: 'slug', current: 'views-fresh'},
    publishedAt: '2026-02-20T08:00:00Z',
  })
  forgetPublishedArticleIds()
  const res = await send('article-views-fresh', {address: freshNetwork()()})
  expect(res.headers.get('views-result')).toBe('counted')
  expect(await storedViews('article-views-fresh')).toBe(1)
})

test('bodies over 1 KB are refused with 413 before they are parsed, declared or streamed', async () => {
  const before = await storedViews(SEED)
  const padded = JSON.stringify({articleId: SEED, pad: 'x'.repeat(1100)})
  const res = await POST(beaconRequest(padded, {address: freshNetwork()()}))
  expect(res.status).toBe(413)
  expect((await res.json()).error).toMatch(/at most 1024 bytes/)

  // A stream with no declared length, cut off at the first chunk past the limit.
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++
      controller.enqueue(new TextEncoder().encode('{"articleId":"' + 'x'.repeat(600)))
    },
  })
  const streamed = new Request('http://localhost/api/views', {
    method: 'POST',
    headers: {'user-agent': browserAgent(), 'x-forwarded-for': freshNetwork()()},
    body: stream,
    duplex: 'half',
  } as RequestInit)
  expect((await POST(streamed)).status).toBe(413)
  expect(pulled).toBeLessThanOrEqual(3)
  expect(await storedViews(SEED)).toBe(before)
})

test('one network is limited to 120 beacons a minute (429 with Retry-After); others are not', async () => {
  const net = freshNetwork()
  const statuses: number[] = []
  for (let i = 0; i < 121; i++) statuses.push((await send(SEED, {address: net(1 + (i % 250))})).status)
  expect(statuses.slice(0, 120).every((s) => s === 204)).toBe(true)
  const limited = await send(SEED, {address: net(3)})
  expect(limited.status).toBe(429)
  expect(limited.headers.get('retry-after')).toBe('60')
  expect((await send(SEED, {address: freshNetwork()()})).status).toBe(204)
})

test('no answer sets a cookie or can be cached', async () => {
  for (const res of [
    await send(SEED, {address: freshNetwork()()}),
    await send('article-none', {address: freshNetwork()()}),
    await POST(beaconRequest('{', {address: freshNetwork()()})),
  ]) {
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(res.headers.get('cache-control')).toBe('no-store')
  }
})
