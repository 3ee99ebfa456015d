/**
 * Lighthouse 12's default (mobile, simulated throttling) run on one URL in the given Chromium:
 * the four category scores and the paint and layout figures. Plain Node (no Jest), shared by
 * `npm run audit` and the browser tests that print figures.
 */
import type {ResolvedChromium} from './chromium'

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null> & {
  lcpMs?: number
  tbtMs?: number
  cls?: number
}

/** Lighthouse's default (mobile) run on one URL. */
export async function lighthouseScores(url: string, browser: ResolvedChromium): Promise<Scores> {
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
