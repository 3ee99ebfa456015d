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
  tbtMs?: number
  cls?: number
}

export async function lighthouseScores(url: string, browser: ResolvedChromium): Promise<Scores> {
  const script = join(__dirname, 'lighthouse-run.mjs')
  const args = [script, url, browser.executablePath, JSON.stringify(browser.args)]
  const {stdout} = await promisify(execFile)(process.execPath, args, {maxBuffer: 1 << 20, timeout: 170_000})
  return JSON.parse(stdout.trim().split('\n').pop()!) as Scores
}
