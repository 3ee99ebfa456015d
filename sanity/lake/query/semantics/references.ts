/**
 * groq-js's `hasReference` rule, which `references()` follows: every `_ref` anywhere in a value,
 * except that an object with a truthy `_ref` answers for itself and is not looked into.
 */

/** True as soon as `visit` is true for one reference of `value` (a truthy `_ref`, string or not). */
export function someReference(value: unknown, visit: (ref: unknown) => boolean): boolean {
  if (Array.isArray(value)) return value.some((v) => someReference(v, visit))
  if (!value || typeof value !== 'object') return false
  const ref = (value as Record<string, unknown>)._ref
  if (ref) return visit(ref)
  for (const v of Object.values(value)) if (v && typeof v === 'object' && someReference(v, visit)) return true
  return false
}

/** `references(ids…)` of `value`. */
export function holdsReference(value: unknown, ids: Set<string>): boolean {
  return someReference(value, (ref) => ids.has(ref as string))
}

/** Every id `references(id)` is true for. */
export function referencedIds(value: unknown): Set<string> {
  const ids = new Set<string>()
  someReference(value, (ref) => {
    if (typeof ref === 'string') ids.add(ref)
    return false
  })
  return ids
}
