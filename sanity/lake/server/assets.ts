import type {IncomingMessage, ServerResponse} from 'node:http'
import {LakeError, notFound} from '../errors'
import type {Lake} from '../lake'
import {assetIdOfFileName} from '../store/assetIds'
import {ASSET_SECURITY_HEADERS, servedTypeOf} from './assetContentType'

/** `GET /images/<project>/<dataset>/<file>` (and `/files/...`), what @sanity/image-url builds. */
export function serveAsset(req: IncomingMessage, res: ServerResponse, pathname: string, lake: Lake): boolean {
  const m = /^\/(images|files)\/[^/]+\/[^/]+\/([^/]+)$/.exec(pathname)
  if (!m) return false
  for (const [name, value] of Object.entries(ASSET_SECURITY_HEADERS)) res.setHeader(name, value)
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new LakeError(405, {error: {type: 'methodNotAllowed', description: 'Assets are read-only here'}}, 'method')
  }
  // Resizing parameters (?w=, ?fit=) are ignored: the lake serves originals.
  const assetId = assetIdOfFileName(m[1] === 'images' ? 'image' : 'file', safeDecode(m[2]))
  const asset = assetId ? lake.store.getAsset(assetId) : undefined
  if (!asset) throw notFound(`Asset ${m[2]} not found`)
  // Sniffed when served, not at upload, so assets stored before this check are served safely too.
  const served = servedTypeOf(asset.data)
  res.writeHead(200, {
    'content-type': served.contentType,
    'content-length': asset.data.length,
    // Content-addressed: the bytes behind a name never change.
    'cache-control': 'public, max-age=31536000, immutable',
    ...(served.inline ? {} : {'content-disposition': `attachment; filename="${m[2].replace(/[^\w.-]/g, '_')}"`}),
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
