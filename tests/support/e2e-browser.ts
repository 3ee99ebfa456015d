/**
 * Chromium driven by playwright-core (the system's, or the npm package's: ./chromium), with helpers
 * the journeys share: a client address of their own, a watch for CSP violations, axe-core.
 */
import {randomBytes} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page} from 'playwright-core'
import {resolveChromium} from './chromium'

export const PHONE = {width: 390, height: 844}
export const DESKTOP = {width: 1280, height: 900}

export async function launchBrowser(): Promise<Browser> {
  const {executablePath, args} = await resolveChromium()
  return chromium.launch({executablePath, headless: true, args})
}

/**
 * A client address for X-Forwarded-For (the test servers trust one proxy hop). The flood limit
 * allows one comment per /48 (IPv6) per 15 s, so each context gets a random /48 of its own: two
 * journeys never share a limit, in whichever worker or order they run. Only a header value:
 * nothing is sent to these addresses.
 */
export function readerAddress(): string {
  const group = () => randomBytes(2).toString('hex')
  return `fd00:${group()}:${group()}::1`
}

export interface WatchedContext {
  context: BrowserContext
  /** Console errors about the Content Security Policy, from every page of the context. */
  cspViolations: string[]
  consoleErrors: string[]
}

/** A context whose pages report CSP violations: Chromium's own console message, and the DOM event. */
export async function newWatchedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<WatchedContext> {
  const context = await browser.newContext({
    viewport: DESKTOP,
    ...options,
    extraHTTPHeaders: {'X-Forwarded-For': readerAddress(), ...options.extraHTTPHeaders},
  })
  const watched: WatchedContext = {context, cspViolations: [], consoleErrors: []}
  if (options.javaScriptEnabled !== false) {
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(
          `Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        )
      })
    })
  }
  const watch = (page: Page) =>
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return
      watched.consoleErrors.push(msg.text())
      if (msg.text().includes('Content Security Policy')) watched.cspViolations.push(msg.text())
    })
  context.on('page', watch)
  return watched
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: {target: string[]; html: string; failureSummary?: string}[]
}

/** axe-core's WCAG 2.x A/AA and best-practice rules on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({content: AXE_SOURCE})
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {axe: {run: (ctx: unknown, opts: unknown) => Promise<{violations: AxeViolation[]}>}}
    ).axe
    const result = await axe.run(document, {resultTypes: ['violations']})
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({target: n.target, html: n.html, failureSummary: n.failureSummary})),
    }))
  })
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html.slice(0, 160)}\n      ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n')
}
