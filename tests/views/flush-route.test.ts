/** @jest-environment node */
/**
 * POST /api/views/flush, which the server's own timer calls: refused without this install's
 * token; otherwise one transaction and one revalidation of the rankings' tag per flush, however
 * many views it stores, and a 503 that keeps the counts when the lake is down.
 */
const revalidated: Array<[string, unknown]> = []
// Next's cache store exists only inside a running Next server (the end-to-end test covers that).
jest.mock('next/cache', () => ({revalidateTag: (tag: string, profile: unknown) => revalidated.push([tag, profile])}))

import {POST as beacon} from '@/app/api/views/route'
import {POST as flush} from '@/app/api/views/flush/route'
import {viewCounts} from '@/lib/views/counts'
import {viewDay} from '@/lib/views/day'
import {viewsDocId} from '@/lib/views/documents'
import {FLUSH_PATH, FLUSH_TOKEN_HEADER, flushToken, requestFlush, stopFlusher} from '@/lib/views/flusher'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {startLake} from '@/sanity/lake/server/start'
import {GRANTS} from '../support/lake'
import {startSiteLake, type SiteLake} from '../support/site'
import {beaconRequest, freshNetwork, viewBody} from './support'

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(async () => {
  stopFlusher()
  // The lake restarted below is not the one site.close() knows.
  await site.lake.close()
  await site.close().catch(() => {})
})

const flushRequest = (token = flushToken()) =>
  new Request('http://localhost/api/views/flush', {method: 'POST', headers: {[FLUSH_TOKEN_HEADER]: token}})

const storedViews = async (articleId: string) =>
  ((await site.anon.getDocument(viewsDocId(articleId, viewDay(new Date()))))?.count as number | undefined) ?? 0

test('refused without the token; with it, 40 views are one transaction and one revalidation', async () => {
  for (let i = 0; i < 40; i++) {
    const id = i % 2 ? 'article-druk-nato-nexus' : 'article-chip-sovereignty'
    expect((await beacon(beaconRequest(viewBody(id), {address: freshNetwork()()}))).status).toBe(204)
  }
  for (const token of ['', 'f'.repeat(64)]) expect((await flush(flushRequest(token))).status).toBe(401)
  expect(revalidated).toEqual([])

  const res = await flush(flushRequest())
  expect(res.status).toBe(200)
  expect((await res.json()).stored).toMatchObject({documents: 2, views: 40, transactions: 1})
  expect(revalidated).toEqual([['articleViews', {expire: 0}]])
  expect([await storedViews('article-druk-nato-nexus'), await storedViews('article-chip-sovereignty')]).toEqual([
    20, 20,
  ])
  // Nothing new: nothing stored, nothing revalidated.
  expect((await (await flush(flushRequest())).json()).stored).toBeNull()
  expect(revalidated).toHaveLength(1)
})

test('with the lake down the flush answers 503 and keeps the counts; the next one stores them', async () => {
  await beacon(beaconRequest(viewBody('article-druk-nato-nexus'), {address: freshNetwork()()}))
  const port = site.lake.port
  await site.lake.close()
  const failed = await flush(flushRequest())
  expect(failed.status).toBe(503)
  expect((await failed.json()).error).toMatch(/kept for the next one/)
  expect(await (await viewCounts()).hasWork()).toBe(true)

  site.lake = await startLake({port, dataFile: site.dataFile, grants: GRANTS, queryTimeoutMs: 60_000})
  expect((await flush(flushRequest())).status).toBe(200)
  expect(await storedViews('article-druk-nato-nexus')).toBe(21)
})

test('the timer’s request reaches the flush route over HTTP with the token, and fails loudly when refused', async () => {
  // The server's own HTTP front, reduced to the one route: the request as the timer sends it.
  const server = createServer(async (req, res) => {
    const headers = new Headers(Object.entries(req.headers).map(([k, v]): [string, string] => [k, String(v)]))
    const answer =
      req.url === FLUSH_PATH && req.method === 'POST'
        ? await flush(new Request(`http://127.0.0.1${req.url}`, {method: 'POST', headers}))
        : new Response('not found', {status: 404})
    res.writeHead(answer.status, {'content-type': 'application/json'})
    res.end(await answer.text())
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    await beacon(beaconRequest(viewBody('article-chip-sovereignty'), {address: freshNetwork()()}))
    const before = await storedViews('article-chip-sovereignty')
    expect(await requestFlush(origin)).toMatchObject({stored: {views: 1, transactions: 1}})
    expect(await storedViews('article-chip-sovereignty')).toBe(before + 1)
    await expect(requestFlush(`${origin}/elsewhere`)).rejects.toThrow(/404/)
  } finally {
    server.close()
  }
})
