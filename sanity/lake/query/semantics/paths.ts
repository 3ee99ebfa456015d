/**
 * GROQ attribute paths (`slug.current`, `article._ref`) read from a document: a step into anything
 * but an object (an array included) gives nothing, as in GROQ.
 */

/** The value at `parts`, or undefined where GROQ would give null. */
export function readPath(doc: unknown, parts: string[]): unknown {
  let v: unknown = doc
  for (const part of parts) {
    v = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[part] : undefined
  }
  return v
}

export type Scalar = string | number | boolean

/** The value at `parts` when it is a string, number or boolean: what an equality index can hold. */
export function scalarAt(doc: unknown, parts: string[]): Scalar | undefined {
  const value = readPath(doc, parts)
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined
}
