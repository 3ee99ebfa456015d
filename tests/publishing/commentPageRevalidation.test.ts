/** @jest-environment node */
/**
 * Moderation revalidates only the comments pages concerned, checked end to end: the lake's own
 * signed webhook (the real projection) is delivered to the real revalidation route, which asks the
 * lake where the thread stands; only Next's cache store is recorded instead of written.
 */
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'

const revalidated: string[] = []
jest.mock('next/cache', () => ({revalidateTag: (tag: string) => revalidated.push(tag)}))

import {POST} from '@/app/api/revalidate/route'
import {WEBHOOK_FILTER, WEBHOOK_PROJECTION} from '@/lib/revalidation/webhookPayload'
import {TAGS} from '@/lib/sanity/tags'
import {embeddedSecret} from '@/sanity/embedded/secrets'
import {WebhookSender} from '@/sanity/lake/server/webhooks'
import {commentDoc, minuteAt, replyId, rootId, seedVolumeArticle, type VolumeArticle} from '../support/commentVolume'
import {moderate} from '../support/moderate'
import {startSiteLake, type SiteLake} from '../support/site'

const SLUG = 'busy-threads'
let site: SiteLake
let sender: WebhookSender
let server: Server
let a: VolumeArticle
/** What the route answered for each delivered change, by document id. */
const answers: Array<{id: string; tags: string[]}> = []

beforeAll(async () => {
  site = await startSiteLake()
  // 120 threads: pages 1 and 2 full, page 3 with 20; seeded before the hook listens.
  a = await seedVolumeArticle(site.writer, {slug: SLUG, threads: 120, repliesPerThread: 2})
  process.env.SANITY_WEBHOOK_SECRET = embeddedSecret('webhookSecret')
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', async () => {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
      const answer = await POST(new Request('http://localhost/api/revalidate', {method: 'POST', headers, body}))
      const json = (await answer.json()) as {revalidated?: string[]}
      answers.push({id: JSON.parse(body)._id, tags: json.revalidated ?? []})
      res.writeHead(answer.status).end()
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`
  sender = new WebhookSender(site.lake.lake.store, [
    {
      name: 'revalidate',
      url,
      secret: embeddedSecret('webhookSecret'),
      filter: WEBHOOK_FILTER,
      projection: WEBHOOK_PROJECTION,
    },
  ])
})
afterAll(async () => {
  sender.close()
  await new Promise((done) => server.close(done))
  await site.close()
})

async function answerFor(id: string, nth = 1): Promise<string[]> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const mine = answers.filter((x) => x.id === id)
    if (mine.length >= nth) return mine[nth - 1].tags.filter((t) => t.startsWith(`comments:${a.articleId}:`)).sort()
    if (Date.now() > deadline) throw new Error(`no webhook answer for ${id}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

const page = (n: number) => TAGS.commentsPage(a.articleId, n)

/** A reader's comment as the site stores it (a pending draft), then approved in the Studio's steps. */
async function postAndApprove(id: string, createdAt: string, parent?: string) {
  await site.writer.create(commentDoc(a.articleId, id, createdAt, parent, 'pending'))
  await moderate(site.writer, id, 'approved')
}

test('approving a reply to a thread on page 2 revalidates page 2 only (and the article’s count)', async () => {
  const id = `comment-${SLUG}-late-reply`
  await postAndApprove(id, minuteAt(100_000), replyId(SLUG, 70, 0))
  expect(await answerFor(id)).toEqual([page(2)])
  const all = answers.find((x) => x.id === id)!.tags
  expect(all).toEqual(expect.arrayContaining([TAGS.articleBySlug(SLUG), TAGS.comment]))
  expect(all).not.toContain(TAGS.commentPages(a.articleId))
})

test('approving the newest thread (oldest first) revalidates the last page only', async () => {
  const id = `comment-${SLUG}-newest`
  await postAndApprove(id, minuteAt(100_001))
  expect(await answerFor(id)).toEqual([page(3)])
})

test('a thread that opens a new page revalidates it and the page before (its "next" link)', async () => {
  // Pages 1–3 hold 121 threads; 29 more fill page 3, the 30th opens page 4.
  const tx = site.writer.transaction()
  for (let i = 0; i < 29; i++) tx.create(commentDoc(a.articleId, `comment-${SLUG}-fill-${i}`, minuteAt(100_010 + i)))
  await tx.commit()
  const id = `comment-${SLUG}-opens-page-4`
  await postAndApprove(id, minuteAt(100_100))
  expect(await answerFor(id)).toEqual([page(3), page(4)].sort())
})

test('a thread approved late, older than others, shifts the pages after it: those are revalidated, earlier ones not', async () => {
  const id = `comment-${SLUG}-approved-late`
  // Written between threads 60 and 61: it lands on page 2 and pushes one thread onto each later page.
  await postAndApprove(id, minuteAt(605))
  expect(await answerFor(id)).toEqual([page(2), page(3), page(4)].sort())
})

test('marking an approved reply on page 1 as spam revalidates page 1 only', async () => {
  const id = replyId(SLUG, 3, 1)
  await moderate(site.writer, id, 'spam')
  expect(await answerFor(id)).toEqual([page(1)])
})

test('a pending comment revalidates nothing', async () => {
  const id = `comment-${SLUG}-pending`
  await site.writer.create(commentDoc(a.articleId, id, minuteAt(100_200), rootId(SLUG, 0), 'pending'))
  await moderate(site.writer, id, 'spam')
  await new Promise((r) => setTimeout(r, 300))
  expect(answers.filter((x) => x.id === id)).toEqual([])
})
