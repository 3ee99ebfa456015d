/** @jest-environment node */
/**
 * What the public API shows of comments: a real lake with the sample edition, the real server
 * action, and moderation driven through the lake's `data/actions` with the steps the Studio's
 * actions take. "Anonymous" is a tokenless @sanity/client, in every perspective it may ask for.
 */
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {ClientPerspective} from '@sanity/client'
import {MESSAGES} from '@/lib/comments/messages'
import {getArticleBySlug} from '@/lib/queries/article'
import {getApprovedComments} from '@/lib/queries/comments'
import {getPopularArticles} from '@/lib/queries/rankings'
import {tagsForChange} from '@/lib/revalidation/tagsForChange'
import {
  WEBHOOK_FILTER,
  WEBHOOK_PROJECTION,
  WebhookPayloadSchema,
  type WebhookPayload,
} from '@/lib/revalidation/webhookPayload'
import {TAGS} from '@/lib/sanity/tags'
import {WebhookSender} from '@/sanity/lake/server/webhooks'
import {moderate} from '../support/moderate'
import {startSiteLake, type SiteLake} from '../support/site'
import {SEED, acceptedToken, commentForm, freshAddress, storedFor, submit, uniqueEmail, uniqueText} from './support'

let mockHeaders = new Headers()
jest.mock('next/headers', () => ({headers: async () => mockHeaders}))

const ARTICLE = 'article-chip-sovereignty'
const SLUG = 'chip-sovereignty'
const PERSPECTIVES: ClientPerspective[] = ['published', 'drafts', 'raw']
const PRIVATE_FIELDS = ['email', 'emailHash', 'ipHash', 'flags']

let site: SiteLake
let hooks: {server: Server; received: WebhookPayload[]}
let sender: WebhookSender

beforeAll(async () => {
  site = await startSiteLake()
  // The lake's own webhook, as `npm start` runs it, into a receiver that keeps the payloads.
  const received: WebhookPayload[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push(WebhookPayloadSchema.parse(JSON.parse(body)))
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()))
  hooks = {server, received}
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  const secret = 'privacy-test-secret-0123456789'
  const hook = {name: 'revalidate', url, secret, filter: WEBHOOK_FILTER, projection: WEBHOOK_PROJECTION}
  sender = new WebhookSender(site.lake.lake.store, [hook])
})
afterAll(async () => {
  sender.close()
  await new Promise((done) => hooks.server.close(done))
  await site.close()
})

/** Every comment-ish document an anonymous client can find, in any perspective. */
async function anonymousView(filter: string, params: Record<string, unknown> = {}) {
  const rows = await Promise.all(
    PERSPECTIVES.map((perspective) =>
      site.anon.fetch<Record<string, unknown>[]>(`*[${filter}]`, params, {perspective}),
    ),
  )
  return rows.flat()
}

const privateFieldsOf = (doc: Record<string, unknown>) => PRIVATE_FIELDS.filter((field) => field in doc)

async function until<T>(check: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

async function counts() {
  const article = await getArticleBySlug(SLUG)
  const popular = await getPopularArticles(20)
  return {
    article: article?.commentCount,
    popular: popular.find((a) => a.slug === SLUG)?.commentCount ?? 0,
    // Even a count that forgets to ask for approved comments sees only approved ones.
    naive: await site.anon.fetch<number>('count(*[_type == "comment" && article._ref == $id])', {id: ARTICLE}),
  }
}

describe('the sample edition', () => {
  test('no pending, spam or trashed comment is readable without a token', async () => {
    expect(await anonymousView('_type == "comment" && status != "approved"')).toEqual([])
    // With a token they are all there, for the Studio's moderation lists.
    const held = await site.reader.fetch<string[]>(
      '*[_type == "comment" && status != "approved"].status',
      {},
      {perspective: 'drafts'},
    )
    expect(held.sort()).toEqual(['pending', 'pending', 'pending', 'pending', 'spam', 'spam', 'trash'])
    for (const id of [SEED.pending, SEED.trash]) {
      expect(await site.anon.getDocument(id)).toBeUndefined()
      expect(await site.anon.getDocument(`drafts.${id}`)).toBeUndefined()
    }
  })

  test('no e-mail, e-mail hash, IP hash or flags anywhere a tokenless client can look', async () => {
    const leaks = await anonymousView('defined(email) || defined(emailHash) || defined(ipHash) || defined(flags)')
    expect(leaks).toEqual([])
    const comments = await anonymousView('_type == "comment"')
    expect(comments.length).toBeGreaterThanOrEqual(22 * 3)
    for (const c of comments) expect({id: c._id, fields: privateFieldsOf(c)}).toEqual({id: c._id, fields: []})
    // The moderator still has them, in the private half of each comment.
    const flagged = await site.reader.fetch<string[]>('*[_type == "commentContact" && count(flags) > 0].comment._ref')
    expect(flagged.length).toBeGreaterThan(0)
  })
})

describe('a comment from submission to spam', () => {
  const email = uniqueEmail('privacy')
  const body = `${uniqueText('privacy comment')} Sources: https://a.example/1 and https://b.example/2`
  let id: string
  let before: Awaited<ReturnType<typeof counts>>

  beforeAll(async () => {
    before = await counts()
    mockHeaders = new Headers({'x-forwarded-for': freshAddress()})
    const state = await submit(commentForm({articleId: ARTICLE, email, body, startedAt: ''}))
    expect(state).toMatchObject({status: 'success', message: MESSAGES.awaitingModeration})
    id = (await storedFor(site.reader, email)).comments[0]._id
  })

  test('once submitted, it is invisible without a token; hashes and flags are in its private half', async () => {
    expect(await anonymousView('body == $body || _id in [$id, "drafts." + $id]', {body, id})).toEqual([])
    expect(await site.anon.getDocument(id)).toBeUndefined()
    expect(await site.anon.getDocument(`drafts.${id}`)).toBeUndefined()

    // A draft, pending, with nothing private on it: publishing it later copies it whole.
    const draft = await site.reader.getDocument(`drafts.${id}`)
    expect(draft).toMatchObject({_type: 'comment', status: 'pending', body})
    expect(privateFieldsOf(draft!)).toEqual([])
    expect(await site.reader.getDocument(id)).toBeUndefined()
    const contact = await site.reader.getDocument(`comment-contact.${id}`)
    expect(contact).toMatchObject({_type: 'commentContact', email, flags: ['links', 'unverified'], comment: {_ref: id}})
    expect(contact?.emailHash).toMatch(/^[0-9a-f]{64}$/)
    expect(contact?.ipHash).toMatch(/^[0-9a-f]{32}$/)

    expect(await counts()).toEqual(before)
    expect((await getApprovedComments(ARTICLE)).map((c) => c._id)).not.toContain(id)
  })

  test('a reply to it is refused while it is pending', async () => {
    mockHeaders = new Headers({'x-forwarded-for': freshAddress()})
    const state = await submit(commentForm({articleId: ARTICLE, parentId: id, startedAt: acceptedToken()}))
    expect(state.message).toBe(MESSAGES.parentMissing)
  })

  test('approved (status + publish: one Studio action), it is public and counted, with no private field', async () => {
    await moderate(site.writer, id, 'approved')
    const published = await site.anon.getDocument(id)
    expect(published).toMatchObject({_id: id, status: 'approved', body})
    expect(privateFieldsOf(published!)).toEqual([])
    expect(await site.reader.getDocument(`drafts.${id}`)).toBeUndefined()
    expect(await counts()).toEqual({article: before.article! + 1, popular: before.popular + 1, naive: before.naive + 1})
    expect((await getApprovedComments(ARTICLE)).map((c) => c._id)).toContain(id)

    // The lake's webhook told the site, and the site revalidates the article and its comments.
    const payload = await until(() => hooks.received.find((p) => p._id === id), 'the approval webhook')
    expect(tagsForChange(payload)).toEqual(expect.arrayContaining([TAGS.commentsOf(ARTICLE), TAGS.articleBySlug(SLUG)]))
    // Nothing was sent while it was a pending draft: that changed no page.
    expect(hooks.received.filter((p) => p._id === id || p._id === `drafts.${id}`)).toHaveLength(1)
  })

  test('the same comment sent again is a duplicate, not a second draft of a published comment', async () => {
    mockHeaders = new Headers({'x-forwarded-for': freshAddress()})
    const state = await submit(commentForm({articleId: ARTICLE, email, body, startedAt: ''}))
    expect(state.message).toBe(MESSAGES.duplicate)
    expect(await site.reader.getDocument(`drafts.${id}`)).toBeUndefined()
  })

  test('marked as spam after approval, it leaves the public API and the count drops back', async () => {
    await moderate(site.writer, id, 'spam')
    expect(await anonymousView('body == $body || _id in [$id, "drafts." + $id]', {body, id})).toEqual([])
    expect(await site.reader.getDocument(`drafts.${id}`)).toMatchObject({status: 'spam', body})
    expect(await counts()).toEqual(before)
    expect((await getApprovedComments(ARTICLE)).map((c) => c._id)).not.toContain(id)

    const removal = await until(() => hooks.received.filter((p) => p._id === id)[1], 'the unpublish webhook')
    expect(removal).toMatchObject({status: null, previousStatus: 'approved'})
    expect(tagsForChange(removal)).toEqual(expect.arrayContaining([TAGS.commentsOf(ARTICLE), TAGS.articleBySlug(SLUG)]))

    // Moving it on to the trash is a draft change again: nothing public, no webhook.
    await moderate(site.writer, id, 'trash')
    expect(await site.reader.getDocument(`drafts.${id}`)).toMatchObject({status: 'trash'})
    expect(await site.anon.getDocument(id)).toBeUndefined()
  })
})
