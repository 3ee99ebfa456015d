/**
 * `npm run audit [-- <site URL>]`: weighs a running production build of the reader site and times
 * its first paint, on the four reader page types (home, the seed article, its author's page, its
 * first topic's page):
 *
 *   - gzip bytes of each page's HTML (and the flight data's share of it), JavaScript (every chunk
 *     the HTML names, in <script> tags and in the streamed RSC payload) and CSS;
 *   - no server-only library in the reader's client chunks: no @sanity/client, zod, groq-js or
 *     Portable Text code (the Studio's chunks have them, and are checked to, so the scan is not
 *     vacuous);
 *   - Lighthouse 12 (mobile, simulated throttling), AUDIT_RUNS times per page (3 unless set),
 *     reported as medians against the LCP targets (1.2 s; 1.8 s on a page with a lead image), with
 *     where the time goes: the LCP element, its phases, the render-blocking resources and the
 *     longest critical request chain of the median run;
 *   - a Markdown table beside WordPress's figures, for the README.
 *
 * The URL comes from the argument, AUDIT_URL, or http://localhost:3000 (`npm start`). Exits 1
 * when a server-only library reaches a reader's chunk.
 */
import {resolveChromium} from '../tests/support/chromium'
import {pageTypes} from '../tests/support/e2e-pages'
import {lighthouseScores, type Scores} from '../tests/support/lighthouse'
import {
  cssGzip,
  findTelltales,
  flightShare,
  gzipBytes,
  jsGzip,
  weighPage,
  type PageWeight,
} from '../tests/support/pageWeight'

const AUDITED = ['home', 'article', 'author', 'topic']
/** LCP targets of issue #20: a page whose lead image may be the largest paint gets more time. */
const LCP_TARGET_MS = {text: 1200, hero: 1800}
/** WordPress 6.1, default theme, on the same machine (Lighthouse 12.2.3 mobile, median of 3). */
const WORDPRESS = {lcp: '1.2–1.3 s', js: '≈ 11 KB', html: '16.3 KB', scores: '100 / 100 / 100 / 92'}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const pct = (share: number) => `${Math.round(share * 100)} %`
const ms = (value: number | undefined) => `${Math.round(value ?? 0)} ms`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  const line = (r: string[]) => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n')
}

/**
 * Whether the page leads with a picture: an image marked `fetchpriority="high"` (its lead image,
 * components/SanityImage.tsx) laid out at 320 px or wider, so not an author's portrait or a thumbnail.
 */
const hasLeadImage = (html: string) =>
  (html.match(/<img[^>]+fetchPriority="high"[^>]*>/gi) ?? []).some(
    (img) => Number(/\swidth="(\d+)"/.exec(img)?.[1] ?? 0) >= 320,
  )

interface Timed {
  runs: Scores[]
  /** The run whose LCP is the median: its breakdown is the one reported. */
  typical: Scores
  lcpMs: number
  tbtMs: number
  cls: number
}

async function timePage(url: string, runs: number, browser: Awaited<ReturnType<typeof resolveChromium>>) {
  const all: Scores[] = []
  for (let i = 0; i < runs; i++) all.push(await lighthouseScores(url, browser))
  const lcpMs = median(all.map((s) => s.lcpMs ?? 0))
  return {
    runs: all,
    typical: all.find((s) => s.lcpMs === lcpMs)!,
    lcpMs,
    tbtMs: median(all.map((s) => s.tbtMs ?? 0)),
    cls: median(all.map((s) => s.cls ?? 0)),
  } satisfies Timed
}

function whereTheTimeGoes(name: string, page: PageWeight, timed: Timed): string {
  const {lcp, renderBlocking = [], criticalChain = []} = timed.typical
  const phases = lcp?.phases ?? {}
  return [
    `${name} ${page.path}: LCP runs ${timed.runs.map((s) => ms(s.lcpMs)).join(', ')}; FCP ${ms(timed.typical.fcpMs)}`,
    `  LCP element: ${lcp?.element ?? 'unknown'}`,
    `  LCP phases: TTFB ${ms(phases.ttfb)}, load delay ${ms(phases.loadDelay)}, load time ${ms(phases.loadTime)}, render delay ${ms(phases.renderDelay)}`,
    `  render-blocking: ${renderBlocking.map((r) => `${r.url} (${r.wastedMs} ms)`).join(', ') || 'none'}`,
    `  critical chain: ${criticalChain.join(' → ') || 'the document alone'}`,
  ].join('\n')
}

async function main() {
  const baseUrl = (process.argv[2] ?? process.env.AUDIT_URL ?? 'http://localhost:3000').replace(/\/$/, '')
  const runs = Math.max(1, Number(process.env.AUDIT_RUNS) || 3)
  const cache = new Map<string, string>()
  const types = (await pageTypes(baseUrl)).filter((t) => AUDITED.includes(t.name))
  const pages: [string, PageWeight][] = []
  for (const {name, path} of types) pages.push([name, await weighPage(baseUrl, path, cache)])
  const studio = await weighPage(baseUrl, '/studio', cache)

  const weights = [
    ['measure', ...pages.map(([name, p]) => `${name} ${p.path}`)],
    ['JS chunks (count)', ...pages.map(([, p]) => String(p.chunks.size))],
    ['JS, gzip', ...pages.map(([, p]) => kb(jsGzip(p)))],
    ['CSS, gzip', ...pages.map(([, p]) => kb(cssGzip(p)))],
    ['HTML, gzip', ...pages.map(([, p]) => kb(gzipBytes(p.html)))],
    ['flight data share of HTML, raw / gzip', ...pages.map(([, p]) => flightShareCell(p.html))],
    [
      'page without images (HTML+CSS+JS), gzip',
      ...pages.map(([, p]) => kb(gzipBytes(p.html) + cssGzip(p) + jsGzip(p))),
    ],
  ]

  const leaks = findTelltales(new Map(pages.flatMap(([, p]) => [...p.chunks])))
  const studioHits = new Set(findTelltales(studio.chunks).map((f) => f.library))

  const timed = new Map<string, Timed>()
  let lighthouseNote: string
  try {
    const browser = await resolveChromium()
    for (const [name, page] of pages) timed.set(name, await timePage(baseUrl + page.path, runs, browser))
    lighthouseNote = `Lighthouse ran ${runs}× per page in the ${browser.source} Chromium, ${browser.executablePath}`
  } catch (err) {
    lighthouseNote = `Lighthouse did not run: ${(err as Error).message}`
  }

  console.log(`Audit of ${baseUrl}\n`)
  console.log(table(weights))
  if (timed.size === pages.length) {
    const cells = (f: (t: Timed, p: PageWeight) => string) => pages.map(([name, p]) => f(timed.get(name)!, p))
    const target = (p: PageWeight) => (hasLeadImage(p.html) ? LCP_TARGET_MS.hero : LCP_TARGET_MS.text)
    const score = (key: keyof Scores) => (t: Timed) => String(median(t.runs.map((s) => Number(s[key] ?? 0))))
    console.log(`\nLighthouse mobile (simulated), median of ${runs}:\n`)
    console.log(
      table([
        ['measure', ...pages.map(([name]) => name)],
        ['LCP (target)', ...cells((t, p) => `${ms(t.lcpMs)} (≤ ${target(p)} ${t.lcpMs <= target(p) ? '✓' : '✗'})`)],
        ['TBT (≤ 50 ms)', ...cells((t) => `${ms(t.tbtMs)} ${t.tbtMs <= 50 ? '✓' : '✗'}`)],
        ['CLS (0)', ...cells((t) => `${t.cls.toFixed(3)} ${t.cls === 0 ? '✓' : '✗'}`)],
        ['performance', ...cells(score('performance'))],
        ['accessibility / best practices / SEO', ...cells((t) => categoryScores(t))],
      ]),
    )
    console.log('\nWhere the time goes (the median run):\n')
    console.log(pages.map(([name, p]) => whereTheTimeGoes(name, p, timed.get(name)!)).join('\n'))
    console.log('\nFor the README, beside WordPress:\n')
    console.log(readmeTable(pages, timed))
  }
  console.log(`\n${lighthouseNote}`)
  console.log(`\nServer-only libraries in the reader's client chunks: ${leaks.length === 0 ? 'none' : ''}`)
  for (const leak of leaks) console.log(`  ${leak.library} in ${leak.chunk} ("${leak.marker}")`)
  console.log(`(the same scan finds ${[...studioHits].join(', ') || 'nothing'} in the Studio's chunks)`)
  if (leaks.length > 0) process.exitCode = 1
}

function flightShareCell(html: string): string {
  const share = flightShare(html)
  return `${pct(share.raw)} / ${pct(share.gzip)}`
}

function categoryScores(t: Timed): string {
  const keys = ['accessibility', 'best-practices', 'seo'] as const
  return keys.map((key) => median(t.runs.map((s) => s[key] ?? 0))).join(' / ')
}

function readmeTable(pages: [string, PageWeight][], timed: Map<string, Timed>): string {
  const ours = pages.map(([name, p]) => ({name, p, t: timed.get(name)!}))
  const scores = (t: Timed) =>
    (['performance', 'accessibility', 'best-practices', 'seo'] as const)
      .map((key) => median(t.runs.map((s) => s[key] ?? 0)))
      .join(' / ')
  return table([
    ['', 'WordPress post', ...ours.map(({name}) => `our ${name}`)],
    ['LCP', WORDPRESS.lcp, ...ours.map(({t}) => `${(t.lcpMs / 1000).toFixed(2)} s`)],
    ['TBT / CLS', '', ...ours.map(({t}) => `${ms(t.tbtMs)} / ${t.cls.toFixed(2)}`)],
    ['JS, gzip', WORDPRESS.js, ...ours.map(({p}) => kb(jsGzip(p)))],
    ['HTML, gzip', WORDPRESS.html, ...ours.map(({p}) => kb(gzipBytes(p.html)))],
    ['Lighthouse perf / a11y / BP / SEO', WORDPRESS.scores, ...ours.map(({t}) => scores(t))],
  ])
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`[audit] ${(err as Error).message}`)
    process.exit(1)
  })
}
