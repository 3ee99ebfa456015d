/**
 * GROQ's three-valued filter answers, plus the planner's fourth: `UNKNOWN`, where a JavaScript
 * predicate cannot be certain what groq-js would answer. A filter keeps a document only for
 * `true`; `false` and `null` drop it; `UNKNOWN` leaves the decision to groq-js.
 */
export const UNKNOWN = Symbol('unknown')
export type Truth = boolean | null | typeof UNKNOWN
export type Predicate = (doc: Record<string, unknown>) => Truth

/**
 * The documents the predicate keeps, in order, stopping once `limit` are kept; null as soon as
 * one (before that) is undecided: then only groq-js can answer.
 */
export function keepDecided<T extends Record<string, unknown>>(
  docs: Iterable<T>,
  predicate: Predicate,
  limit = Infinity,
): T[] | null {
  const kept: T[] = []
  if (limit <= 0) return kept
  for (const doc of docs) {
    const t = predicate(doc)
    if (t === UNKNOWN) return null
    if (t === true && kept.push(doc) >= limit) break
  }
  return kept
}

/** The documents groq-js may still keep (true or undecided), and whether all were decided. */
export function prune<T extends Record<string, unknown>>(docs: T[], predicate: Predicate): {kept: T[]; exact: boolean} {
  const kept: T[] = []
  let exact = true
  for (const doc of docs) {
    const t = predicate(doc)
    if (t === true) kept.push(doc)
    else if (t === UNKNOWN) {
      kept.push(doc)
      exact = false
    }
  }
  return {kept, exact}
}
