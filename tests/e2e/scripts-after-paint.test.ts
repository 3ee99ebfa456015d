/** @jest-environment node */
/**
 * Reader pages load their client chunks after the first paint (scripts/serve/scriptsAfterPaint.ts),
 * against the production build in Chromium: the page as served names its chunks only in the
 * loader, the browser still fetches each once, and the app hydrates: the client router takes a
 * link without reloading the page. The chunks every page starts with carry V8's compile hint
 * (scripts/serve/compileHints.ts), the page's own do not. The Studio keeps Next's own tags.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Browser} from 'playwright-core'
import {COMPILE_HINT} from '../../scripts/serve/compileHints'
import {e2eState} from '../support/e2e'
import {PHONE, launchBrowser, newWatchedContext} from '../support/e2e-browser'
import {SEED_ARTICLE} from '../support/e2e-pages'

const {baseUrl, buildSnapshot} = e2eState()
const CHUNK_TAG = /<script src="\/_next\/static\/chunks\/[^"]+\.js" async=""><\/script>/
const LOADER = /<script>\(\(s,d\)=>\{[^<]*\}\)\((\[[^\]]*\])\)<\/script><\/head>/

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

test('the article names its chunks only in the loader at the end of its head', async () => {
  const html = await (await fetch(baseUrl + SEED_ARTICLE)).text()
  expect(html).not.toMatch(CHUNK_TAG)
  const chunks: string[] = JSON.parse(LOADER.exec(html)?.[1] ?? '[]')
  expect(chunks.length).toBeGreaterThan(3)
  for (const src of chunks) expect(src).toMatch(/^\/_next\/static\/chunks\/[^/]+\.js$/)
})

test("the build's startup chunks are served with the compile hint first, the page's own chunks as built", async () => {
  const html = await (await fetch(baseUrl + SEED_ARTICLE)).text()
  const chunks: string[] = JSON.parse(LOADER.exec(html)?.[1] ?? '[]')
  const manifest = JSON.parse(readFileSync(join(buildSnapshot, '.next/build-manifest.json'), 'utf8'))
  const startup = new Set((manifest.rootMainFiles as string[]).map((file) => `/_next/${file}`))
  const served = await Promise.all(
    chunks.map(async (src) => {
      const body = Buffer.from(await (await fetch(baseUrl + src)).arrayBuffer())
      const onDisk = readFileSync(join(buildSnapshot, '.next', src.replace(/^\/_next\//, '')))
      return {
        src,
        startup: startup.has(src),
        hinted: body.equals(Buffer.concat([COMPILE_HINT, onDisk])),
        asBuilt: body.equals(onDisk),
      }
    }),
  )
  // React DOM, the router and Turbopack's runtime at least; the article's own chunks besides.
  expect(served.filter((c) => c.startup).length).toBeGreaterThanOrEqual(4)
  expect(served.filter((c) => !c.startup).length).toBeGreaterThan(0)
  for (const c of served) expect(c).toEqual({...c, hinted: c.startup, asBuilt: !c.startup})
})

test('in Chromium every chunk is fetched once and the page hydrates: a link is followed without a reload', async () => {
  const watched = await newWatchedContext(browser, {viewport: PHONE})
  const page = await watched.context.newPage()
  const fetched: string[] = []
  page.on('request', (req) => {
    if (/\/_next\/static\/chunks\/[^/]+\.js$/.test(new URL(req.url()).pathname))
      fetched.push(new URL(req.url()).pathname)
  })
  const response = await page.goto(baseUrl + SEED_ARTICLE)
  const chunks: string[] = JSON.parse(LOADER.exec((await response?.text()) ?? '')?.[1] ?? '[]')
  await page.waitForFunction(
    (n) => performance.getEntriesByType('resource').filter((e) => e.name.includes('/_next/static/chunks/')).length >= n,
    chunks.length,
  )
  for (const src of chunks) expect(fetched.filter((f) => f === src)).toHaveLength(1)

  // A full page load would lose this mark; the client router keeps the document.
  await page.evaluate(() => ((window as unknown as {kept: boolean}).kept = true))
  const topic = page.locator('main a[href^="/topics/"]').first()
  const href = await topic.getAttribute('href')
  // Hydrated links navigate client-side; before hydration the click would be a plain page load.
  // React marks each element it has hydrated with a fiber key of its own.
  await page.waitForFunction(() => {
    const link = document.querySelector('main a[href^="/topics/"]')
    return Boolean(link && Object.keys(link).some((key) => key.startsWith('__reactFiber')))
  })
  await topic.click()
  await page.waitForURL(baseUrl + href)
  expect(await page.evaluate(() => (window as unknown as {kept?: boolean}).kept)).toBe(true)
  expect(watched.consoleErrors).toEqual([])
  await watched.context.close()
})

test('the Studio keeps the tags Next writes', async () => {
  const html = await (await fetch(`${baseUrl}/studio`)).text()
  expect(html).toMatch(CHUNK_TAG)
  expect(html).not.toMatch(LOADER)
})
