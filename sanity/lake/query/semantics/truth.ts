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
  docs: readonly T[],
  predicate: Predicate,
  limit = Infinity,
): T[] | null {
  return keepDecidedOf(docs, (doc) => doc, predicate, limit)
}

/** `keepDecided` over items that hold documents (a sorted list's entries). */
export function keepDecidedOf<E, T extends Record<string, unknown>>(
  items: readonly E[],
  docOf: (item: E) => T,
  predicate: Predicate,
  limit = Infinity,
): T[] | null {
  const kept: T[] = []
  for (let i = 0; i < items.length && kept.length < limit; i++) {
    const doc = docOf(items[i])
    const t = predicate(doc)
    if (t === UNKNOWN) return null
    if (t === true) kept.push(doc)
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
