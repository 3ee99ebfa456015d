import type {IncomingMessage} from 'node:http'
import {LakeError, badRequest} from '../errors'

export const MAX_BODY_BYTES = 4 * 1024 * 1024

/** Reads a JSON object request body, refusing oversize bodies before buffering them whole. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '')
  if (!/^application\/json\b/i.test(type)) {
    throw badRequest(`Expected Content-Type application/json, got "${type || 'none'}"`)
  }
  const raw = await readRawBody(req, MAX_BODY_BYTES)
  let body: unknown
  try {
    body = JSON.parse(raw.toString('utf8'))
  } catch (err) {
    throw badRequest(`Malformed JSON in request body: ${(err as Error).message}`, 'httpBadRequest')
  }
  // Every endpoint reads fields of the body; `null` would otherwise fail as an internal error.
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest('Request body must be a JSON object')
  return body
}

/** The whole body, refused with 413 as soon as it is known to exceed `limit` bytes. */
export async function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () => {
    const description = `Request body exceeds the limit of ${limit} bytes`
    return new LakeError(413, {error: {type: 'httpPayloadTooLarge', description}}, description)
  }
  if (Number(req.headers['content-length']) > limit) throw tooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw tooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}
