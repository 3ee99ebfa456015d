import imageUrlBuilder from '@sanity/image-url'
import sharp from 'sharp'

/** Quadrants of pure colour, so a crop's position shows in the colour of the result's corners. */
export const QUADRANTS = {
  topLeft: [255, 0, 0],
  topRight: [0, 255, 0],
  bottomLeft: [0, 0, 255],
  bottomRight: [255, 255, 255],
}

/** A width×height PNG (or other format) split into the four coloured quadrants. */
export async function quadrantImage(width: number, height: number, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour =
        y < height / 2
          ? x < width / 2
            ? QUADRANTS.topLeft
            : QUADRANTS.topRight
          : x < width / 2
            ? QUADRANTS.bottomLeft
            : QUADRANTS.bottomRight
      pixels.set(colour, (y * width + x) * 3)
    }
  }
  const image = sharp(pixels, {raw: {width, height, channels: 3}})
  return format === 'png' ? image.png().toBuffer() : image.jpeg({quality: 95}).toBuffer()
}

export interface Fetched {
  status: number
  headers: Headers
  data: Buffer
  width?: number
  height?: number
  format?: string
}

/** GETs an image URL and reads back what came: status, headers, and the real size and format by sharp. */
export async function fetchImage(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const res = await fetch(url, {headers})
  const data = Buffer.from(await res.arrayBuffer())
  if (res.status !== 200 || !res.headers.get('content-type')?.startsWith('image/')) {
    return {status: res.status, headers: res.headers, data}
  }
  const meta = await sharp(data).metadata()
  return {status: res.status, headers: res.headers, data, width: meta.width, height: meta.height, format: meta.format}
}

/** The RGB colour of one pixel of an encoded image. */
export async function pixel(data: Buffer, x: number, y: number): Promise<number[]> {
  const {data: raw, info} = await sharp(data).removeAlpha().raw().toBuffer({resolveWithObject: true})
  const at = (y * info.width + x) * info.channels
  return [raw[at], raw[at + 1], raw[at + 2]]
}

/** True when each channel is within `tolerance` of the expected colour (lossy encodings blur edges). */
export const near = (actual: number[], expected: number[], tolerance = 40) =>
  actual.every((value, i) => Math.abs(value - expected[i]) <= tolerance)

export const builderFor = (lakeUrl: string) =>
  imageUrlBuilder({projectId: 'local', dataset: 'production', baseUrl: lakeUrl})
