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
import {resolveChromium, type ResolvedChromium} from '../tests/support/chromium'
import {lighthouseScores, type Scores} from '../tests/support/lighthouse'
import {auditedPages, cssGzip, findTelltales, gzipBytes, jsGzip, weighPage} from '../tests/support/pageWeight'

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
