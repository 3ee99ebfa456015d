/** @jest-environment node */
/**
 * Two app instances of the shared build behind a real nginx (deploy/nginx), sharing a real
 * redis-server: a publish reaches both through one webhook, the flood limit holds across them, and
 * nginx's micro-cache keeps out what must never be shared.
 */
import {request} from 'node:http'
import {sleep} from '../support/e2e'
import {moderator} from '../support/e2e-comments'
import {describeWithCluster, startCluster, type Cluster} from '../support/e2e-cluster'
import {commentFormOf, postComment} from '../support/e2e-faults'
import {SEED_ARTICLE} from '../support/e2e-pages'
import {MESSAGES} from '@/lib/comments/messages'
import {storedSecrets} from '@/sanity/embedded/secrets'

const ARTICLE_ID = 'article-druk-nato-nexus'

let cluster: Cluster
let readers = 0
function reader() {
  const n = `${Date.now().toString(36)}${readers++}`
  return {
    name: `Cluster ${n}`,
    email: `cluster-${n}@example.com`,
    body: `Post ${n}: the hydropower revenue is the story.`,
  }
}

async function titleOf(url: string): Promise<string> {
  const html = await (await fetch(url, {signal: AbortSignal.timeout(10_000)})).text()
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? ''
}

/** A reader's address in a /24 of its own (the flood key anonymises to /24). */
const randomAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`

/** A GET with nginx's cache status. */
function getFrom(
  url: string,
  headers: Record<string, string> = {},
): Promise<{status: number; cache: string; body: string; setCookie: string[]}> {
  return new Promise((done, fail) => {
    const req = request(url, {headers}, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
      res.on('end', () =>
        done({
          status: res.statusCode!,
          cache: String(res.headers['x-cache-status'] ?? ''),
          body,
          setCookie: res.headers['set-cookie'] ?? [],
        }),
      )
    })
    req.on('error', fail).end()
  })
}

const describeCluster = describeWithCluster()

describeCluster('two instances behind nginx with one Redis', () => {
  beforeAll(async () => {
    cluster = await startCluster(2)
  }, 120_000)
  afterAll(() => cluster?.close())

  test('one webhook, through the proxy to one instance, refreshes the page on every instance within 2 s', async () => {
    const [a, b] = cluster.instanceUrls
    // Both instances hold the page in the shared cache before the change.
    const before = await titleOf(a + SEED_ARTICLE)
    expect(await titleOf(b + SEED_ARTICLE)).toBe(before)
    const title = `Revalidated everywhere ${Date.now().toString(36)}`
    const published = Date.now()
    await moderator(cluster.lakeUrl).patch(ARTICLE_ID).set({title}).commit()
    const seenAfter: number[] = []
    for (const instance of [a, b]) {
      while ((await titleOf(instance + SEED_ARTICLE)) !== title) {
        if (Date.now() - published > 5000) throw new Error(`${instance} still shows "${before}" 5 s after the publish`)
        await sleep(100)
      }
      seenAfter.push(Date.now() - published)
    }
    expect(Math.max(...seenAfter)).toBeLessThanOrEqual(2000)
  })

  test('a page one instance rendered is served by the other from the shared cache', async () => {
    const [a, b] = cluster.instanceUrls
    const title = `Rendered once ${Date.now().toString(36)}`
    await moderator(cluster.lakeUrl).patch(ARTICLE_ID).set({title}).commit()
    // Wait for the revalidation, then read on A only: A renders and stores the new page.
    const started = Date.now()
    while ((await titleOf(a + SEED_ARTICLE)) !== title && Date.now() - started < 5000) await sleep(100)
    const res = await fetch(b + SEED_ARTICLE)
    await res.text()
    expect(res.headers.get('x-nextjs-cache')).toBe('HIT')
  })

  test('the flood limit holds across instances: a reader refused on B after posting on A', async () => {
    const [a, b] = cluster.instanceUrls
    const form = await commentFormOf(a, SEED_ARTICLE)
    // TRUSTED_PROXY_HOPS=1: the last X-Forwarded-For entry is the reader, as nginx sets it.
    const address = randomAddress()
    const first = await postComment(a, form, reader(), address)
    expect({status: first.status, acknowledged: first.acknowledged}).toEqual({status: 200, acknowledged: true})
    const second = await postComment(b, form, reader(), address)
    expect(second.acknowledged).toBe(false)
    expect(second.html).toContain(MESSAGES.tooFast)
    // Another reader on B is not held up by the first one's key.
    const other = await postComment(b, form, reader(), randomAddress())
    expect(other.acknowledged).toBe(true)
  })

  test('nginx serves reader pages from its one-second cache, and gzips them', async () => {
    await getFrom(cluster.proxyUrl + '/')
    const again = await getFrom(cluster.proxyUrl + '/')
    expect(again.cache).toMatch(/HIT|UPDATING/)
    const res = await fetch(cluster.proxyUrl + '/', {headers: {'accept-encoding': 'gzip'}})
    await res.arrayBuffer()
    expect(res.headers.get('content-encoding')).toBe('gzip')
  })

  test('nginx never caches /api', async () => {
    const tokens = new Set<string>()
    for (let i = 0; i < 3; i++) {
      const res = await getFrom(cluster.proxyUrl + '/api/comments/token')
      expect(res.status).toBe(200)
      expect(res.cache).toBe('')
      tokens.add(res.body)
      await sleep(20)
    }
    // A fresh token each time, within one second: none came from a cache.
    expect(tokens.size).toBe(3)
  })

  test('nginx never caches a POST: each comment post reaches the app, and a GET after it is the page', async () => {
    const {proxyUrl} = cluster
    await getFrom(proxyUrl + SEED_ARTICLE)
    const form = await commentFormOf(proxyUrl, SEED_ARTICLE)
    // Through nginx the reader is the connection's address (127.0.0.1), which a later test must not exhaust.
    const posted = await postComment(proxyUrl, form, reader(), 'ignored by nginx')
    expect(posted.acknowledged).toBe(true)
    const again = await postComment(proxyUrl, form, reader(), 'ignored by nginx')
    // The second post was answered by the app (the flood limit), not replayed from a cache.
    expect(again.acknowledged).toBe(false)
    expect(again.html).toContain(MESSAGES.tooFast)
    const page = await getFrom(proxyUrl + SEED_ARTICLE)
    expect(page.body).not.toContain('Your comment is awaiting moderation.')
  })

  test('nginx never caches for, nor serves from its cache to, an editor in draft mode', async () => {
    const {proxyUrl} = cluster
    const {previewSecret} = storedSecrets()
    const enable = await fetch(
      `${proxyUrl}/api/draft-mode/enable?secret=${encodeURIComponent(previewSecret)}&slug=druk-nato-nexus`,
      {redirect: 'manual'},
    )
    const cookie = (enable.headers.getSetCookie() ?? []).map((c) => c.split(';')[0]).join('; ')
    expect(cookie).toContain('__prerender_bypass=')
    // The public page is in nginx's cache now …
    await getFrom(proxyUrl + SEED_ARTICLE)
    expect((await getFrom(proxyUrl + SEED_ARTICLE)).cache).toMatch(/HIT|UPDATING/)
    // … and the editor still gets the preview, not the cached public page …
    const draft = await getFrom(proxyUrl + SEED_ARTICLE, {cookie})
    expect(draft.cache).toBe('BYPASS')
    expect(draft.body).toContain('Preview — not published')
    // … whose preview never becomes the readers' page.
    const publicPage = await getFrom(proxyUrl + SEED_ARTICLE)
    expect(publicPage.body).not.toContain('Preview — not published')
  })
})
