/**
 * groq-js 1.30.3's text matching, replicated character for character (dist/_chunks-cjs/shared.js
 * `matchTokenize`/`matchPatternRegex`, evaluator.js `portableTextContent` and the BM25 term score),
 * so that `match` and `score()` computed here agree exactly with the evaluator's. The regexes are
 * copied verbatim: any "improvement" (Unicode word boundaries, escaping `.` in terms) would change
 * answers.
 */
const CHARS = /([^!@#$%^&*(),\\/?";:{}|[\]+<>\s-])+/g
const CHARS_WITH_WILDCARD = /([^!@#$%^&(),\\/?";:{}|[\]+<>\s-])+/g
const EDGE_CHARS = /(\b\.+|\.+\b)/g
const BM25k = 1.2

/** The tokens `match` sees in one string. */
export function tokenize(text: string): string[] {
  return text.replace(EDGE_CHARS, '').match(CHARS) || []
}

/**
 * The same tokens as `tokenize`, handed one by one to `each` without building the array: the
 * index tokenises every body in the archive. The separators are exactly the code units CHARS
 * excludes, found by testing CHARS's own class on each of the 65,536 (the regex has no `u` flag,
 * so it too works on code units).
 */
export function eachToken(text: string, each: (token: string) => void): void {
  const s = text.replace(EDGE_CHARS, '')
  let start = -1
  for (let i = 0; i < s.length; i++) {
    if (SEPARATOR[s.charCodeAt(i)] === 1) {
      if (start >= 0) each(s.slice(start, i))
      start = -1
    } else if (start < 0) start = i
  }
  if (start >= 0) each(s.slice(start))
}

const SEPARATOR = (() => {
  const separator = new Uint8Array(65536)
  const excluded = /[!@#$%^&*(),\\/?";:{}|[\]+<>\s-]/
  for (let c = 0; c < 65536; c++) if (excluded.test(String.fromCharCode(c))) separator[c] = 1
  return separator
})()

/** One case-insensitive anchored regex per term of one pattern string (`*` is a wildcard, `.` stays a regex dot). */
export function patternRegexes(text: string): RegExp[] {
  return (text.replace(EDGE_CHARS, '').match(CHARS_WITH_WILDCARD) || []).map(
    (term) => new RegExp(`^${term.slice(0, 1024).replace(/\*/g, '.*')}$`, 'i'),
  )
}

/** A pattern value (`$terms`): a string, or an array of them; anything else never matches (`success` false). */
export function patternOf(value: unknown): {regexes: RegExp[]; success: boolean} {
  if (typeof value === 'string') return {regexes: patternRegexes(value), success: true}
  if (!Array.isArray(value)) return {regexes: [], success: false}
  const regexes: RegExp[] = []
  let success = true
  for (const part of value) {
    if (typeof part === 'string') regexes.push(...patternRegexes(part))
    else success = false
  }
  return {regexes, success}
}

/** What one term adds to a `match` score, given how many of the text's tokens it matched. */
export function termScore(freq: number): number {
  return (freq * (BM25k + 1)) / (freq + BM25k)
}

/** `pt::text(value)`: spans of a block joined with '', blocks with a blank line; null if there is no block. */
export function ptText(value: unknown): string | null {
  if (Array.isArray(value)) {
    const texts = arrayText(value, [])
    return texts.length > 0 ? texts.join('\n\n') : null
  }
  if (value && typeof value === 'object') return blockText(value as Record<string, unknown>)
  return null
}

function arrayText(value: unknown[], result: string[]): string[] {
  for (const block of value) {
    if (Array.isArray(block)) arrayText(block, result)
    else if (block && typeof block === 'object') {
      const text = blockText(block as Record<string, unknown>)
      if (text !== null) result.push(text)
    }
  }
  return result
}

function blockText(block: Record<string, unknown>): string | null {
  if (typeof block._type !== 'string') return null
  const children = block.children
  if (!Array.isArray(children)) return null
  let result = ''
  for (const child of children) {
    if (child && typeof child === 'object' && (child as Record<string, unknown>)._type === 'span') {
      const text = (child as Record<string, unknown>).text
      if (typeof text === 'string') result += text
    }
  }
  return result
}
