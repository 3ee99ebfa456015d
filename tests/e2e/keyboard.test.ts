/** @jest-environment node */
/**
 * Keyboard only: the skip link is the first stop and moves focus to the main content, focus is
 * visible, and a comment can be written and posted without a pointer.
 */
import type {Browser, Page} from 'playwright-core'
import {e2eState} from '../support/e2e'
import {launchBrowser, newWatchedContext} from '../support/e2e-browser'
import {MESSAGES, emailFor, unique, waitForHydratedForm, waitForStatus, waitOutTimeTrap} from '../support/e2e-comments'

const ARTICLE = '/articles/chip-sovereignty'

let browser: Browser
const {baseUrl} = e2eState()

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    const style = el ? getComputedStyle(el) : null
    return {
      tag: el?.tagName.toLowerCase(),
      id: el?.id,
      className: el?.className,
      text: el?.textContent?.trim(),
      outlineStyle: style?.outlineStyle,
      outlineWidth: style?.outlineWidth,
    }
  })

/** Presses Tab until the element with `id` has focus; fails after `max` presses. */
async function tabTo(page: Page, id: string, max = 400): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab')
    if ((await active(page)).id === id) return presses
  }
  throw new Error(`#${id} was not reached with ${max} presses of Tab`)
}

test('skip link first, focus on main, visible focus, and a comment posted from the keyboard', async () => {
  const {context, cspViolations} = await newWatchedContext(browser)
  const page = await context.newPage()
  await page.goto(baseUrl + ARTICLE)
  await waitForHydratedForm(page)

  await page.keyboard.press('Tab')
  const skip = await active(page)
  expect(skip).toMatchObject({tag: 'a', className: 'skip-link', text: 'Skip to content'})
  expect(skip.outlineStyle).not.toBe('none')
  expect(parseFloat(skip.outlineWidth ?? '0')).toBeGreaterThan(0)
  expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true)

  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.activeElement?.id === 'main')

  // The next stop after main is a link inside it, and its focus is visible too.
  await page.keyboard.press('Tab')
  const link = await active(page)
  expect(link.tag).toBe('a')
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true)
  expect(link.outlineStyle).not.toBe('none')
  expect(parseFloat(link.outlineWidth ?? '0')).toBeGreaterThan(0)

  const name = unique('Karma')
  const token = page.waitForResponse((res) => res.url().endsWith('/api/comments/token'))
  await tabTo(page, 'comment-body')
  const focusedAt = Date.now()
  await token
  await page.keyboard.type(unique('Typed without a mouse: the section on drones reads well.'))
  await page.keyboard.press('Tab')
  expect((await active(page)).id).toBe('comment-name')
  await page.keyboard.type(name)
  await page.keyboard.press('Tab')
  expect((await active(page)).id).toBe('comment-email')
  await page.keyboard.type(emailFor(name))
  await page.keyboard.press('Tab')
  expect((await active(page)).id).toBe('comment-remember')
  await page.keyboard.press('Tab')
  expect(await active(page)).toMatchObject({tag: 'button', text: 'Post Comment'})
  expect((await active(page)).outlineStyle).not.toBe('none')

  await waitOutTimeTrap(focusedAt)
  await page.keyboard.press('Enter')
  await waitForStatus(page, MESSAGES.awaiting)

  await context.close()
  expect(cspViolations).toEqual([])
})
