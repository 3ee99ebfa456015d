/** @jest-environment node */
/**
 * The flood limit's client address, through the production server (scripts/serve.ts) and Next's
 * real server action, without JavaScript. With no trusted proxy a reader cannot get a fresh
 * flood key by sending a new X-Forwarded-For with each post: the key is the connection's own
 * address. With TRUSTED_PROXY_HOPS=1 the entry our proxy appended is the client, and whatever
 * the client put before it changes nothing.
 */
import {e2eState, startOwnSite, type OwnSite} from '../support/e2e'
import {readerAddress} from '../support/e2e-browser'
import {commentFormOf, postComment, type CommentFormTemplate} from '../support/e2e-faults'
import {SEED_ARTICLE} from '../support/e2e-pages'
import {MESSAGES} from '@/lib/comments/messages'

/** A new reader each time (own name, e-mail and text), so only the address can join two posts. */
let readers = 0
function reader() {
  const n = `${Date.now().toString(36)}${readers++}`
  return {name: `Flood ${n}`, email: `flood-${n}@example.com`, body: `Post ${n}: the hydropower revenue is the story.`}
}

async function expectAccepted(site: string, form: CommentFormTemplate, forwardedFor: string) {
  const posted = await postComment(site, form, reader(), forwardedFor)
  expect({status: posted.status, acknowledged: posted.acknowledged}).toEqual({status: 200, acknowledged: true})
}

async function expectFlooded(site: string, form: CommentFormTemplate, forwardedFor: string) {
  const posted = await postComment(site, form, reader(), forwardedFor)
  expect(posted.acknowledged).toBe(false)
  expect(posted.html).toContain(MESSAGES.tooFast)
}

describe('no trusted proxy (TRUSTED_PROXY_HOPS=0)', () => {
  let site: OwnSite
  beforeAll(async () => {
    site = await startOwnSite({appEnv: {TRUSTED_PROXY_HOPS: '0'}})
  })
  afterAll(() => site?.close())

  test('a new X-Forwarded-For per post does not make a new reader: the second post is refused', async () => {
    const form = await commentFormOf(site.baseUrl, SEED_ARTICLE)
    // Each in its own /24, so that no two could share a key even after anonymising.
    await expectAccepted(site.baseUrl, form, '10.1.1.1')
    await expectFlooded(site.baseUrl, form, '10.2.2.2')
    await expectFlooded(site.baseUrl, form, '172.16.3.3, 10.3.3.3')
    await expectFlooded(site.baseUrl, form, '')
  })

  test('SIGTERM stops the server within 5 s, by its own hand', async () => {
    const started = Date.now()
    await site.app.stop('SIGTERM', 10_000)
    expect(Date.now() - started).toBeLessThan(5000)
    // Exit code 0, not death by the signal: it closed its server and left.
    expect(await site.app.exited).toBe(0)
  })
})

describe('one trusted proxy (TRUSTED_PROXY_HOPS=1, as the shared site runs)', () => {
  const {baseUrl} = e2eState()
  // Random /48s, as the browser journeys use: no other test or earlier run shares their limit.
  const [first, second] = [readerAddress(), readerAddress()]

  test('the entry the proxy appended is the client, whatever the client sent before it', async () => {
    const form = await commentFormOf(baseUrl, SEED_ARTICLE)
    await expectAccepted(baseUrl, form, first)
    // Another client behind the same proxy (the same connection address) is another reader.
    await expectAccepted(baseUrl, form, second)
    // The first client again, now with a forged entry of its own before the proxy's.
    await expectFlooded(baseUrl, form, `192.0.2.77, ${first}`)
  })
})
