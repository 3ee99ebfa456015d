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
  error: {type: string; description: string; id?: string}
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
