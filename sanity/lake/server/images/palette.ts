/**
 * Sanity's `metadata.palette`: a dominant colour and six swatches (vibrant, muted, and their light
 * and dark variants), chosen as the Vibrant algorithm Sanity follows chooses them: colours are
 * bucketed, and each swatch is the bucket closest to its target saturation and lightness, weighted
 * by how much of the image it covers.
 */
interface Bucket {
  r: number
  g: number
  b: number
  count: number
  s: number
  l: number
}

export interface Swatch {
  _type: 'sanity.imagePaletteSwatch'
  background: string
  foreground: string
  title: string
  population: number
}

const TARGETS = {
  vibrant: {luma: [0.3, 0.5, 0.7], sat: [0.35, 1, 1]},
  lightVibrant: {luma: [0.55, 0.74, 1], sat: [0.35, 1, 1]},
  darkVibrant: {luma: [0, 0.26, 0.45], sat: [0.35, 1, 1]},
  muted: {luma: [0.3, 0.5, 0.7], sat: [0, 0.3, 0.4]},
  lightMuted: {luma: [0.55, 0.74, 1], sat: [0, 0.3, 0.4]},
  darkMuted: {luma: [0, 0.26, 0.45], sat: [0, 0.3, 0.4]},
} as const

/** `pixels`: raw 8-bit samples, `channels` per pixel (RGB or RGBA); transparent pixels do not count. */
export function paletteOf(pixels: Buffer, channels: number): Record<string, unknown> {
  const sums = new Map<number, {r: number; g: number; b: number; count: number}>()
  let total = 0
  for (let i = 0; i + 2 < pixels.length; i += channels) {
    if (channels === 4 && pixels[i + 3] < 128) continue
    const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]]
    const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3)
    const sum = sums.get(key) ?? {r: 0, g: 0, b: 0, count: 0}
    sum.r += r
    sum.g += g
    sum.b += b
    sum.count++
    sums.set(key, sum)
    total++
  }
  const buckets: Bucket[] = [...sums.values()].map((sum) => {
    const r = Math.round(sum.r / sum.count)
    const g = Math.round(sum.g / sum.count)
    const b = Math.round(sum.b / sum.count)
    return {r, g, b, count: sum.count, ...saturationAndLightness(r, g, b)}
  })
  if (buckets.length === 0) return {_type: 'sanity.imagePalette'}
  const maxCount = Math.max(...buckets.map((bucket) => bucket.count))
  const swatch = (bucket: Bucket): Swatch => {
    const background = hex(bucket)
    const foreground = bucket.l > 0.6 ? '#000' : '#fff'
    return {
      _type: 'sanity.imagePaletteSwatch',
      background,
      foreground,
      title: foreground,
      population: Math.round((bucket.count / total) * 10000) / 100,
    }
  }
  const used = new Set<Bucket>()
  const palette: Record<string, unknown> = {_type: 'sanity.imagePalette'}
  palette.dominant = swatch(buckets.reduce((best, bucket) => (bucket.count > best.count ? bucket : best)))
  for (const [name, target] of Object.entries(TARGETS)) {
    let best: Bucket | null = null
    let bestScore = -Infinity
    for (const bucket of buckets) {
      if (used.has(bucket)) continue
      if (bucket.l < target.luma[0] || bucket.l > target.luma[2]) continue
      if (bucket.s < target.sat[0] || bucket.s > target.sat[2]) continue
      const score =
        3 * (1 - Math.abs(bucket.s - target.sat[1])) +
        6 * (1 - Math.abs(bucket.l - target.luma[1])) +
        (bucket.count / maxCount) * 1
      if (score > bestScore) {
        best = bucket
        bestScore = score
      }
    }
    if (best) {
      used.add(best)
      palette[name] = swatch(best)
    }
  }
  return palette
}

function saturationAndLightness(r: number, g: number, b: number): {s: number; l: number} {
  const max = Math.max(r, g, b) / 255
  const min = Math.min(r, g, b) / 255
  const l = (max + min) / 2
  const s = max === min ? 0 : l > 0.5 ? (max - min) / (2 - max - min) : (max - min) / (max + min)
  return {s, l}
}

const hex = ({r, g, b}: {r: number; g: number; b: number}) =>
  `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`
