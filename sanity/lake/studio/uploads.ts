import type {IncomingMessage} from 'node:http'
import {assetUrl, fileNameOfAssetId, imageAssetId, mimeTypeOf, sha1} from '../store/assetIds'
import {badRequest} from '../errors'
import {readRawBody} from '../server/body'
import type {Lake} from '../lake'
import type {LakeDocument} from '../types'
import {extractsOf, imageMetadata, readImage} from '../server/images/metadata'

/** Sanity's own limit is far higher; a newsroom's photos fit, and a runaway upload stops early. */
export const MAX_ASSET_BYTES = 64 * 1024 * 1024

export interface UploadRequest {
  req: IncomingMessage
  url: URL
  lake: Lake
  kind: 'images' | 'files'
  projectId: string
  dataset: string
  /** The origin asset URLs are built on; without it, the origin the upload came in on. */
  publicUrl?: string
  author: string
}

/**
 * `POST /vX/assets/(images|files)/:dataset`: stores the bytes and an asset document with Sanity's
 * shape and id. Ids are content-addressed (sha1), so uploading the same bytes again answers with
 * the asset that already exists, as Sanity does.
 */
export async function uploadAsset({
  req,
  url,
  lake,
  kind,
  projectId,
  dataset,
  publicUrl,
  author,
}: UploadRequest): Promise<{document: LakeDocument}> {
  const data = await readRawBody(req, MAX_ASSET_BYTES)
  if (data.length === 0) throw badRequest('Empty upload: send the file as the request body')
  const hash = sha1(data)
  const filename = url.searchParams.get('filename') ?? undefined
  let id: string
  let mimeType: string
  let extension: string
  let metadata: Record<string, unknown> | undefined
  if (kind === 'images') {
    const image = await readImage(data)
    if (!image) throw badRequest('Invalid image: expected PNG, JPEG, GIF, WebP, AVIF or SVG', 'invalidImageError')
    ;({mimeType, extension} = image)
    id = imageAssetId(hash, image.width, image.height, extension)
    // Same bytes, same asset: the metadata is computed only for a new one.
    if (!lake.store.get(id)) metadata = await imageMetadata(data, image, extractsOf(url.searchParams.getAll('meta')))
  } else {
    extension = (/\.([a-z0-9]{1,10})$/i.exec(filename ?? '')?.[1] ?? 'bin').toLowerCase()
    mimeType = String(req.headers['content-type'] ?? '').split(';')[0] || mimeTypeOf(extension)
    id = `file-${hash}-${extension}`
  }
  const existing = lake.store.get(id)
  if (existing) return {document: existing}

  const path = `${kind}/${projectId}/${dataset}/${fileNameOfAssetId(id)}`
  lake.store.putAsset(id, mimeType, data)
  const doc: LakeDocument = {
    _id: id,
    _type: kind === 'images' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    assetId: hash,
    extension,
    mimeType,
    originalFilename: filename,
    path,
    sha1hash: hash,
    size: data.length,
    uploadId: hash.slice(0, 32),
    // Absolute, like Sanity's CDN URLs, on whichever lake listener received the upload.
    url: assetUrl(publicUrl ?? originOf(req), path),
    ...(metadata ? {metadata} : {}),
    ...describedBy(url.searchParams),
  }
  // createIfNotExists: two uploads of the same bytes may race; both end with the one asset.
  const outcome = await lake.mutate([{createIfNotExists: doc}], {author})
  return {document: outcome.documents[0] ?? lake.store.get(id)!}
}

/** What the uploader said about the asset, kept on its document as Sanity keeps it. */
function describedBy(search: URLSearchParams): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const name of ['title', 'description', 'label', 'creditLine']) {
    const value = search.get(name)
    if (value) fields[name] = value
  }
  const source = {id: search.get('sourceId'), name: search.get('sourceName'), url: search.get('sourceUrl')}
  if (source.name) fields.source = Object.fromEntries(Object.entries(source).filter(([, value]) => value))
  return fields
}

function originOf(req: IncomingMessage): string {
  const host = req.headers[':authority'] ?? req.headers.host ?? 'localhost'
  const secure = (req.socket as {encrypted?: boolean} | undefined)?.encrypted === true
  return `${secure ? 'https' : 'http'}://${host}`
}
