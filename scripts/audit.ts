/**
 * `npm run audit [-- <site URL>]`: weighs a running production build of the reader site.
 *
 *   - gzip bytes of the JavaScript the homepage and an article page load (every script chunk
 *     their HTML names, in <script> tags and in the streamed RSC payload), and of the article
 *     page without images (HTML + CSS + JS);
 *   - no server-only library in the reader's client chunks: no @sanity/client, zod, groq-js or
 *     Portable Text code (the Studio's chunks have them, and are checked to, so the scan is not
 *     vacuous);
 *   - Lighthouse 12 (mobile) on both pages, in the system's Chromium or the npm package's
 *     (tests/support/chromium.ts), when it runs.
 *
 * The URL comes from the argument, AUDIT_URL, or http://localhost:3000 (`npm start`). Exits 1
 * when a server-only library reaches a reader's chunk.
 */
import {gzipSync} from 'node:zlib'
import {resolveChromium, type ResolvedChromium} from '../tests/support/chromium'

export const TELLTALES: Record<string, string[]> = {
  '@sanity/client': ['@sanity/client'],
  zod: ['ZodError', '$ZodType', '_zod'],
  'groq-js': ['groq-js'],
  'portable text': ['portabletext', 'PortableText'],
}

const CHUNK_RE = /\/_next\/static\/chunks\/[\w.\-~]+\.js/g
const CSS_RE = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+\.css)"[^>]*rel="stylesheet"/g

export const gzipBytes = (text: string | Buffer) => gzipSync(text).length

async function fetchText(url: string, okStatuses = [200]): Promise<string> {
  const res = await fetch(url, {headers: {'accept-encoding': 'identity'}})
  if (!okStatuses.includes(res.status)) throw new Error(`${url}: HTTP ${res.status}`)
  return res.text()
}

export interface PageWeight {
  path: string
  html: string
  /** Chunk paths the page loads, with their text. */
  chunks: Map<string, string>
  css: Map<string, string>
}

/** A page's HTML and every JS chunk it names, plus the chunks those name in turn (Turbopack's runtime loads them). */
export async function weighPage(baseUrl: string, path: string, cache = new Map<string, string>()): Promise<PageWeight> {
  // A 404 page is a page too: its chunks count.
  const html = await fetchText(baseUrl + path, [200, 404])
  const chunks = new Map<string, string>()
  // Next's legacy polyfills load with <script nomodule>: browsers that run modules never fetch them.
  const noModule = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*\snoModule[^>]*>/gi)].map((m) => m[1]))
  const queue = [...new Set(html.match(CHUNK_RE) ?? [])].filter((chunk) => !noModule.has(chunk))
  while (queue.length > 0) {
    const chunk = queue.shift()!
    if (chunks.has(chunk)) continue
    const text = cache.get(chunk) ?? (await fetchText(baseUrl + chunk))
    cache.set(chunk, text)
    chunks.set(chunk, text)
    for (const ref of text.match(/static\/chunks\/[\w.\-~]+\.js/g) ?? []) queue.push(`/_next/${ref}`)
  }
  const css = new Map<string, string>()
  for (const m of html.matchAll(CSS_RE)) {
    const href = m[1] ?? m[2]
    if (!css.has(href)) css.set(href, await fetchText(new URL(href, baseUrl).href))
  }
  return {path, html, chunks, css}
}

/** Which server-only libraries' telltale strings appear in which chunks. */
export function findTelltales(chunks: Map<string, string>): {library: string; chunk: string; marker: string}[] {
  const found: {library: string; chunk: string; marker: string}[] = []
  for (const [chunk, text] of chunks) {
    for (const [library, markers] of Object.entries(TELLTALES)) {
      const marker = markers.find((m) => text.includes(m))
      if (marker) found.push({library, chunk, marker})
    }
  }
  return found
}

export const jsGzip = (page: PageWeight) => [...page.chunks.values()].reduce((sum, text) => sum + gzipBytes(text), 0)
export const cssGzip = (page: PageWeight) => [...page.css.values()].reduce((sum, text) => sum + gzipBytes(text), 0)

/** The reader pages the audit weighs: the homepage and the article it leads with. */
export async function auditedPages(baseUrl: string): Promise<{home: PageWeight; article: PageWeight}> {
  const cache = new Map<string, string>()
  const home = await weighPage(baseUrl, '/', cache)
  const articlePath = /href="(\/articles\/[^"#?]+)"/.exec(home.html)?.[1]
  if (!articlePath) throw new Error('the homepage links to no article')
  return {home, article: await weighPage(baseUrl, articlePath, cache)}
}

type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null> & {
  lcpMs?: number
  tbtMs?: number
  cls?: number
}

/** Lighthouse's default (mobile) run on one URL. */
async function lighthouseScores(url: string, browser: ResolvedChromium): Promise<Scores> {
  const {launch} = await import('chrome-launcher')
  const {default: lighthouse} = await import('lighthouse')
  const chrome = await launch({chromePath: browser.executablePath, chromeFlags: browser.args})
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    })
    if (!result) throw new Error('Lighthouse returned no result')
    const {categories, audits} = result.lhr
    const score = (id: string) => (categories[id]?.score == null ? null : Math.round(categories[id].score! * 100))
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      lcpMs: audits['largest-contentful-paint']?.numericValue,
      tbtMs: audits['total-blocking-time']?.numericValue,
      cls: audits['cumulative-layout-shift']?.numericValue,
    }
  } finally {
    await chrome.kill()
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  const line = (r: string[]) => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n')
}

async function main() {
  const baseUrl = (process.argv[2] ?? process.env.AUDIT_URL ?? 'http://localhost:3000').replace(/\/$/, '')
  const {home, article} = await auditedPages(baseUrl)
  const studio = await weighPage(baseUrl, '/studio')

  const articleHtml = gzipBytes(article.html)
  const rows = [
    ['measure', 'homepage /', `article ${article.path}`],
    ['JS chunks (count)', String(home.chunks.size), String(article.chunks.size)],
    ['JS, gzip', kb(jsGzip(home)), kb(jsGzip(article))],
    ['CSS, gzip', kb(cssGzip(home)), kb(cssGzip(article))],
    ['HTML, gzip', kb(gzipBytes(home.html)), kb(articleHtml)],
    [
      'page without images (HTML+CSS+JS), gzip',
      kb(gzipBytes(home.html) + cssGzip(home) + jsGzip(home)),
      kb(articleHtml + cssGzip(article) + jsGzip(article)),
    ],
  ]

  const leaks = findTelltales(new Map([...home.chunks, ...article.chunks]))
  const studioHits = new Set(findTelltales(studio.chunks).map((f) => f.library))

  let lighthouse: {home: Scores; article: Scores; browser: ResolvedChromium} | string
  try {
    const browser = await resolveChromium()
    const homeScores = await lighthouseScores(baseUrl + '/', browser)
    lighthouse = {home: homeScores, article: await lighthouseScores(baseUrl + article.path, browser), browser}
  } catch (err) {
    lighthouse = `Lighthouse did not run: ${(err as Error).message}`
  }
  if (typeof lighthouse !== 'string') {
    const lh = lighthouse
    for (const key of ['performance', 'accessibility', 'best-practices', 'seo'] as const)
      rows.push([`Lighthouse mobile: ${key}`, String(lh.home[key]), String(lh.article[key])])
    rows.push(['Lighthouse: LCP / TBT / CLS', fmtVitals(lh.home), fmtVitals(lh.article)])
  }

  console.log(`Audit of ${baseUrl}\n`)
  console.log(table(rows))
  if (typeof lighthouse === 'string') console.log(`\n${lighthouse}`)
  else
    console.log(`\nLighthouse ran in the ${lighthouse.browser.source} Chromium, ${lighthouse.browser.executablePath}`)
  console.log(`\nServer-only libraries in the reader's client chunks: ${leaks.length === 0 ? 'none' : ''}`)
  for (const leak of leaks) console.log(`  ${leak.library} in ${leak.chunk} ("${leak.marker}")`)
  console.log(`(the same scan finds ${[...studioHits].join(', ') || 'nothing'} in the Studio's chunks)`)
  if (leaks.length > 0) process.exitCode = 1
}

const fmtVitals = (s: Scores) =>
  `${Math.round(s.lcpMs ?? 0)} ms / ${Math.round(s.tbtMs ?? 0)} ms / ${(s.cls ?? 0).toFixed(3)}`

if (require.main === module) {
  main().catch((err) => {
    console.error(`[audit] ${(err as Error).message}`)
    process.exit(1)
  })
}
