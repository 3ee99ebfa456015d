import 'server-only'
import imageUrlBuilder from '@sanity/image-url'
import {contentStoreConfig} from '@/lib/env'

/**
 * Image URLs for an image field. The processing happens once, at the image CDN: Sanity's on a
 * hosted project, the lake's own pipeline (sharp) on the embedded default; the site renders plain
 * `<img srcset>` with those URLs and never resizes again (no next/image optimiser in between).
 * The field's crop and hotspot are applied by @sanity/image-url, which turns them into `rect`.
 */
export interface ImageFieldValue {
  assetRef: string | null
  hotspot?: {x: number; y: number; width: number; height: number} | null
  crop?: {top: number; bottom: number; left: number; right: number} | null
}

type Source = ImageFieldValue | string

const sourceOf = (image: Source) => {
  if (typeof image === 'string') return image
  return {
    asset: {_ref: image.assetRef ?? ''},
    ...(image.hotspot ? {hotspot: image.hotspot} : {}),
    ...(image.crop ? {crop: image.crop} : {}),
  }
}

/** A URL `width` pixels wide; with `height`, cut to that box around the hotspot. */
export function imageUrl(image: Source, width: number, height?: number): string {
  const c = contentStoreConfig()
  let builder = imageUrlBuilder({
    projectId: c.projectId,
    dataset: c.dataset,
    ...(c.apiHost ? {baseUrl: c.apiHost} : {}),
  })
    .image(sourceOf(image))
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

/** The size of the picture the field shows: the asset's, less the editor's crop. */
export function croppedDimensions(image: ImageFieldValue): {width: number; height: number} | null {
  const natural = image.assetRef ? imageDimensions(image.assetRef) : null
  if (!natural) return null
  const crop = image.crop ?? {top: 0, bottom: 0, left: 0, right: 0}
  return {
    width: Math.max(1, Math.round(natural.width * (1 - crop.left - crop.right))),
    height: Math.max(1, Math.round(natural.height * (1 - crop.top - crop.bottom))),
  }
}

/** Candidate widths for a srcset: the layout width at 1x–2x and common phone and tablet widths. */
const STEPS = [320, 480, 640, 800, 960, 1200, 1600, 1920]

export function srcSetWidths(layoutWidth: number, maxWidth?: number): number[] {
  const candidates =
    layoutWidth <= 240
      ? [layoutWidth, Math.round(layoutWidth * 1.5), layoutWidth * 2]
      : [...STEPS.filter((w) => w < layoutWidth * 2), layoutWidth, layoutWidth * 2]
  // Beyond the source's own width a larger file would only be upscaled pixels.
  const capped = candidates.map((w) => (maxWidth ? Math.min(w, maxWidth) : w))
  return [...new Set(capped)].sort((a, b) => a - b)
}

/** `url 320w, url 480w, …`; with an aspect ratio each candidate is cut to it. */
export function imageSrcSet(image: Source, widths: number[], aspectRatio?: number): string {
  return widths
    .map((w) => `${imageUrl(image, w, aspectRatio ? Math.round(w / aspectRatio) : undefined)} ${w}w`)
    .join(', ')
}
