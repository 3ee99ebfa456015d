/** @jest-environment node */
/**
 * Every route that calls notFound() answers with the rendered not-found page, not Next's empty
 * error shell (scripts/serve/notFoundPage.ts), against the production build: the HTML as served
 * has the page's language, title and heading, a browser without JavaScript shows it, and with
 * JavaScript the page hydrates without an error.
 */
import type {Browser} from 'playwright-core'
import {e2eState} from '../support/e2e'
import {PHONE, launchBrowser, newWatchedContext} from '../support/e2e-browser'
import {SEED_ARTICLE} from '../support/e2e-pages'

const {baseUrl} = e2eState()
const HEADING = 'We couldn’t find that page'
const MISSING = [
  '/articles/no-such-article',
  '/authors/no-such-author',
  '/topics/no-such-topic',
  '/archive/999',
  `${SEED_ARTICLE}/comments/999`,
  `${SEED_ARTICLE}/reply/no-such-comment`,
]

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

test.each(MISSING)('%s is a 404 rendered on the server', async (path) => {
  const res = await fetch(baseUrl + path)
  const html = await res.text()
  expect(res.status).toBe(404)
  expect(html).not.toContain('__next_error__')
  expect(html).toMatch(/<html lang="en"/)
  expect(html).toContain('<title>Page not found')
  expect(html).toContain(`<h1>${HEADING}</h1>`)
  expect(html).toContain('<meta name="robots" content="noindex"/>')
})

test('without JavaScript a reader sees the not-found page; with it, the page hydrates cleanly', async () => {
  const noJs = await newWatchedContext(browser, {viewport: PHONE, javaScriptEnabled: false})
  const page = await noJs.context.newPage()
  await page.goto(baseUrl + '/articles/no-such-article')
  expect(await page.locator('h1').innerText()).toBe(HEADING)
  expect(await page.locator('header a[href="/"]').count()).toBeGreaterThan(0)
  await noJs.context.close()

  const withJs = await newWatchedContext(browser, {viewport: PHONE})
  const hydrated = await withJs.context.newPage()
  await hydrated.goto(baseUrl + '/authors/no-such-author')
  await hydrated.waitForFunction(() => {
    const h1 = document.querySelector('h1')
    return Boolean(h1 && Object.keys(h1).some((key) => key.startsWith('__reactFiber')))
  })
  expect(await hydrated.locator('h1').innerText()).toBe(HEADING)
  expect(new URL(hydrated.url()).pathname).toBe('/authors/no-such-author')
  expect(withJs.consoleErrors.filter((e) => !/404/.test(e))).toEqual([])
  expect(withJs.cspViolations).toEqual([])
  await withJs.context.close()
})
