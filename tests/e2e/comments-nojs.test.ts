/** @jest-environment node */
/**
 * The same comment journey with JavaScript disabled: plain form posts to the server action,
 * the field error and the kept text in the returned page, the no-JS reply page behind the
 * Reply link, and both comments on the article once approved.
 */
import type {Browser} from 'playwright-core'
import {e2eState} from '../support/e2e'
import {launchBrowser, newWatchedContext} from '../support/e2e-browser'
import {MESSAGES, approve, emailFor, moderator, reloadUntil, unique, waitForStatus} from '../support/e2e-comments'

// Another article than the JS journey's, so the two never read each other's comments.
const ARTICLE = '/articles/bhutan-hydropower-bargain'

let browser: Browser
const {baseUrl, lakeUrl} = e2eState()
const lake = moderator(lakeUrl)

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

test('without JavaScript: error, fix, awaiting moderation, approve, reply page, nested reply', async () => {
  const reader = await newWatchedContext(browser, {javaScriptEnabled: false})
  const page = await reader.context.newPage()
  const name = unique('Pema')
  const body = unique('Without a script I can still argue that the tariff renegotiation is the real story.')

  await page.goto(baseUrl + ARTICLE)
  expect(await page.getAttribute('#respond', 'action')).toBe(`${ARTICLE}#respond`)
  await page.fill('#comment-name', name)
  await page.fill('#comment-email', emailFor(name))
  await Promise.all([page.waitForNavigation(), page.click('#respond button[type="submit"]')])
  expect(await page.locator('#comment-body-error').textContent()).toBe(MESSAGES.bodyRequired)
  expect(await page.inputValue('#comment-name')).toBe(name)
  expect(await page.inputValue('#comment-email')).toBe(emailFor(name))

  await page.fill('#comment-body', body)
  await Promise.all([page.waitForNavigation(), page.click('#respond button[type="submit"]')])
  await waitForStatus(page, MESSAGES.awaiting, 5000)

  const stored = await approve(lake, body)
  await page.goto(baseUrl + ARTICLE)
  const waited = await reloadUntil(page, '#comments', body)
  console.log(`[comments] without JavaScript: the approved comment was on the article ${waited} ms after approval`)
  expect(waited).toBeLessThan(10_000)

  // Another reader, also without JavaScript, follows the Reply link to the reply page.
  const second = await newWatchedContext(browser, {javaScriptEnabled: false})
  const other = await second.context.newPage()
  await other.goto(baseUrl + ARTICLE)
  await Promise.all([other.waitForNavigation(), other.click(`li#${stored._id} a.comment__reply`)])
  expect(new URL(other.url()).pathname).toBe(`${ARTICLE}/reply/${stored._id}`)
  expect(await other.textContent('#respond-title')).toBe(`Reply to ${name}`)
  const replyName = unique('Dorji')
  const replyBody = unique('The tariff matters, but only because the debt is denominated in rupees.')
  await other.fill('#comment-body', replyBody)
  await other.fill('#comment-name', replyName)
  await other.fill('#comment-email', emailFor(replyName))
  await Promise.all([other.waitForNavigation(), other.click('#respond button[type="submit"]')])
  await waitForStatus(other, MESSAGES.awaiting, 5000)

  const reply = await approve(lake, replyBody)
  expect(reply.parent).toBe(stored._id)
  await other.goto(baseUrl + ARTICLE)
  await reloadUntil(other, `li#${stored._id} .comment-list--replies`, replyBody)
  expect(
    await other.locator(`li#${stored._id} > .comment-list--replies > li#${reply._id} .comment__author`).textContent(),
  ).toBe(replyName)

  await Promise.all([reader.context.close(), second.context.close()])
  expect([...reader.cspViolations, ...second.cspViolations]).toEqual([])
})
