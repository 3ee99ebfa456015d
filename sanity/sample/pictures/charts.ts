/**
 * Charts of a statistic an article cites, drawn as SVG with simple shapes and the generic
 * sans-serif face (no font files): the figure large, what it measures, and its source.
 */
export type ChartSpec =
  /** A share of a whole, as a 10 × 10 grid of squares. */
  | {kind: 'share'; percent: number; part: string; rest: string}
  /** A figure against its baseline (the baseline is 100), as two bars. */
  | {kind: 'index'; baseline: string; now: string; value: number}
  /** One in N, as N figures with one marked. */
  | {kind: 'oneIn'; n: number; marked: string}

export interface Statistic {
  value: string
  claim: string
  sourceName: string
}

export const CHART_SIZE = {width: 1600, height: 900}
const INK = {paper: '#f6f3ee', accent: '#b8452f', quiet: '#c9ccc6', text: '#1d2327', muted: '#5b6368'}
const FONT = 'font-family="sans-serif"'

export function chartSvg(spec: ChartSpec, stat: Statistic): string {
  const {width, height} = CHART_SIZE
  const claim = wrap(stat.claim, 34)
    .map(
      (line, i) => `<text x="90" y="${430 + i * 52}" ${FONT} font-size="40" fill="${INK.text}">${escape(line)}</text>`,
    )
    .join('')
  const source = wrap(`Source: ${stat.sourceName}`, 70)
    .map(
      (line, i) => `<text x="90" y="${805 + i * 34}" ${FONT} font-size="26" fill="${INK.muted}">${escape(line)}</text>`,
    )
    .join('')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${INK.paper}"/>`,
    `<rect x="90" y="110" width="120" height="10" fill="${INK.accent}"/>`,
    `<text x="84" y="340" ${FONT} font-size="190" font-weight="bold" fill="${INK.accent}">${escape(stat.value)}</text>`,
    claim,
    source,
    graphic(spec),
    '</svg>',
  ].join('\n')
}

function graphic(spec: ChartSpec): string {
  const left = 900
  if (spec.kind === 'share') {
    const filled = Math.round(spec.percent)
    const cells = Array.from({length: 100}, (_, i) => {
      // Filled from the bottom row up, left to right.
      const row = 9 - Math.floor(i / 10)
      const col = i % 10
      const fill = i < filled ? INK.accent : INK.quiet
      return `<rect x="${left + col * 58}" y="${110 + row * 58}" width="50" height="50" rx="4" fill="${fill}"/>`
    })
    return [...cells, legend(left, 720, spec.part, INK.accent), legend(left, 765, spec.rest, INK.quiet)].join('')
  }
  if (spec.kind === 'index') {
    const base = 520
    const bar = (x: number, value: number, fill: string, label: string) => {
      const h = (base * value) / Math.max(100, spec.value)
      return (
        `<rect x="${x}" y="${640 - h}" width="200" height="${h}" fill="${fill}"/>` +
        `<text x="${x + 100}" y="${620 - h}" ${FONT} font-size="40" font-weight="bold" text-anchor="middle" fill="${INK.text}">${value}</text>` +
        `<text x="${x + 100}" y="690" ${FONT} font-size="32" text-anchor="middle" fill="${INK.text}">${escape(label)}</text>`
      )
    }
    return (
      bar(left + 40, 100, INK.quiet, spec.baseline) +
      bar(left + 320, spec.value, INK.accent, spec.now) +
      `<rect x="${left}" y="640" width="600" height="3" fill="${INK.text}"/>`
    )
  }
  const figures = Array.from({length: spec.n}, (_, i) => {
    const x = left + (i % 5) * 120
    const y = 150 + Math.floor(i / 5) * 280
    const fill = i === 0 ? INK.accent : INK.quiet
    return (
      `<circle cx="${x + 45}" cy="${y + 40}" r="36" fill="${fill}"/>` +
      `<rect x="${x}" y="${y + 90}" width="90" height="150" rx="40" fill="${fill}"/>`
    )
  })
  return [...figures, legend(left, 765, spec.marked, INK.accent)].join('')
}

const legend = (x: number, y: number, text: string, fill: string) =>
  `<rect x="${x}" y="${y - 26}" width="30" height="30" fill="${fill}"/>` +
  `<text x="${x + 46}" y="${y}" ${FONT} font-size="30" fill="${INK.text}">${escape(text)}</text>`

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return line ? [...lines, line] : lines
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
