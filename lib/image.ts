import 'server-only'
import imageUrlBuilder from '@sanity/image-url'
import {contentStoreConfig} from '@/lib/env'

/**
 * Image URLs for an asset reference. On the embedded default the lake serves `/images/...` itself
 * (originals, without resizing); on a hosted project Sanity's CDN resizes to the requested width.
 */
export function imageUrl(assetRef: string, width: number, height?: number): string {
  const c = contentStoreConfig()
  let builder = imageUrlBuilder({
    projectId: c.projectId,
    dataset: c.dataset,
    ...(c.apiHost ? {baseUrl: c.apiHost} : {}),
  })
    .image(assetRef)
    .width(width)
    .auto('format')
    .fit('crop')
  if (height) builder = builder.height(height)
  return builder.url()
}

/** Intrinsic size from Sanity's asset id (`image-<hash>-<w>x<h>-<ext>`), for layout-stable <img>. */
export function imageDimensions(assetRef: string): {width: number; height: number} | null {
  const m = /-(\d+)x(\d+)-[a-z0-9]+$/.exec(assetRef)
  return m ? {width: Number(m[1]), height: Number(m[2])} : null
}
