import {imageDimensions, imageUrl} from '@/lib/image'

interface Props {
  assetRef: string
  alt: string
  /** Rendered width in CSS pixels at the widest layout; srcset covers 1x–2x and phones. */
  width: number
  aspectRatio?: number
  sizes: string
  priority?: boolean
  className?: string
}

/** A responsive <img> with width/height set, so the page does not shift when it loads. */
export function SanityImage({assetRef, alt, width, aspectRatio, sizes, priority, className}: Props) {
  const natural = imageDimensions(assetRef)
  const ratio = aspectRatio ?? (natural ? natural.width / natural.height : 16 / 9)
  const height = Math.round(width / ratio)
  const widths = [360, 640, width, width * 2].filter((w, i, all) => all.indexOf(w) === i).sort((a, b) => a - b)
  return (
    <img
      className={className}
      src={imageUrl(assetRef, width, aspectRatio ? height : undefined)}
      srcSet={widths
        .map((w) => `${imageUrl(assetRef, w, aspectRatio ? Math.round(w / ratio) : undefined)} ${w}w`)
        .join(', ')}
      sizes={sizes}
      width={width}
      height={height}
      alt={alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      {...(priority ? {fetchPriority: 'high' as const} : {})}
    />
  )
}
