/** @jest-environment node */
/**
 * A reader's journey in Chromium: home → a "Top 5 This Week" story → one of its Related Posts →
 * that story's author → a topic, then back through the history, at a phone's and a desktop's width.
 */
import type {Browser, Page} from 'playwright-core'
import {e2eState} from '../support/e2e'
import {DESKTOP, PHONE, launchBrowser, newWatchedContext} from '../support/e2e-browser'

let browser: Browser
const {baseUrl} = e2eState()

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const heading = (page: Page, text: string) => page.locator('h1', {hasText: text}).first().waitFor({timeout: 15_000})
const path = (page: Page) => new URL(page.url()).pathname

describe.each([PHONE, DESKTOP])('at $width px', (viewport) => {
  test('home → Top 5 → article → related post → author → topic, and back', async () => {
    const {context, cspViolations} = await newWatchedContext(browser, {viewport})
    const page = await context.newPage()
    await page.goto(baseUrl + '/')

    const topFive = page.locator('section[aria-labelledby="top5-title"]')
    await expect(topFive.locator('h2').textContent()).resolves.toBe('Top 5 This Week')
    const pick = topFive.locator('ol > li a').first()
    const [pickTitle, pickHref] = [await pick.textContent(), await pick.getAttribute('href')]
    await pick.click()
    await page.waitForURL(`**${pickHref}`)
    await heading(page, pickTitle!)

    const related = page.locator('section[aria-labelledby="related-title"] .card__title a').first()
    await related.scrollIntoViewIfNeeded()
    const [relatedTitle, relatedHref] = [await related.textContent(), await related.getAttribute('href')]
    expect(relatedHref).not.toBe(pickHref)
    await related.click()
    await page.waitForURL(`**${relatedHref}`)
    await heading(page, relatedTitle!)

    const author = page.locator('.author-box__name a')
    const [authorName, authorHref] = [await author.textContent(), await author.getAttribute('href')]
    await author.click()
    await page.waitForURL(`**${authorHref}`)
    await heading(page, authorName!)
    expect(await page.locator('main .card').count()).toBeGreaterThan(0)

    const topic = page.locator('main .card .kicker').first()
    const [topicTitle, topicHref] = [await topic.textContent(), await topic.getAttribute('href')]
    expect(topicHref).toMatch(/^\/topics\//)
    await topic.click()
    await page.waitForURL(`**${topicHref}`)
    await heading(page, topicTitle!)

    await page.goBack()
    await page.waitForURL(`**${authorHref}`)
    await heading(page, authorName!)
    await page.goBack()
    await page.waitForURL(`**${relatedHref}`)
    await heading(page, relatedTitle!)
    await page.goBack()
    await page.waitForURL(`**${pickHref}`)
    await heading(page, pickTitle!)
    await page.goBack()
    expect(path(page)).toBe('/')
    await page.locator('section[aria-labelledby="top5-title"]').waitFor()

    await context.close()
    expect(cspViolations).toEqual([])
  })
})
