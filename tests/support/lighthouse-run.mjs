/**
 * `node tests/support/lighthouse-run.mjs <url> <chromium path> <chromium flags as JSON>`: one
 * Lighthouse 12 run (mobile defaults), printing its scores and paint figures as one JSON line,
 * with where the LCP time goes: the LCP element, Lighthouse's LCP phases (TTFB, load delay, load
 * time, render delay), the render-blocking resources and the longest critical request chain.
 * A process of its own because Lighthouse is ESM only, which Jest's module loader cannot import.
 */
import {launch} from 'chrome-launcher'
import lighthouse from 'lighthouse'
import defaultConfig from 'lighthouse/core/config/default-config.js'
import Trace from 'lighthouse/core/gather/gatherers/trace.js'

const [url, chromePath, flags] = process.argv.slice(2)

/** The LCP element's description and the four phases, in ms, from the lcp-element audit's two tables. */
function lcpBreakdown(audit) {
  const [elementTable, phaseTable] = audit?.details?.items ?? []
  const node = elementTable?.items?.[0]?.node
  const phases = {}
  // The phase names are English labels (the run's locale is the default one).
  const keys = {TTFB: 'ttfb', 'Load Delay': 'loadDelay', 'Load Time': 'loadTime', 'Render Delay': 'renderDelay'}
  for (const row of phaseTable?.items ?? []) phases[keys[row.phase] ?? row.phase] = Math.round(row.timing)
  return {element: node ? `${node.nodeLabel ?? ''} <${node.snippet ?? ''}>`.slice(0, 200) : null, phases}
}

/** The chain of requests that ends latest, as "path (end ms)" steps from the document down. */
function longestChain(audit) {
  const walk = (chains) => {
    let best = {end: 0, steps: []}
    for (const link of Object.values(chains ?? {})) {
      const {url: linkUrl, endTime, transferSize} = link.request
      const below = walk(link.children)
      const here = {end: Math.max(endTime, below.end), steps: [{url: linkUrl, endTime, transferSize}, ...below.steps]}
      if (here.end > best.end) best = here
    }
    return best
  }
  const {steps} = walk(audit?.details?.chains)
  const start = steps[0]?.endTime ?? 0
  return steps.map(
    (s) => `${new URL(s.url).pathname} (+${Math.round((s.endTime - start) * 1000)} ms, ${s.transferSize} B)`,
  )
}

/**
 * Lighthouse 12.2's trace engine expects every PipelineReporter frame in the trace to carry
 * `chrome_frame_reporter`; Chromium 153 leaves it out of some, and the engine then throws
 * ("reading 'frame_sequence'"), failing the LCP-element, render-blocking and LCP-image audits.
 * Those frames only time the filmstrip's screenshots, so they are dropped from the trace.
 */
class TraceWithoutBareFrames extends Trace {
  async stopSensitiveInstrumentation(context) {
    await super.stopSensitiveInstrumentation(context)
    const bare = new Set()
    for (const e of this._trace.traceEvents)
      if (e.name === 'PipelineReporter' && e.ph === 'b' && !e.args?.chrome_frame_reporter)
        bare.add(`${e.pid}:${e.id2?.local ?? e.id}`)
    this._trace.traceEvents = this._trace.traceEvents.filter(
      (e) => e.name !== 'PipelineReporter' || !bare.has(`${e.pid}:${e.id2?.local ?? e.id}`),
    )
  }
}
const config = {
  ...defaultConfig,
  artifacts: defaultConfig.artifacts.map((a) =>
    a.id === 'Trace' ? {...a, gatherer: {implementation: TraceWithoutBareFrames}} : a,
  ),
}

const chrome = await launch({chromePath, chromeFlags: JSON.parse(flags)})
try {
  const result = await lighthouse(
    url,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    },
    config,
  )
  if (!result) throw new Error('Lighthouse returned no result')
  const {categories, audits} = result.lhr
  const score = (id) => (categories[id]?.score == null ? null : Math.round(categories[id].score * 100))
  const blocking = audits['render-blocking-resources']?.details?.items ?? []
  process.stdout.write(
    JSON.stringify({
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      lcpMs: audits['largest-contentful-paint']?.numericValue,
      fcpMs: audits['first-contentful-paint']?.numericValue,
      tbtMs: audits['total-blocking-time']?.numericValue,
      cls: audits['cumulative-layout-shift']?.numericValue,
      lcp: lcpBreakdown(audits['largest-contentful-paint-element']),
      renderBlocking: blocking.map((item) => ({url: new URL(item.url).pathname, wastedMs: Math.round(item.wastedMs)})),
      criticalChain: longestChain(audits['critical-request-chains']),
    }) + '\n',
  )
} finally {
  await chrome.kill()
}
