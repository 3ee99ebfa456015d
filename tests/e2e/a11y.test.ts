/** @jest-environment node */
/**
 * axe-core in Chromium on every page type at a phone's and a desktop's width: no serious or
 * critical violations. Lesser findings are printed, not failed.
 */
import type {Browser} from 'playwright-core'
import {e2eState} from '../support/e2e'
import {DESKTOP, PHONE, describeViolations, launchBrowser, newWatchedContext, runAxe} from '../support/e2e-browser'
import {pageTypes, type PageUnderTest} from '../support/e2e-pages'

let browser: Browser
let pages: PageUnderTest[]
const {baseUrl} = e2eState()

beforeAll(async () => {
  browser = await launchBrowser()
  pages = await pageTypes(baseUrl)
})
afterAll(() => browser?.close())

describe.each([PHONE, DESKTOP])('at $width px', (viewport) => {
  test('no serious or critical axe violations on home, article, author, topic, search and 404', async () => {
    const {context, cspViolations} = await newWatchedContext(browser, {viewport})
    const page = await context.newPage()
    const failures: string[] = []
    for (const {name, path, status} of pages) {
      const res = await page.goto(baseUrl + path, {waitUntil: 'load'})
      expect({name, status: res?.status()}).toEqual({name, status})
      const violations = await runAxe(page)
      const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      if (violations.length > 0)
        console.log(`[axe] ${name} (${path}) at ${viewport.width}px:\n${describeViolations(violations)}`)
      if (severe.length > 0) failures.push(`${name} (${path}):\n${describeViolations(severe)}`)
    }
    await context.close()
    expect(failures).toEqual([])
    expect(cspViolations).toEqual([])
  })
})
