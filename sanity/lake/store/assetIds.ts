import {createHash} from 'node:crypto'

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  avif: 'image/avif',
  pdf: 'application/pdf',
}

export const mimeTypeOf = (extension: string) =>
  MIME_BY_EXTENSION[extension.toLowerCase()] ?? 'application/octet-stream'

export const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex')

/**
 * Sanity's asset ids: `image-<sha1>-<w>x<h>-<ext>` and `file-<sha1>-<ext>`. The file name under
 * `/images/<project>/<dataset>/` is the same without the prefix, with a dot before the extension,
 * which is what `@sanity/image-url` builds from a reference.
 */
export function imageAssetId(hash: string, width: number, height: number, extension: string) {
  return `image-${hash}-${width}x${height}-${extension}`
}

export function fileNameOfAssetId(assetId: string): string | null {
  const m = /^(image|file)-([a-f0-9]{40})(-\d+x\d+)?-([a-z0-9]+)$/.exec(assetId)
  return m ? `${m[2]}${m[3] ?? ''}.${m[4]}` : null
}

export function assetIdOfFileName(kind: 'image' | 'file', fileName: string): string | null {
  const m = /^([a-f0-9]{40})(-\d+x\d+)?\.([a-z0-9]+)$/i.exec(fileName)
  if (!m) return null
  return `${kind}-${m[1]}${m[2] ?? ''}-${m[3].toLowerCase()}`
}

/** The lake's public address when nothing configures it (LAKE_PUBLIC_URL). */
export const DEFAULT_PUBLIC_URL = 'http://localhost:3333'

/**
 * An asset document's `url`: absolute, like Sanity's CDN URLs, so `asset->url` is a URL anywhere
 * and Sanity's own import and export tools can fetch it. `path` is `images/<project>/<dataset>/<file>`.
 */
export function assetUrl(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}

/** Width and height from an image asset id (`image-<sha1>-<w>x<h>-<ext>`), or null. */
export function dimensionsOfAssetId(assetId: string): {width: number; height: number} | null {
  const m = /^image-[a-f0-9]{40}-(\d+)x(\d+)-[a-z0-9]+$/.exec(assetId)
  return m ? {width: Number(m[1]), height: Number(m[2])} : null
}
