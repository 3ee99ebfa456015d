/**
 * Lighthouse 12's default (mobile, simulated throttling) run on one URL in the given Chromium:
 * the four category scores and the paint and layout figures. Shared by `npm run audit` and the
 * browser tests that print figures; the run itself is lighthouse-run.mjs, in a child process.
 */
import {execFile} from 'node:child_process'
import {join} from 'node:path'
import {promisify} from 'node:util'
import type {ResolvedChromium} from './chromium'

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null> & {
  lcpMs?: number
  fcpMs?: number
  tbtMs?: number
  cls?: number
  /** Lighthouse's LCP breakdown: the element and the four phases, in ms. */
  lcp?: {element: string | null; phases: Partial<Record<'ttfb' | 'loadDelay' | 'loadTime' | 'renderDelay', number>>}
  /** The render-blocking requests (path) and what Lighthouse estimates each costs the first paint. */
  renderBlocking?: {url: string; wastedMs: number}[]
  /** The critical request chain that ends latest, one "path (+ms, bytes)" step each. */
  criticalChain?: string[]
}

export async function lighthouseScores(url: string, browser: ResolvedChromium): Promise<Scores> {
  const script = join(__dirname, 'lighthouse-run.mjs')
  const args = [script, url, browser.executablePath, JSON.stringify(browser.args)]
  const {stdout} = await promisify(execFile)(process.execPath, args, {maxBuffer: 1 << 20, timeout: 170_000})
  return JSON.parse(stdout.trim().split('\n').pop()!) as Scores
}
