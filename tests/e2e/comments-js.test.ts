/** @jest-environment node */
/**
 * "Leave a reply" with JavaScript: a field error first (text kept), then the time trap, the
 * moderation message, approval through the lake and the webhook that puts the comment on the page,
 * and a second reader's reply through the comment's Reply link, shown nested once approved.
 */
import type {Browser, Page} from 'playwright-core'
import {e2eState} from '../support/e2e'
import {launchBrowser, newWatchedContext} from '../support/e2e-browser'
import {
  MESSAGES,
  approve,
  emailFor,
  moderator,
  reloadUntil,
  unique,
  waitForHydratedForm,
  waitForStatus,
  waitOutTimeTrap,
} from '../support/e2e-comments'
import {SEED_ARTICLE} from '../support/e2e-pages'

let browser: Browser
const {baseUrl, lakeUrl} = e2eState()
const lake = moderator(lakeUrl)

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

/** Opens the article and focuses the form, which fetches the time-trap token; returns when that was. */
async function openForm(page: Page): Promise<number> {
  await page.goto(baseUrl + SEED_ARTICLE)
  await waitForHydratedForm(page)
  const token = page.waitForResponse((res) => res.url().endsWith('/api/comments/token') && res.status() === 200)
  await page.locator('#comment-name').focus()
  const focusedAt = Date.now()
  await token
  return focusedAt
}

test('comment, approve, see it; reply through its Reply link, approve, see it nested', async () => {
  const reader = await newWatchedContext(browser)
  const page = await reader.context.newPage()
  const name = unique('Tashi')
  const body = unique('The Doklam section understates how much the 2017 standoff shaped Thimphu’s caution.')

  const focusedAt = await openForm(page)
  await page.fill('#comment-name', name)
  await page.fill('#comment-email', emailFor(name))
  await page.click('#respond button[type="submit"]')
  const error = page.locator('#comment-body-error')
  await error.waitFor()
  expect(await error.textContent()).toBe(MESSAGES.bodyRequired)
  expect(await page.getAttribute('#comment-body', 'aria-describedby')).toContain('comment-body-error')
  expect(await page.inputValue('#comment-name')).toBe(name)
  expect(await page.inputValue('#comment-email')).toBe(emailFor(name))

  await page.fill('#comment-body', body)
  await waitOutTimeTrap(focusedAt)
  await page.click('#respond button[type="submit"]')
  await waitForStatus(page, MESSAGES.awaiting)
  expect(await page.locator('#comment-body-error').count()).toBe(0)

  const stored = await approve(lake, body)
  const waited = await reloadUntil(page, '#comments', body)
  console.log(`[comments] with JavaScript: the approved comment was on the article ${waited} ms after approval`)
  expect(waited).toBeLessThan(10_000)
  expect(await page.locator(`li#${stored._id} .comment__author`).textContent()).toBe(name)

  // A second reader answers through the comment's Reply link.
  const second = await newWatchedContext(browser)
  const other = await second.context.newPage()
  await other.goto(baseUrl + SEED_ARTICLE)
  await waitForHydratedForm(other)
  const replyName = unique('Sonam')
  const replyBody = unique('Caution, yes, but the hydropower debt matters more than Doklam.')
  const token = other.waitForResponse((res) => res.url().endsWith('/api/comments/token'))
  await other.click(`li#${stored._id} a.comment__reply`)
  await other.locator('#respond-title', {hasText: `Reply to ${name}`}).waitFor()
  // The Reply link moves focus into the form, which asks for the time-trap token.
  expect(await other.evaluate(() => document.activeElement?.id)).toBe('comment-body')
  const replyFocusedAt = Date.now()
  await token
  await other.fill('#comment-body', replyBody)
  await other.fill('#comment-name', replyName)
  await other.fill('#comment-email', emailFor(replyName))
  await waitOutTimeTrap(replyFocusedAt)
  await other.click('#respond button[type="submit"]')
  await waitForStatus(other, MESSAGES.awaiting)
  // After a reply the form goes back to commenting on the article.
  await other.locator('#respond-title', {hasText: 'Leave a reply'}).waitFor()

  const reply = await approve(lake, replyBody)
  expect(reply.parent).toBe(stored._id)
  await reloadUntil(other, `li#${stored._id} .comment-list--replies`, replyBody)
  expect(
    await other.locator(`li#${stored._id} > .comment-list--replies > li#${reply._id} .comment__author`).textContent(),
  ).toBe(replyName)

  await Promise.all([reader.context.close(), second.context.close()])
  expect([...reader.cspViolations, ...second.cspViolations]).toEqual([])
})
