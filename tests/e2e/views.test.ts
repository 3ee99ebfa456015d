/** @jest-environment node */
/**
 * Reader views end to end, against the production build: an article opened in many distinct
 * browser contexts (each a reader: all come from 127.0.0.1, so each has a browser's user agent of
 * its own; headless Chromium's own says "HeadlessChrome", which isbot rightly refuses) is counted once per reader, its beacons are
 * stored by the flush timer, and it rises into "Top 5 This Week" and "Popular Articles" on the
 * homepage and on another article's page, without a rebuild. A bot's visit, a reload and the
 * homepage's prefetch of the article count nothing. A site of its own with a 3-second flush.
 */
import type {Browser} from 'playwright-core'
import {startOwnSite, type OwnSite} from '../support/e2e'
import {launchBrowser, newWatchedContext} from '../support/e2e-browser'
import {SEED_ARTICLE} from '../support/e2e-pages'

// Neither a pick nor among the most discussed: absent from both rankings before it is read.
const SLUG = 'bhutan-youth-emigration'
const ARTICLE_ID = `article-${SLUG}`
const READERS = 12

let site: OwnSite
let browser: Browser
beforeAll(async () => {
  ;[site, browser] = await Promise.all([startOwnSite({appEnv: {VIEWS_FLUSH_SECONDS: '3'}}), launchBrowser()])
}, 120_000)
afterAll(async () => {
  await Promise.all([site?.close(), browser?.close()])
})

/**
 * The build's Content Security Policy names the shared lake as the image origin; this site's
 * pictures come from its own lake, so the browser refuses them. The pictures are checked on the
 * shared site (pictures.test.ts); here only the beacon's errors matter.
 */
const isOwnLakeImage = (error: string) =>
  /Content Security Policy|violates the following Content Security Policy directive: "img-src/.test(error) &&
  error.includes(`${site.lakeUrl}/images/`)

/** A desktop Chrome's user agent, a different build per reader. */
const readerAgent = (i: number) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${6778 + i}.85 Safari/537.36`

const html = async (path: string) => (await fetch(site.baseUrl + path, {signal: AbortSignal.timeout(30_000)})).text()

/** The hrefs of a ranked list, by its heading, in a page's HTML. */
function ranked(page: string, title: string): string[] {
  const start = page.indexOf(`>${title}</h2>`)
  if (start < 0) return []
  const list = page.slice(start, page.indexOf('</ol>', start))
  return [...list.matchAll(/href="([^"]+)"/g)].map((m) => m[1])
}

async function storedViews(): Promise<number> {
  const query = encodeURIComponent('math::sum(*[_type == "articleViews" && article._ref == $id].count)')
  const res = await fetch(
    `${site.lakeUrl}/v2025-02-19/data/query/production?query=${query}&$id=${encodeURIComponent(JSON.stringify(ARTICLE_ID))}`,
  )
  return ((await res.json()) as {result: number | null}).result ?? 0
}

async function until<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, ms = 30_000) {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${ms / 1000} s`)
    await new Promise((r) => setTimeout(r, 500))
  }
}

test('many readers raise an article into Top 5 and Popular after one flush, without a rebuild', async () => {
  const path = `/articles/${SLUG}`
  const home = await html('/')
  expect(ranked(home, 'Top 5 This Week')).not.toContain(path)
  expect(ranked(home, 'Popular Articles')).not.toContain(path)

  // The homepage links to the article: its router prefetches it, and that must not count.
  const {context: prefetching} = await newWatchedContext(browser)
  const homePage = await prefetching.newPage()
  await homePage.goto(site.baseUrl + '/')
  await homePage.waitForLoadState('networkidle')

  for (let i = 0; i < READERS; i++) {
    const {context, consoleErrors} = await newWatchedContext(browser, {userAgent: readerAgent(i)})
    const page = await context.newPage()
    const beacon = page.waitForRequest((r) => r.url().endsWith('/api/views') && r.method() === 'POST')
    await page.goto(site.baseUrl + path)
    expect((await beacon).postDataJSON()).toEqual({articleId: ARTICLE_ID})
    // A reload is another page load and another beacon, but the same reader on the same day.
    if (i === 0) {
      const again = page.waitForRequest((r) => r.url().endsWith('/api/views'))
      await page.reload()
      await again
    }
    expect(consoleErrors.filter((e) => !isOwnLakeImage(e))).toEqual([])
    await context.close()
  }
  // A crawler runs the page's JavaScript too: isbot keeps it out.
  const {context: crawler} = await newWatchedContext(browser, {
    userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  })
  const botPage = await crawler.newPage()
  const botBeacon = botPage.waitForRequest((r) => r.url().endsWith('/api/views'))
  await botPage.goto(site.baseUrl + path)
  await botBeacon
  await crawler.close()
  await prefetching.close()

  // Stored by the flush timer (every 3 s): each reader once, and nothing else.
  await until('stored views', storedViews, (n) => n >= READERS)
  await new Promise((r) => setTimeout(r, 4000)) // one more interval: nothing late arrives
  expect(await storedViews()).toBe(READERS)

  // The flush revalidated the rankings' tag: the next render of each page reads them afresh.
  const after = await until(
    'the homepage rankings',
    () => html('/'),
    (page) => ranked(page, 'Top 5 This Week').includes(path) && ranked(page, 'Popular Articles').includes(path),
  )
  // After the two editors' picks, the most read of the week; the only article read in 30 days.
  expect(ranked(after, 'Top 5 This Week')[2]).toBe(path)
  expect(ranked(after, 'Popular Articles')[0]).toBe(path)
  await until(
    'Top 5 on another article',
    () => html(SEED_ARTICLE),
    (page) => ranked(page, 'Top 5 This Week').includes(path),
  )
}, 180_000)
