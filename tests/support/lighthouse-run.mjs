/**
 * `node tests/support/lighthouse-run.mjs <url> <chromium path> <chromium flags as JSON>`: one
 * Lighthouse 12 run (mobile defaults), printing its scores and paint figures as one JSON line.
 * A process of its own because Lighthouse is ESM only, which Jest's module loader cannot import.
 */
import {launch} from 'chrome-launcher'
import lighthouse from 'lighthouse'

const [url, chromePath, flags] = process.argv.slice(2)
const chrome = await launch({chromePath, chromeFlags: JSON.parse(flags)})
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  })
  if (!result) throw new Error('Lighthouse returned no result')
  const {categories, audits} = result.lhr
  const score = (id) => (categories[id]?.score == null ? null : Math.round(categories[id].score * 100))
  process.stdout.write(
    JSON.stringify({
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      lcpMs: audits['largest-contentful-paint']?.numericValue,
      tbtMs: audits['total-blocking-time']?.numericValue,
      cls: audits['cumulative-layout-shift']?.numericValue,
    }) + '\n',
  )
} finally {
  await chrome.kill()
}
