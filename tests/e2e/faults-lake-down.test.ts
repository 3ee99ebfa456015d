/** @jest-environment node */
/**
 * The lake stops: cached pages keep serving, the comment form says plainly that it could not
 * save (and keeps the text), the health check reports 503, and no response shows a stack trace.
 * A site of its own, so stopping its lake disturbs no other test.
 */
import type {Browser} from 'playwright-core'
import {startOwnSite, type OwnSite} from '../support/e2e'
import {launchBrowser, newWatchedContext} from '../support/e2e-browser'
import {
  MESSAGES,
  emailFor,
  fillComment,
  unique,
  waitForHydratedForm,
  waitForStatus,
  waitOutTimeTrap,
} from '../support/e2e-comments'
import {leaksIn, recordActionResponses} from '../support/e2e-faults'
import {SEED_ARTICLE} from '../support/e2e-pages'

let site: OwnSite
let browser: Browser

beforeAll(async () => {
  ;[site, browser] = await Promise.all([startOwnSite(), launchBrowser()])
})
afterAll(async () => {
  await Promise.all([site?.close(), browser?.close()])
})

const get = async (path: string) => {
  const res = await fetch(site.baseUrl + path, {signal: AbortSignal.timeout(30_000)})
  return {status: res.status, body: await res.text()}
}

test('cached pages, a clear comment error and a 503 health check while the lake is down', async () => {
  const health = await get('/api/health')
  expect(health.status).toBe(200)
  expect(JSON.parse(health.body)).toMatchObject({status: 'ok', contentStore: {reachable: true}})
  const before = await get(SEED_ARTICLE)
  expect(before.status).toBe(200)
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(before.body)![1]

  // The reader opens the article and starts writing before the lake goes away.
  const {context} = await newWatchedContext(browser)
  const page = await context.newPage()
  await page.goto(site.baseUrl + SEED_ARTICLE)
  await waitForHydratedForm(page)
  await page.locator('#comment-body').focus()
  const focusedAt = Date.now()

  await site.lake.stop('SIGKILL')

  const bodies: Record<string, string> = {}
  for (const path of [SEED_ARTICLE, '/']) {
    const res = await get(path)
    expect({path, status: res.status}).toEqual({path, status: 200})
    bodies[path] = res.body
  }
  expect(bodies[SEED_ARTICLE]).toContain(title)

  const down = await get('/api/health')
  expect(down.status).toBe(503)
  expect(JSON.parse(down.body)).toMatchObject({status: 'unavailable', contentStore: {reachable: false}})
  bodies['/api/health'] = down.body

  // Pages that need the lake right now fail politely.
  for (const path of ['/search?q=bhutan', '/articles/not-in-the-cache']) {
    const res = await get(path)
    expect({path, status: res.status}).not.toEqual({path, status: 200})
    bodies[path] = res.body
  }

  const name = unique('Ugyen')
  const body = unique('Posting while the content store is down should keep this text.')
  await fillComment(page, {name, body})
  await waitOutTimeTrap(focusedAt)
  const answers = await recordActionResponses(page, SEED_ARTICLE)
  await page.click('#respond button[type="submit"]')
  await waitForStatus(page, MESSAGES.unavailable)
  // A 200 with the message in the action's own answer, not an error page the browser fell back on.
  if (answers[0]?.status !== 200) console.log(`[lake down] the site's log:\n${site.app.log().slice(-4000)}`)
  expect(answers.map((a) => a.status)).toEqual([200])
  expect(answers[0].body).toContain(MESSAGES.unavailable)
  bodies['(server action)'] = answers[0].body
  expect(await page.inputValue('#comment-body')).toBe(body)
  expect(await page.inputValue('#comment-name')).toBe(name)
  expect(await page.inputValue('#comment-email')).toBe(emailFor(name))
  await context.close()

  for (const [path, text] of Object.entries(bodies)) expect({path, leaks: leaksIn(text)}).toEqual({path, leaks: []})

  // And the site recovers when the lake is back.
  await site.restartLake()
  expect((await get('/api/health')).status).toBe(200)
})
