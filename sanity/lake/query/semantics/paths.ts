/**
 * GROQ attribute paths (`slug.current`, `article._ref`) read from a document: a step into anything
 * but an object (an array included) gives nothing, as in GROQ.
 */

/** The value at `parts`, or undefined where GROQ would give null. */
export function readPath(doc: unknown, parts: string[]): unknown {
  let v: unknown = doc
  for (const part of parts) v = readStep(v, part)
  return v
}

/** One step of a path: an attribute of an object; of anything else (an array included), nothing. */
export function readStep(holder: unknown, name: string): unknown {
  if (!holder || typeof holder !== 'object' || Array.isArray(holder)) return undefined
  return (holder as Record<string, unknown>)[name]
}

export type Scalar = string | number | boolean

/** The value at `parts` when it is a string, number or boolean: what an equality index can hold. */
export function scalarAt(doc: unknown, parts: string[]): Scalar | undefined {
  const value = readPath(doc, parts)
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined
}
