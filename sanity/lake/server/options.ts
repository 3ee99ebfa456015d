import {badRequest} from '../errors'

/**
 * Options of Sanity's HTTP API that the lake does not implement. Each answers 400 naming it
 * instead of being ignored, so a caller relying on one learns at once. A value of `false` (or
 * empty) asks for nothing and is accepted. docs/lake-compatibility.md lists these and every
 * supported option; tests/lake/compatibility.test.ts keeps the two in step.
 */
export const REFUSED_OPTIONS = {
  query: ['explain', 'resultSourceMap', 'variant', 'variantCondition'],
  mutate: [],
  doc: ['includeAllVersions'],
  export: ['includeAllVersions'],
  history: [],
} as const satisfies Record<string, readonly string[]>

const ASKS_NOTHING = new Set(['', 'false', '0'])

/** Throws Sanity's 400 if a query-string or body option of `endpoint` is one the lake refuses. */
export function refuseUnsupportedOptions(
  endpoint: keyof typeof REFUSED_OPTIONS,
  search: URLSearchParams,
  body?: Record<string, unknown>,
): void {
  for (const option of REFUSED_OPTIONS[endpoint] as readonly string[]) {
    const fromQuery = search.get(option)
    const fromBody = body?.[option]
    const asked =
      (fromQuery !== null && !ASKS_NOTHING.has(fromQuery)) ||
      (fromBody !== undefined && fromBody !== false && fromBody !== null && fromBody !== '')
    if (asked) {
      throw badRequest(
        `The option "${option}" is not supported by the local Content Lake (see docs/lake-compatibility.md)`,
        'unsupportedOptionError',
      )
    }
  }
}

/** A boolean option given as a query parameter (`?dryRun=true`) or in the JSON body (`dryRun: true`). */
export function flag(search: URLSearchParams, body: Record<string, unknown>, name: string): boolean {
  return search.get(name) === 'true' || body[name] === true || body[name] === 'true'
}
