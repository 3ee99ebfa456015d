/** @jest-environment node */
import {encodeSignatureHeader} from '@sanity/webhook'

// Next's cache store exists only inside a running Next server (the end-to-end tests cover that);
// here the route's calls are recorded so the exact tag list can be asserted.
const revalidated: Array<[string, unknown]> = []
jest.mock('next/cache', () => ({revalidateTag: (tag: string, profile: unknown) => revalidated.push([tag, profile])}))
beforeEach(() => {
  revalidated.length = 0
})
import {POST} from '@/app/api/revalidate/route'
import {embeddedSecret} from '@/sanity/embedded/secrets'

const SECRET = embeddedSecret('webhookSecret')
const URL = 'http://localhost/api/revalidate'

async function signedRequest(
  body: string,
  {
    timestamp = Date.now(),
    secret = SECRET,
    extraHeader,
  }: {timestamp?: number; secret?: string; extraHeader?: string} = {},
) {
  const headers = new Headers({'content-type': 'application/json'})
  headers.append('sanity-webhook-signature', await encodeSignatureHeader(body, timestamp, secret))
  if (extraHeader) headers.append('sanity-webhook-signature', extraHeader)
  return new Request(URL, {method: 'POST', headers, body})
}

const articleChange = JSON.stringify({
  _id: 'article-x',
  _type: 'article',
  slug: 'new-slug',
  previousSlug: 'old-slug',
  authorSlug: 'karma-choden',
  topicSlugs: ['geopolitics', 'economy'],
})

test('a valid signature revalidates exactly the tags the article touches', async () => {
  const res = await POST(await signedRequest(articleChange))
  expect(res.status).toBe(200)
  const expected = [
    'article',
    'article:new-slug',
    'article:old-slug',
    'author:karma-choden',
    'topic:geopolitics',
    'topic:economy',
  ].sort()
  expect((await res.json()).revalidated.sort()).toEqual(expected)
  expect(revalidated.map(([tag]) => tag).sort()).toEqual(expected)
  // Expire at once, so the next reader gets fresh content rather than a stale copy.
  expect(revalidated.every(([, profile]) => JSON.stringify(profile) === '{"expire":0}')).toBe(true)
})

test('an approved comment revalidates its article and its comment list', async () => {
  const body = JSON.stringify({
    _id: 'comment-1',
    _type: 'comment',
    articleId: 'article-x',
    articleSlug: 'druk-nato-nexus',
    status: 'approved',
    previousStatus: 'pending',
  })
  const res = await POST(await signedRequest(body))
  // Without the projection's thread root (an older webhook), every comments page of the article.
  expect((await res.json()).revalidated.sort()).toEqual(
    ['article:druk-nato-nexus', 'comment', 'comments:article-x', 'comments:article-x:pages'].sort(),
  )
})

test('a new pending comment changes no page: nothing is revalidated', async () => {
  const body = JSON.stringify({
    _id: 'comment-2',
    _type: 'comment',
    articleId: 'article-x',
    articleSlug: 'druk-nato-nexus',
    status: 'pending',
    previousStatus: null,
  })
  const res = await POST(await signedRequest(body))
  expect(res.status).toBe(200)
  expect((await res.json()).revalidated).toEqual([])
  expect(revalidated).toEqual([])
})

test('an approved comment moved to spam disappears: its article is revalidated', async () => {
  const body = JSON.stringify({
    _id: 'comment-3',
    _type: 'comment',
    articleId: 'article-x',
    articleSlug: 'druk-nato-nexus',
    status: 'spam',
    previousStatus: 'approved',
  })
  expect((await (await POST(await signedRequest(body))).json()).revalidated).toContain('article:druk-nato-nexus')
})

test.each([
  [
    'no signature',
    async () => new Request(URL, {method: 'POST', body: articleChange, headers: {'content-type': 'application/json'}}),
  ],
  ['a wrong secret', () => signedRequest(articleChange, {secret: 'not-the-secret-at-all-0000'})],
  ['a stale timestamp (6 minutes old)', () => signedRequest(articleChange, {timestamp: Date.now() - 6 * 60 * 1000})],
  ['a timestamp in the future', () => signedRequest(articleChange, {timestamp: Date.now() + 10 * 60 * 1000})],
  [
    'two signature headers',
    async () =>
      signedRequest(articleChange, {extraHeader: await encodeSignatureHeader(articleChange, Date.now(), SECRET)}),
  ],
])('%s → 401 and nothing revalidated', async (_label, make) => {
  const res = await POST(await make())
  expect(res.status).toBe(401)
  expect(await res.json()).not.toHaveProperty('revalidated')
  expect(revalidated).toEqual([])
})

test('a tampered body → 401', async () => {
  const signed = await signedRequest(articleChange)
  const tampered = new Request(URL, {
    method: 'POST',
    headers: signed.headers,
    body: articleChange.replace('new-slug', 'evil-slug'),
  })
  expect((await POST(tampered)).status).toBe(401)
})

test('a signed body that is not the expected projection → 400 with a hint', async () => {
  const res = await POST(await signedRequest(JSON.stringify({hello: 'world'})))
  expect(res.status).toBe(400)
  expect((await res.json()).error).toMatch(/projection/)
})

/** A body of `total` bytes served on demand in 64 KB chunks; `pulled` says how much the reader took. */
function meteredBody(total: number) {
  const meter = {pulled: 0}
  const chunk = new Uint8Array(64 * 1024).fill(0x20)
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (meter.pulled >= total) return controller.close()
        meter.pulled += chunk.byteLength
        controller.enqueue(chunk)
      },
    },
    // Nothing is read ahead: every byte counted was asked for by the route.
    {highWaterMark: 0},
  )
  return {stream, meter}
}

const TEN_MB = 10 * 1024 * 1024

test('an unsigned 10 MB body without content-length → 413, read no further than the 64 KB limit', async () => {
  const {stream, meter} = meteredBody(TEN_MB)
  const request = new Request(URL, {method: 'POST', body: stream, duplex: 'half'} as RequestInit)
  const res = await POST(request)
  expect(res.status).toBe(413)
  expect(meter.pulled).toBeLessThanOrEqual(2 * 64 * 1024)
  expect(revalidated).toEqual([])
})

test('a declared content-length over the limit → 413 before any byte is read', async () => {
  const {stream, meter} = meteredBody(TEN_MB)
  const headers = {'content-length': String(TEN_MB), 'content-type': 'application/json'}
  const res = await POST(new Request(URL, {method: 'POST', headers, body: stream, duplex: 'half'} as RequestInit))
  expect(res.status).toBe(413)
  expect(meter.pulled).toBe(0)
})

test('a signed body just under the limit is still read whole', async () => {
  const padding = ' '.repeat(64 * 1024 - articleChange.length - 20)
  const padded = JSON.stringify({...JSON.parse(articleChange), padding})
  expect(Buffer.byteLength(padded)).toBeLessThanOrEqual(64 * 1024)
  const res = await POST(await signedRequest(padded))
  expect(res.status).toBe(200)
})
