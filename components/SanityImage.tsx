import {croppedDimensions, imageSrcSet, imageUrl, srcSetWidths, type ImageFieldValue} from '@/lib/image'

export interface SanityImageValue extends ImageFieldValue {
  alt?: string | null
  /** Sanity's low-quality placeholder: a tiny JPEG as a data URL (`asset->metadata.lqip`). */
  lqip?: string | null
}

interface Props {
  image: SanityImageValue
  alt: string
  /** Rendered width in CSS pixels at the widest layout; the srcset covers phones to 2x screens. */
  width: number
  /** Cut to this ratio around the hotspot; without it the picture keeps its own (cropped) ratio. */
  aspectRatio?: number
  sizes: string
  /** The page's lead image: fetched first (`fetchpriority="high"`), never lazily. */
  priority?: boolean
  className?: string
}

/** Thumbnails and portraits this small arrive quickly; their lqip would only add weight to the page. */
const SMALL = 120

/**
 * A responsive <img> with width and height set, so the page does not shift when it loads. While
 * it loads, the lqip shows through beneath it: a second <img> with a `data:` URL, which the site's
 * CSP allows for images only (no inline style is needed, so `style-src` stays without 'unsafe-inline').
 */
export function SanityImage({image, alt, width, aspectRatio, sizes, priority, className}: Props) {
  if (!image.assetRef) return null
  const natural = croppedDimensions(image)
  const ratio = aspectRatio ?? (natural ? natural.width / natural.height : 16 / 9)
  const height = Math.round(width / ratio)
  const widths = srcSetWidths(width, aspectRatio ? undefined : natural?.width)
  const cut = aspectRatio ? height : undefined
  return (
    <span className={`pic${className ? ` ${className}` : ''}`}>
      {image.lqip && width > SMALL ? (
        <img className="pic__lqip" src={image.lqip} alt="" aria-hidden="true" width={width} height={height} />
      ) : null}
      <img
        className="pic__img"
        src={imageUrl(image, width, cut)}
        srcSet={imageSrcSet(image, widths, aspectRatio ? ratio : undefined)}
        sizes={sizes}
        width={width}
        height={height}
        alt={alt}
        loading={priority ? 'eager' : 'lazy'}
        decoding={priority ? 'sync' : 'async'}
        {...(priority ? {fetchPriority: 'high' as const} : {})}
      />
    </span>
  )
}
