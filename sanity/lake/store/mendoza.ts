/**
 * Mendoza patches (Sanity's `effectFormat=mendoza`), as the Studio's history reads them with the
 * `mendoza` package's applyPatch. The lake encodes per top-level field: an added or changed field
 * is set whole, a removed field deleted, the rest kept from the input. That is a valid (if not the
 * smallest) patch; the Studio diffs the values it produces, so its change list is the same.
 */
const VALUE = 0
const OBJECT_SET_FIELD_VALUE = 17
const OBJECT_DELETE_FIELD = 19

type Json = Record<string, unknown>
export type MendozaPatch = unknown[]

// Written by the server on every change; the Studio strips them before it applies effects.
const IGNORED = new Set(['_rev'])

/** The patch that turns `left` into `right`; `null` is "no document" (`[0, null]` deletes). */
export function mendozaPatch(left: Json | null, right: Json | null): MendozaPatch {
  if (!left || !right) return [VALUE, right]
  const patch: MendozaPatch = []
  // Field indexes refer to the input's keys in sorted order, as the decoder reads them.
  const leftKeys = Object.keys(left).sort()
  leftKeys.forEach((key, index) => {
    if (!IGNORED.has(key) && !(key in right)) patch.push(OBJECT_DELETE_FIELD, index)
  })
  for (const key of Object.keys(right)) {
    if (IGNORED.has(key)) continue
    if (key in left && JSON.stringify(left[key]) === JSON.stringify(right[key])) continue
    patch.push(OBJECT_SET_FIELD_VALUE, right[key], key)
  }
  return patch
}

/** Sanity's `effects` entry of one document in one transaction. */
export function mendozaEffect(before: Json | null, after: Json | null) {
  return {apply: mendozaPatch(before, after), revert: mendozaPatch(after, before)}
}
