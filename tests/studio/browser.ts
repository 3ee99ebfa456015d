/**
 * Driving the real Sanity Studio at /studio against a lake of its own. The app's build points the
 * Studio at the embedded default, https://localhost:3334 (sanity/env.ts); Chromium's host
 * resolver sends that host and port to this test's lake instead, so the test needs no rebuild,
 * leaves port 3334 to the developer, and the Studio's URLs (and the CSP) stay as an editor has them.
 */
import {createClient, type SanityClient} from '@sanity/client'
import {chromium, type Browser, type Locator, type Page} from 'playwright-core'
import {resolveChromium} from '../support/chromium'
import {E2E_WRITE_TOKEN, freePort, startOwnSite, type OwnSite} from '../support/e2e'

export const STUDIO_API_HOST = 'localhost:3334'

export async function launchStudioBrowser(tlsPort: number): Promise<Browser> {
  const map = [`MAP local.${STUDIO_API_HOST} 127.0.0.1:${tlsPort}`, `MAP ${STUDIO_API_HOST} 127.0.0.1:${tlsPort}`].join(
    ', ',
  )
  const {executablePath, args} = await resolveChromium()
  return chromium.launch({
    executablePath,
    headless: true,
    // The lake's certificate is self-signed; an editor trusts it once (docs/studio-on-the-lake.md).
    args: [...args, '--ignore-certificate-errors', `--host-resolver-rules=${map}`],
  })
}

/**
 * Requests the Studio makes that leave the machine; offline they fail, harmlessly: the
 * Studio works without them (no network on the test machines).
 * And Chromium's complaint when the Studio's presence client says goodbye on a WebSocket that page
 * navigation is already closing (seen only at the moment a test navigates away).
 */
export const OFFLINE_NOISE =
  /sanity-cdn\.com|api\.sanity\.io|ERR_NAME_NOT_RESOLVED|Failed to fetch version|^WebSocket is already in CLOSING or CLOSED state\.$/

/** Console errors, uncaught exceptions and failed responses (with their URL, which the console omits). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  const keep = (text: string) => void (!OFFLINE_NOISE.test(text) && errors.push(text))
  page.on(
    'console',
    (m) => void (m.type() === 'error' && !m.text().startsWith('Failed to load resource') && keep(m.text())),
  )
  page.on('pageerror', (e) => keep(`pageerror: ${e.message}`))
  page.on(
    'response',
    (res) => void (res.status() >= 400 && keep(`HTTP ${res.status()} ${res.request().method()} ${res.url()}`)),
  )
  return errors
}

export interface StudioSession {
  site: OwnSite
  browser: Browser
  page: Page
  /** Console errors, exceptions and failed responses seen so far. */
  errors: string[]
  /** The test's lake, as the editor's token sees it. */
  lake: SanityClient
  html: (path: string) => Promise<{status: number; text: string}>
  close: () => Promise<void>
}

/** A lake (with its HTTPS/HTTP2 listener on a free port) and a site of their own, and a browser for them. */
export async function startStudioSession(): Promise<StudioSession> {
  const tlsPort = await freePort()
  // The lake process inherits this through the environment startOwnSite gives it; other tests
  // in this worker must not.
  process.env.LAKE_TLS_PORT = String(tlsPort)
  const site = await startOwnSite().finally(() => delete process.env.LAKE_TLS_PORT)
  const browser = await launchStudioBrowser(tlsPort)
  const page = await browser.newPage({viewport: {width: 1400, height: 1000}})
  return {
    site,
    browser,
    page,
    errors: watchErrors(page),
    lake: createClient({
      projectId: 'local',
      dataset: 'production',
      apiHost: site.lakeUrl,
      useProjectHostname: false,
      apiVersion: '2025-02-19',
      useCdn: false,
      token: E2E_WRITE_TOKEN,
    }),
    html: async (path) => {
      const res = await fetch(site.baseUrl + path, {cache: 'no-store'})
      return {status: res.status, text: await res.text()}
    },
    close: async () => {
      await browser.close()
      await site.close()
    },
  }
}

export const field = (page: Page, name: string) => page.locator(`[data-testid="field-${name}"]`)

/** Picks from a reference field's search results: type, then click the matching option. */
export async function pickReference(page: Page, input: Locator, search: string, option: RegExp) {
  await input.fill(search)
  const listboxId = (await input.getAttribute('aria-owns'))!
  await page
    .locator(`[id="${listboxId.replace(/"/g, '\\"')}"]`)
    .getByRole('option', {name: option})
    .first()
    .click()
}

export interface ArticleInput {
  title: string
  dek: string
  author: [search: string, name: RegExp]
  topic: [search: string, name: RegExp]
  heading: string
  paragraph: string
  quote: [search: string, text: RegExp]
}

/** Fills a new article as an editor would: every required field, a body with an H2 and an expert quote. */
export async function fillArticle(page: Page, a: ArticleInput) {
  await field(page, 'title').locator('input').fill(a.title)
  await field(page, 'slug').getByRole('button', {name: 'Generate'}).click()
  await field(page, 'dek').locator('textarea').fill(a.dek)
  await pickReference(page, page.locator('#author'), ...a.author)
  await field(page, 'topics')
    .getByRole('button', {name: /Add item/})
    .click()
  await pickReference(page, field(page, 'topics').locator('input[aria-owns]').last(), ...a.topic)

  const body = field(page, 'body')
  const editor = body.locator('[contenteditable="true"]')
  await editor.click()
  await page.keyboard.type(a.heading)
  // The style menu opens only once the editor has settled on the focused block: retry until it does.
  await eventually(async () => {
    await body.locator('[data-testid="block-style-select"]').click()
    const heading = page.getByRole('menuitem', {name: /Heading 2/})
    if (
      await heading.waitFor({timeout: 2000}).then(
        () => true,
        () => false,
      )
    )
      return heading.click().then(() => true)
    await editor.click()
    return false
  }, 'the Heading 2 style')
  await editor.click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(a.paragraph)
  await page.getByRole('button', {name: 'Insert Expert quote (block)'}).first().click()
  const dialog = page.locator('[data-testid="nested-object-dialog"]')
  await pickReference(page, dialog.locator('input[aria-owns]').first(), ...a.quote)
  await dialog.getByRole('button', {name: /close/i}).first().click()
}

/**
 * Types into a field until the lake has it. Right after a publish the Studio may still replace the
 * form with the incoming published snapshot and drop a keystroke; an editor would simply type again.
 */
export async function fillUntilSaved(input: Locator, value: string, saved: () => Promise<boolean>, what: string) {
  await eventually(async () => {
    if ((await input.inputValue()) !== value) await input.fill(value)
    return saved()
  }, what)
}

/** The Studio's global perspective: "Drafts" to edit, "Published" to unpublish. */
export async function choosePerspective(page: Page, name: 'Drafts' | 'Published') {
  await page.locator('[data-testid="global-perspective-menu-button"]').click()
  await page.getByRole('menuitem', {name, exact: true}).click()
}

export const signInUrl = (baseUrl: string, path = '', token = E2E_WRITE_TOKEN) =>
  `${baseUrl}/studio${path}#token=${token}`

/**
 * Polls until `check` returns a value (the lake and the site change asynchronously). The default
 * wait is long because the Studio defers a publish until its saves and validation are done, which
 * on a loaded CI machine has taken over 20 s; a check that passes returns at once.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value) return value
    } catch (err) {
      last = err
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`)
}
