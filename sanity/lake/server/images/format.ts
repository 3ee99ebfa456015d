import type {ImageParams} from './params'

/** What a transformed image is encoded as; `pjpg` is a progressive JPEG. */
export type Encoding = 'jpg' | 'pjpg' | 'png' | 'webp' | 'avif'

export const CONTENT_TYPES: Record<Encoding, string> = {
  jpg: 'image/jpeg',
  pjpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
}

/**
 * `fm` wins; otherwise `auto=format` picks the best type the browser's Accept header names (AVIF,
 * then WebP), and otherwise the source's own format. SVG and GIF sources are rasterised to PNG.
 */
export function outputEncoding(p: ImageParams, sourceFormat: string, accept: string | undefined): Encoding {
  if (p.fm) return p.fm
  if (p.autoFormat) {
    const types = (accept ?? '').toLowerCase()
    if (types.includes('image/avif')) return 'avif'
    if (types.includes('image/webp')) return 'webp'
  }
  if (sourceFormat === 'jpeg' || sourceFormat === 'jpg') return 'jpg'
  if (sourceFormat === 'webp') return 'webp'
  if (sourceFormat === 'heif' || sourceFormat === 'avif') return 'avif'
  return 'png'
}
