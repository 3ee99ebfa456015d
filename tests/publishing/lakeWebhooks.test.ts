/** @jest-environment node */
import {isValidSignature} from '@sanity/webhook'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {WEBHOOK_FILTER, WEBHOOK_PROJECTION} from '@/lib/revalidation/webhookPayload'
import {WebhookSender} from '@/sanity/lake/server/webhooks'
import {startTestLake, type TestLake} from '../support/lake'

const SECRET = 'test-webhook-secret-0123456789'

interface Received {
  body: string
  headers: Record<string, string | string[] | undefined>
}

/** A real HTTP receiver that records what it is sent, answering with `status`. */
function receiver(port = 0, status = 200): Promise<{server: Server; port: number; received: Received[]}> {
  const received: Received[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      received.push({body, headers: req.headers})
      res.writeHead(status).end()
    })
  })
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({server, port: (server.address() as AddressInfo).port, received})),
  )
}

async function until(check: () => boolean, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 25))
  }
}

let t: TestLake
let sender: WebhookSender | undefined
beforeEach(async () => {
  t = await startTestLake()
  await t.writer
    .transaction()
    .create({_id: 'author-a', _type: 'author', name: 'A', slug: {_type: 'slug', current: 'author-a'}})
    .create({_id: 'topic-t', _type: 'topic', title: 'T', slug: {_type: 'slug', current: 'topic-t'}})
    .commit()
})
afterEach(async () => {
  sender?.close()
  await t.lake.close()
})

const hook = (url: string) => ({
  name: 'revalidate',
  url,
  secret: SECRET,
  filter: WEBHOOK_FILTER,
  projection: WEBHOOK_PROJECTION,
})

test('sends the projection of a published change, signed so @sanity/webhook verifies it', async () => {
  const r = await receiver()
  sender = new WebhookSender(t.lake.lake.store, [hook(`http://127.0.0.1:${r.port}/hook`)])
  await t.writer.create({
    _id: 'article-1',
    _type: 'article',
    title: 'One',
    slug: {_type: 'slug', current: 'one'},
    author: {_type: 'reference', _ref: 'author-a'},
    topics: [{_type: 'reference', _ref: 'topic-t', _key: 'k'}],
  })
  await until(() => r.received.length === 1)
  const [{body, headers}] = r.received
  expect(JSON.parse(body)).toEqual({
    _id: 'article-1',
    _type: 'article',
    slug: 'one',
    previousSlug: null,
    articleId: null,
    articleSlug: null,
    authorSlug: 'author-a',
    topicSlugs: ['topic-t'],
    status: null,
    previousStatus: null,
    createdAt: null,
    threadRootId: null,
  })
  expect(await isValidSignature(body, String(headers['sanity-webhook-signature']), SECRET)).toBe(true)
  expect(await isValidSignature(body, String(headers['sanity-webhook-signature']), 'another-secret-000000')).toBe(false)
  expect(headers['sanity-operation']).toBe('create')
  stop(r.server)
})

test('a renamed article carries its previous slug; drafts and types outside the filter are not sent', async () => {
  const r = await receiver()
  await t.writer.create({_id: 'article-2', _type: 'article', title: 'Two', slug: {_type: 'slug', current: 'two'}})
  sender = new WebhookSender(t.lake.lake.store, [hook(`http://127.0.0.1:${r.port}/hook`)])
  await t.writer.create({_id: 'drafts.article-2', _type: 'article', title: 'Two (draft)'})
  await t.writer.create({_type: 'note', text: 'not a site type'})
  await t.writer.patch('article-2').set({'slug.current': 'two-renamed'}).commit()
  await until(() => r.received.length >= 1)
  await new Promise((res) => setTimeout(res, 200))
  expect(r.received).toHaveLength(1)
  expect(JSON.parse(r.received[0].body)).toMatchObject({_id: 'article-2', slug: 'two-renamed', previousSlug: 'two'})
  stop(r.server)
})

test('retries with backoff while the receiver is down, then delivers once it is up', async () => {
  // Find a free port, then leave it closed: the first attempts are refused.
  const probe = await receiver()
  const port = probe.port
  await new Promise((res) => probe.server.close(res))
  const log: string[] = []
  sender = new WebhookSender(t.lake.lake.store, [hook(`http://127.0.0.1:${port}/hook`)], (line) => log.push(line))
  await t.writer.create({_id: 'article-3', _type: 'article', title: 'Three', slug: {_type: 'slug', current: 'three'}})
  await until(() => log.some((l) => l.includes('retrying')))
  const r = await receiver(port)
  await until(() => r.received.length === 1, 15000)
  expect(JSON.parse(r.received[0].body)).toMatchObject({_id: 'article-3'})
  // The sender logs the delivery once the receiver's answer is back, a moment after it arrives.
  await until(() => log.some((l) => l.includes('→ 200')))
  expect(log.some((l) => /→ 200 \(attempt [2-9]\)/.test(l))).toBe(true)
  stop(r.server)
})

test('a receiver answering 500 is retried, not dropped', async () => {
  const failing = await receiver(0, 500)
  sender = new WebhookSender(t.lake.lake.store, [hook(`http://127.0.0.1:${failing.port}/hook`)])
  await t.writer.create({_id: 'article-4', _type: 'article', title: 'Four', slug: {_type: 'slug', current: 'four'}})
  await until(() => failing.received.length >= 2)
  expect(new Set(failing.received.map((r) => r.headers['idempotency-key'])).size).toBe(1)
  stop(failing.server)
})

/** Closes a receiver including the keep-alive connections fetch left open. */
function stop(server: Server) {
  server.closeAllConnections()
  server.close()
}
