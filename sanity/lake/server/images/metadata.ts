import {encode as encodeBlurHash} from 'blurhash'
import sharp from 'sharp'
import {MAX_INPUT_PIXELS} from './transform'
import {paletteOf} from './palette'

/**
 * What Sanity extracts from an uploaded image into `metadata`: dimensions, alpha and opacity
 * always; `lqip` (a tiny JPEG as a data URL, the placeholder a page shows while loading),
 * `palette` and `blurHash` unless the upload's `meta` parameter leaves them out.
 */
export type Extract = 'lqip' | 'palette' | 'blurhash'
export const DEFAULT_EXTRACTS: Extract[] = ['lqip', 'palette', 'blurhash']

export interface ReadImage {
  extension: 'png' | 'jpg' | 'gif' | 'webp' | 'svg' | 'avif'
  mimeType: string
  width: number
  height: number
}

const FORMATS: Record<string, Pick<ReadImage, 'extension' | 'mimeType'>> = {
  png: {extension: 'png', mimeType: 'image/png'},
  jpeg: {extension: 'jpg', mimeType: 'image/jpeg'},
  gif: {extension: 'gif', mimeType: 'image/gif'},
  webp: {extension: 'webp', mimeType: 'image/webp'},
  svg: {extension: 'svg', mimeType: 'image/svg+xml'},
  heif: {extension: 'avif', mimeType: 'image/avif'},
}

const LQIP_WIDTH = 20
const open = (data: Buffer) => sharp(data, {limitInputPixels: MAX_INPUT_PIXELS, density: 72, animated: false})

/** The image's format and size as a reader sees it (EXIF orientation applied), or null if it is not one we take. */
export async function readImage(data: Buffer): Promise<ReadImage | null> {
  try {
    const meta = await open(data).metadata()
    const format = meta.format === 'heif' && meta.compression !== 'av1' ? undefined : FORMATS[meta.format ?? '']
    const width = meta.autoOrient?.width ?? meta.width
    const height = meta.autoOrient?.height ?? meta.height
    if (!format || !width || !height) return null
    // Decoding the whole image proves the bytes are an image, not just a plausible header.
    if (format.extension !== 'svg') await open(data).resize(8, 8, {fit: 'inside'}).raw().toBuffer()
    return {...format, width, height}
  } catch {
    return null
  }
}

export async function imageMetadata(
  data: Buffer,
  image: ReadImage,
  extracts: Extract[] = DEFAULT_EXTRACTS,
): Promise<Record<string, unknown>> {
  const meta = await open(data).metadata()
  const hasAlpha = meta.hasAlpha === true
  const isOpaque = hasAlpha ? (await open(data).stats()).isOpaque : true
  const small = await open(data)
    .autoOrient()
    .resize(64, 64, {fit: 'inside'})
    .ensureAlpha()
    .raw()
    .toBuffer({resolveWithObject: true})
  return {
    _type: 'sanity.imageMetadata',
    dimensions: {
      _type: 'sanity.imageDimensions',
      width: image.width,
      height: image.height,
      aspectRatio: image.width / image.height,
    },
    hasAlpha,
    isOpaque,
    ...(extracts.includes('lqip') ? {lqip: await lqipOf(data, hasAlpha)} : {}),
    ...(extracts.includes('palette') ? {palette: paletteOf(small.data, small.info.channels)} : {}),
    ...(extracts.includes('blurhash')
      ? {blurHash: encodeBlurHash(new Uint8ClampedArray(small.data), small.info.width, small.info.height, 4, 3)}
      : {}),
  }
}

/** Sanity's lqip: the image 20 px wide, base64 in a data URL (JPEG; PNG where it has transparency). */
async function lqipOf(data: Buffer, hasAlpha: boolean): Promise<string> {
  const small = open(data).autoOrient().resize(LQIP_WIDTH)
  if (hasAlpha) return `data:image/png;base64,${(await small.png({palette: true}).toBuffer()).toString('base64')}`
  return `data:image/jpeg;base64,${(await small.jpeg({quality: 40}).toBuffer()).toString('base64')}`
}

/** The upload's `meta` parameters (`meta=lqip&meta=palette`, or `none`) as extracts; absent means the default. */
export function extractsOf(values: string[]): Extract[] {
  if (values.length === 0) return DEFAULT_EXTRACTS
  return DEFAULT_EXTRACTS.filter((extract) => values.includes(extract))
}
