import {LakeError} from '../../errors'

/**
 * The transformation parameters of Sanity's image URLs (`?w=800&fit=crop&auto=format`), read and
 * checked once. Unknown parameter names are ignored, as the CDN ignores them; a known name with a
 * value outside what Sanity documents is a 400, so a typo is seen rather than silently served.
 */
export const FITS = ['clip', 'crop', 'fill', 'fillmax', 'max', 'min', 'scale'] as const
export type Fit = (typeof FITS)[number]
export const OUTPUT_FORMATS = ['jpg', 'pjpg', 'png', 'webp', 'avif'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]
const CROP_MODES = ['top', 'bottom', 'left', 'right', 'center', 'focalpoint', 'entropy'] as const
export type CropMode = (typeof CROP_MODES)[number]

/** Sanity's own ceiling for a side of a transformed image. */
export const MAX_SIDE = 8192

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

export interface ImageParams {
  w?: number
  h?: number
  maxW?: number
  maxH?: number
  minW?: number
  minH?: number
  fit: Fit
  crop: CropMode[]
  fpX?: number
  fpY?: number
  rect?: Rect
  fm?: OutputFormat
  autoFormat: boolean
  q?: number
  dpr: number
  /** `#rrggbbaa`, from Sanity's RGB or ARGB hex. */
  bg?: string
  blur?: number
  sharpen?: number
  sat?: number
  invert: boolean
  flipH: boolean
  flipV: boolean
  orientation: 0 | 90 | 180 | 270
  pad: number
  download: string | null
}

/** The names this module reads; a URL with none of them is served as the original bytes. */
const KNOWN = new Set([
  'w',
  'h',
  'max-w',
  'max-h',
  'min-w',
  'min-h',
  'fit',
  'crop',
  'fp-x',
  'fp-y',
  'rect',
  'fm',
  'auto',
  'q',
  'dpr',
  'bg',
  'blur',
  'sharp',
  'sat',
  'invert',
  'flip',
  'or',
  'pad',
  'frame',
  'dl',
])

export function imageParamError(description: string): LakeError {
  return new LakeError(400, {error: {type: 'imageParameterError', description}}, description)
}

export function hasTransformParams(search: URLSearchParams): boolean {
  for (const key of search.keys()) if (KNOWN.has(key) && key !== 'dl') return true
  return false
}

export function parseImageParams(search: URLSearchParams): ImageParams {
  const one = (name: string): string | undefined => {
    const all = search.getAll(name)
    if (all.length > 1) throw imageParamError(`Parameter "${name}" is given ${all.length} times`)
    return all[0]
  }
  const int = (name: string, min: number, max: number) => {
    const raw = one(name)
    if (raw === undefined) return undefined
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      throw imageParamError(`Parameter "${name}" must be a whole number from ${min} to ${max}, not "${raw}"`)
    }
    return Number(raw)
  }
  const real = (name: string, min: number, max: number) => {
    const raw = one(name)
    if (raw === undefined) return undefined
    const value = Number(raw)
    if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
      throw imageParamError(`Parameter "${name}" must be a number from ${min} to ${max}, not "${raw}"`)
    }
    return value
  }
  const choice = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const raw = one(name)
    if (raw === undefined) return undefined
    if (!(allowed as readonly string[]).includes(raw)) {
      throw imageParamError(`Parameter "${name}" must be one of ${allowed.join(', ')}, not "${raw}"`)
    }
    return raw as T
  }

  const auto = choice('auto', ['format'] as const)
  const frame = one('frame')
  if (frame !== undefined && frame !== '1') throw imageParamError(`Parameter "frame" must be 1, not "${frame}"`)
  const invert = one('invert')
  if (invert !== undefined && !['true', 'false', '1', '0', ''].includes(invert)) {
    throw imageParamError(`Parameter "invert" must be true or false, not "${invert}"`)
  }
  const flip = choice('flip', ['h', 'v', 'hv', 'vh'] as const) ?? ''
  return {
    w: int('w', 1, MAX_SIDE),
    h: int('h', 1, MAX_SIDE),
    maxW: int('max-w', 1, MAX_SIDE),
    maxH: int('max-h', 1, MAX_SIDE),
    minW: int('min-w', 1, MAX_SIDE),
    minH: int('min-h', 1, MAX_SIDE),
    fit: choice('fit', FITS) ?? 'clip',
    crop: cropModes(one('crop')),
    fpX: real('fp-x', 0, 1),
    fpY: real('fp-y', 0, 1),
    rect: rect(one('rect')),
    fm: choice('fm', OUTPUT_FORMATS),
    autoFormat: auto === 'format',
    q: int('q', 0, 100),
    dpr: real('dpr', 1, 3) ?? 1,
    bg: background(one('bg')),
    blur: int('blur', 0, 2000),
    sharpen: int('sharp', 0, 100),
    sat: real('sat', -100, 100),
    invert: invert === 'true' || invert === '1' || invert === '',
    flipH: flip.includes('h'),
    flipV: flip.includes('v'),
    orientation: (Number(choice('or', ['0', '90', '180', '270'] as const) ?? 0) as ImageParams['orientation']) || 0,
    pad: int('pad', 0, MAX_SIDE) ?? 0,
    download: one('dl') ?? null,
  }
}

function cropModes(raw: string | undefined): CropMode[] {
  if (raw === undefined) return []
  const modes = raw.split(',')
  for (const mode of modes) {
    if (!(CROP_MODES as readonly string[]).includes(mode)) {
      throw imageParamError(`Parameter "crop" takes ${CROP_MODES.join(', ')}, not "${mode}"`)
    }
  }
  return modes as CropMode[]
}

function rect(raw: string | undefined): Rect | undefined {
  if (raw === undefined) return undefined
  const parts = raw.split(',')
  if (parts.length !== 4 || parts.some((p) => !/^\d+$/.test(p))) {
    throw imageParamError(`Parameter "rect" must be left,top,width,height in whole pixels, not "${raw}"`)
  }
  const [left, top, width, height] = parts.map(Number)
  if (width < 1 || height < 1) throw imageParamError(`Parameter "rect" needs a width and height of at least 1`)
  return {left, top, width, height}
}

/** Sanity's `bg`: RGB or ARGB hex, 3, 4, 6 or 8 digits, without the `#`. */
function background(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  const hex = raw.replace(/^#/, '')
  if (!/^([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(hex)) {
    throw imageParamError(`Parameter "bg" must be a hex colour (RGB or ARGB), not "${raw}"`)
  }
  const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex
  const argb = full.length === 8 ? full : `ff${full}`
  return `#${argb.slice(2)}${argb.slice(0, 2)}`.toLowerCase()
}

/** The parameters that shape the pixels, in a fixed order: the cache key of a transformation. */
export function canonicalParams(p: ImageParams): string {
  const entries = Object.entries(p).filter(([name, value]) => value !== undefined && name !== 'download')
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : 1)))
}
