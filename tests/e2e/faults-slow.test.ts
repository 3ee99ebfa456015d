/** @jest-environment node */
/**
 * A slow lake: a proxy in front of it holds every answer back for longer than the site's
 * SANITY_REQUEST_TIMEOUT_MS. Cached pages keep serving, the health check says 503, and the
 * comment action gives up with the same clear message instead of hanging.
 */
import type {Browser} from 'playwright-core'
import {startOwnSite, type OwnSite} from '../support/e2e'
import {launchBrowser, newWatchedContext} from '../support/e2e-browser'
import {
  MESSAGES,
  fillComment,
  unique,
  waitForHydratedForm,
  waitForStatus,
  waitOutTimeTrap,
} from '../support/e2e-comments'
import {DelayProxy, leaksIn, recordActionResponses} from '../support/e2e-faults'
import {SEED_ARTICLE} from '../support/e2e-pages'

const TIMEOUT_MS = 1500
const LAKE_DELAY_MS = 8000

let site: OwnSite
let proxy: DelayProxy
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  site = await startOwnSite({
    lakeUrlFor: async (lakePort) => (proxy = await DelayProxy.start(lakePort)).url,
    appEnv: {SANITY_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS)},
  })
})
afterAll(async () => {
  await Promise.all([site?.close(), browser?.close()])
  await proxy?.close()
})

const timed = async (path: string) => {
  const started = Date.now()
  const res = await fetch(site.baseUrl + path, {signal: AbortSignal.timeout(30_000)})
  const body = await res.text()
  return {status: res.status, body, ms: Date.now() - started}
}

test('pages serve from cache and the comment action answers clearly when the lake is slow', async () => {
  expect((await timed('/api/health')).status).toBe(200)
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec((await timed(SEED_ARTICLE)).body)![1]

  const {context} = await newWatchedContext(browser)
  const page = await context.newPage()
  await page.goto(site.baseUrl + SEED_ARTICLE)
  await waitForHydratedForm(page)
  await page.locator('#comment-body').focus()
  const focusedAt = Date.now()

  proxy.delayMs = LAKE_DELAY_MS
  const leaks: Record<string, string[]> = {}
  for (const path of [SEED_ARTICLE, '/']) {
    const res = await timed(path)
    expect({path, status: res.status, fast: res.ms < TIMEOUT_MS}).toEqual({path, status: 200, fast: true})
    leaks[path] = leaksIn(res.body)
  }
  expect((await timed(SEED_ARTICLE)).body).toContain(title)

  const health = await timed('/api/health')
  expect(health.status).toBe(503)
  expect(health.ms).toBeLessThan(LAKE_DELAY_MS)
  leaks['/api/health'] = leaksIn(health.body)

  const name = unique('Jigme')
  const body = unique('A slow content store must not leave this comment hanging.')
  await fillComment(page, {name, body})
  await waitOutTimeTrap(focusedAt)
  const answers = await recordActionResponses(page, SEED_ARTICLE)
  const submittedAt = Date.now()
  await page.click('#respond button[type="submit"]')
  await waitForStatus(page, MESSAGES.unavailable, 60_000)
  const answeredIn = Date.now() - submittedAt
  console.log(
    `[slow] lake answers held ${LAKE_DELAY_MS} ms, site timeout ${TIMEOUT_MS} ms: comment action answered in ${answeredIn} ms, health in ${health.ms} ms`,
  )
  if (answers[0]?.status !== 200) console.log(`[slow] the site's log:\n${site.app.log().slice(-4000)}`)
  expect(answers.map((a) => a.status)).toEqual([200])
  expect(answers[0].body).toContain(MESSAGES.unavailable)
  leaks['(server action)'] = leaksIn(answers[0].body)
  expect(await page.inputValue('#comment-body')).toBe(body)
  await context.close()

  for (const [path, found] of Object.entries(leaks)) expect({path, found}).toEqual({path, found: []})

  proxy.delayMs = 0
  expect((await timed('/api/health')).status).toBe(200)
})
