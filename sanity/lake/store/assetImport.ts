import {existsSync, readFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {assetIdOfFileName, assetUrl, dimensionsOfAssetId, mimeTypeOf, sha1} from './assetIds'
import type {LakeStore} from './store'
import type {LakeDocument} from '../types'

export interface AssetImportContext {
  root: string
  /** assets.json of the export: metadata by `<kind>-<sha1 of the bytes>`. */
  assetMeta: Record<string, Record<string, unknown>>
  missingFiles: string[]
  assetDocs: Map<string, LakeDocument>
  store: LakeStore
  projectId: string
  dataset: string
  publicUrl: string
}

/** Replaces `_sanityAsset` markers whose file is present with references to asset documents. */
export function replaceAssetMarkers(value: unknown, ctx: AssetImportContext): void {
  if (Array.isArray(value)) return value.forEach((v) => replaceAssetMarkers(v, ctx))
  if (!value || typeof value !== 'object') return
  const obj = value as Record<string, unknown>
  if (typeof obj._sanityAsset === 'string') {
    const assetId = importAsset(obj._sanityAsset, ctx)
    if (assetId) {
      delete obj._sanityAsset
      obj.asset = {_type: 'reference', _ref: assetId}
    }
    return
  }
  for (const v of Object.values(obj)) replaceAssetMarkers(v, ctx)
}

/** `image@file://./images/<sha1>-<w>x<h>.<ext>` → an asset document id, or null if the file is missing. */
function importAsset(marker: string, ctx: AssetImportContext): string | null {
  const m = /^(image|file)@file:\/\/\.\/(.+)$/.exec(marker)
  const kind = m?.[1] as 'image' | 'file' | undefined
  const relative = m?.[2]
  const assetId = kind && relative ? assetIdOfFileName(kind, basename(relative)) : null
  if (!kind || !relative || !assetId) {
    ctx.missingFiles.push(`${marker} (not a recognised asset reference)`)
    return null
  }
  const path = join(ctx.root, relative)
  if (!existsSync(path)) {
    if (!ctx.missingFiles.includes(relative)) ctx.missingFiles.push(relative)
    return null
  }
  if (ctx.assetDocs.has(assetId)) return assetId
  ctx.assetDocs.set(assetId, assetDocument(kind, assetId, readFileSync(path), basename(relative), ctx))
  return assetId
}

function assetDocument(
  kind: 'image' | 'file',
  assetId: string,
  data: Buffer,
  fileName: string,
  ctx: AssetImportContext,
): LakeDocument {
  const hash = sha1(data)
  // The file is named after the asset id, assets.json after the bytes' own hash; the two differ
  // when Sanity rewrote the bytes after upload (SVGs, for one), so look under both.
  const nameHash = fileName.split(/[-.]/)[0]
  const meta = ctx.assetMeta[`${kind}-${hash}`] ?? ctx.assetMeta[`${kind}-${nameHash}`] ?? {}
  const extension = fileName.split('.').pop()!.toLowerCase()
  const path = `${kind}s/${ctx.projectId}/${ctx.dataset}/${fileName}`
  const mimeType = typeof meta.mimeType === 'string' ? meta.mimeType : mimeTypeOf(extension)
  ctx.store.putAsset(assetId, mimeType, data)
  const dimensions = dimensionsOfAssetId(assetId)
  // Sanity's importer refuses image assets without dimensions; an export without assets.json has none.
  const metadata =
    meta.metadata ??
    (dimensions && {
      _type: 'sanity.imageMetadata',
      dimensions: {_type: 'sanity.imageDimensions', ...dimensions, aspectRatio: dimensions.width / dimensions.height},
    })
  return {
    ...meta,
    _id: assetId,
    _type: kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    assetId: assetId.split('-')[1],
    // Of the bytes stored here: Sanity's importer finds an existing asset by the hash of the file.
    sha1hash: hash,
    extension,
    mimeType,
    size: data.length,
    path,
    url: assetUrl(ctx.publicUrl, path),
    ...(metadata ? {metadata} : {}),
  }
}
