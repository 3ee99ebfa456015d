import type {IncomingMessage, ServerResponse} from 'node:http'
import {LakeError, notFound} from '../errors'
import type {Lake} from '../lake'
import {assetIdOfFileName} from '../store/assetIds'
import {ASSET_SECURITY_HEADERS, servedTypeOf} from './assetContentType'
import {hasTransformParams} from './images/params'
import {imagePipelineOf} from './images/pipeline'

// Content-addressed: the bytes behind a name and its parameters never change.
const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * `GET /images/<project>/<dataset>/<file>` (and `/files/...`), what @sanity/image-url builds.
 * Without transformation parameters an image is its original bytes; with them, the image
 * pipeline's result (`images/`), cached on disk. Returns false for other paths; a transformation
 * answers asynchronously, errors included.
 */
export function serveAsset(req: IncomingMessage, res: ServerResponse, pathname: string, lake: Lake): boolean {
  // An optional last segment is @sanity/image-url's vanity file name.
  const m = /^\/(images|files)\/[^/]+\/[^/]+\/([^/]+)(\/[^/]+)?$/.exec(pathname)
  if (!m) return false
  for (const [name, value] of Object.entries(ASSET_SECURITY_HEADERS)) res.setHeader(name, value)
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new LakeError(405, {error: {type: 'methodNotAllowed', description: 'Assets are read-only here'}}, 'method')
  }
  const fileName = safeDecode(m[2])
  const assetId = assetIdOfFileName(m[1] === 'images' ? 'image' : 'file', fileName)
  const asset = assetId ? lake.store.getAsset(assetId) : undefined
  if (!asset || !assetId) throw notFound(`Asset ${m[2]} not found`)
  const search = new URL(req.url ?? '/', 'http://lake.local').searchParams
  const download = search.get('dl')
  const disposition = `attachment; filename="${(download || fileName).replace(/[^\w.-]/g, '_')}"`

  if (m[1] === 'images' && hasTransformParams(search)) {
    const accept = typeof req.headers.accept === 'string' ? req.headers.accept : undefined
    imagePipelineOf(lake)
      .render(assetId, asset.data, search, accept)
      .then((rendered) => {
        res.writeHead(200, {
          'content-type': rendered.contentType,
          'content-length': rendered.data.length,
          'cache-control': IMMUTABLE,
          ...(rendered.variesByAccept ? {vary: 'Accept'} : {}),
          'x-lake-image-cache': rendered.cached ? 'hit' : 'miss',
          ...(download !== null ? {'content-disposition': disposition} : {}),
        })
        res.end(req.method === 'HEAD' ? undefined : rendered.data)
      })
      .catch((err: unknown) => {
        const error =
          err instanceof LakeError
            ? err
            : new LakeError(500, {error: {type: 'imageTransformError', description: 'Image transformation failed'}}, '')
        if (err !== error) console.error('[lake] image transformation failed:', err)
        if (res.headersSent) return void res.end()
        const body = JSON.stringify(error.body)
        res.writeHead(error.status, {'content-type': 'application/json; charset=utf-8'})
        res.end(body)
      })
    return true
  }

  // Sniffed when served, not at upload, so assets stored before this check are served safely too.
  const served = servedTypeOf(asset.data)
  res.writeHead(200, {
    'content-type': served.contentType,
    'content-length': asset.data.length,
    'cache-control': IMMUTABLE,
    ...(!served.inline || download !== null ? {'content-disposition': disposition} : {}),
  })
  res.end(req.method === 'HEAD' ? undefined : asset.data)
  return true
}

/** A malformed escape (`%E0%A4%A`) names no asset: a 404, not an internal error. */
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
