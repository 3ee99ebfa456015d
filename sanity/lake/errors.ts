/**
 * Errors in the shapes Sanity's HTTP API uses, so that `@sanity/client` surfaces the same
 * messages against the local lake as against the hosted Content Lake.
 */
export class LakeError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    message: string,
  ) {
    super(message)
  }
}

export function badRequest(description: string, type = 'httpBadRequest'): LakeError {
  return new LakeError(400, {error: {type, description}}, description)
}

export function queryParseError(description: string, query: string, start: number, end: number) {
  return new LakeError(400, {error: {type: 'queryParseError', description, start, end, query}}, description)
}

export interface MutationErrorItem {
  index: number
  // Some errors name more (referencingIDs of a referenced document), as Sanity's do.
  error: {type: string; description: string; id?: string; [detail: string]: unknown}
}

export function mutationError(status: number, item: MutationErrorItem): LakeError {
  const description = `The mutation(s) failed: ${item.error.description}`
  return new LakeError(status, {error: {type: 'mutationError', description, items: [item]}}, description)
}

export function unauthorized(message: string): LakeError {
  return new LakeError(401, {statusCode: 401, error: 'Unauthorized', message}, message)
}

export function forbidden(description: string): LakeError {
  return new LakeError(403, {error: {type: 'forbiddenError', description}}, description)
}

export function notFound(description: string): LakeError {
  return new LakeError(404, {error: {type: 'notFoundError', description}}, description)
}

/**
 * A query stopped at the lake's time limit. 408, not 503: @sanity/client retries a query answered
 * with 429, 502 or 503 up to five times, and a query that ran out of time would run out again.
 */
export function queryTimeout(limitMs: number): LakeError {
  const description =
    `Query did not finish within the time limit of ${limitMs} ms (LAKE_QUERY_TIMEOUT_MS): ` +
    'narrow its filters or its nesting'
  return new LakeError(408, {error: {type: 'queryTimeoutError', description}}, description)
}

/** A query refused before running: its estimated work could never finish within the time limit. */
export function queryTooComplex(estimate: number, limit: number): LakeError {
  const description =
    `Query is too complex: it would visit about ${estimate.toExponential(1)} documents, ` +
    `over the limit of ${limit.toExponential(0)}; nested scans of the whole dataset multiply: ` +
    'narrow the inner filters (e.g. _type == "…") or remove a level of nesting'
  return new LakeError(400, {error: {type: 'queryTooComplexError', description}}, description)
}

/** The client went away before the answer: nginx's 499, for the log only (nobody reads the body). */
export function clientClosedRequest(): LakeError {
  const description = 'Client closed the request before the query finished'
  return new LakeError(499, {error: {type: 'clientClosedRequest', description}}, description)
}
