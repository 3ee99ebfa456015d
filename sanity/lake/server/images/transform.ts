import sharp, {type Metadata, type Sharp} from 'sharp'
import {imageParamError, type ImageParams} from './params'
import {planTransform} from './geometry'
import type {Encoding} from './format'

/** A decoded source may hold at most this many pixels (a 10,000 × 10,000 photo); larger is refused. */
export const MAX_INPUT_PIXELS = 100_000_000
/** Sanity's default quality when `q` is not given. */
const DEFAULT_QUALITY = 75

/**
 * Carries out a transformation with sharp: orientation (EXIF, then `or`), `rect`, the fit plan,
 * flips, effects, padding, and the encoding. SVG sources are rasterised by librsvg inside sharp,
 * which loads nothing external, so a transformed SVG is plain pixels.
 */
export async function transformImage(source: Buffer, p: ImageParams, encoding: Encoding): Promise<Buffer> {
  const options = {limitInputPixels: MAX_INPUT_PIXELS, density: 72}
  let meta: Metadata
  try {
    meta = await sharp(source, options).metadata()
  } catch (err) {
    throw imageParamError(`The image could not be read for transformation: ${(err as Error).message}`)
  }
  // The plan works on the image as a reader sees it: EXIF orientation applied, then `or`.
  const exifTurned = (meta.orientation ?? 1) >= 5
  const turned = exifTurned !== (p.orientation === 90 || p.orientation === 270)
  const width = turned ? meta.height! : meta.width!
  const height = turned ? meta.width! : meta.height!
  const plan = planTransform(width, height, p)
  const background = p.bg ?? (encoding === 'jpg' || encoding === 'pjpg' ? '#ffffff' : '#00000000')

  let image = sharp(source, options).autoOrient()
  if (p.orientation) image = image.rotate(p.orientation)
  if (plan.region.width !== width || plan.region.height !== height) image = image.extract(plan.region)
  if (plan.width !== plan.region.width || plan.height !== plan.region.height || plan.entropy) {
    image = image.resize(
      plan.width,
      plan.height,
      plan.entropy ? {fit: 'cover', position: sharp.strategy.entropy} : {fit: 'fill'},
    )
  }
  // One extend per pipeline: the fill canvas and `pad` together.
  const padX = plan.canvas ? plan.canvas.width - plan.width : 0
  const padY = plan.canvas ? plan.canvas.height - plan.height : 0
  if (padX || padY || p.pad) {
    image = image.extend({
      left: Math.floor(padX / 2) + p.pad,
      right: Math.ceil(padX / 2) + p.pad,
      top: Math.floor(padY / 2) + p.pad,
      bottom: Math.ceil(padY / 2) + p.pad,
      background,
    })
  }
  if (p.flipH) image = image.flop()
  if (p.flipV) image = image.flip()
  if (p.sat !== undefined) image = image.modulate({saturation: 1 + p.sat / 100})
  if (p.invert) image = image.negate({alpha: false})
  if (p.blur) image = image.blur(Math.min(1000, Math.max(0.3, p.blur / 10)))
  if (p.sharpen) image = image.sharpen({sigma: 0.5 + p.sharpen / 25})
  try {
    return await encode(image, encoding, p.q, background)
  } catch (err) {
    throw imageParamError(`The image could not be transformed: ${(err as Error).message}`)
  }
}

async function encode(image: Sharp, encoding: Encoding, q: number | undefined, background: string) {
  const quality = Math.max(1, q ?? DEFAULT_QUALITY)
  switch (encoding) {
    case 'jpg':
    case 'pjpg':
      // mozjpeg's settings make a progressive file, which is what `pjpg` asks for and `jpg` does not.
      return image
        .flatten({background})
        .jpeg(encoding === 'pjpg' ? {quality, mozjpeg: true} : {quality, optimiseCoding: true})
        .toBuffer()
    case 'png':
      return image.png({compressionLevel: 8, palette: q !== undefined && q < 100, quality}).toBuffer()
    case 'webp':
      return image.webp({quality, effort: 4}).toBuffer()
    case 'avif':
      // Effort 2 of 9: AVIF at the default effort takes seconds per image on a small machine.
      return image.avif({quality: Math.round(quality * 0.8), effort: 2}).toBuffer()
  }
}
