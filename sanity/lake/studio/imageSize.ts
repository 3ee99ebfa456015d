/**
 * Format and pixel size of an uploaded image, read from its header. Sanity puts the size in the
 * asset id (`image-<sha1>-<w>x<h>-<ext>`) and in `metadata.dimensions`, which the Studio's crop
 * and hotspot tools and the site's layout-stable <img> both rely on. No decoding library: these
 * four formats announce their size in the first bytes.
 */
export interface ImageInfo {
  extension: 'png' | 'jpg' | 'gif' | 'webp'
  mimeType: string
  width: number
  height: number
  hasAlpha: boolean
}

export function imageInfo(data: Buffer): ImageInfo | null {
  if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47 && data.toString('latin1', 12, 16) === 'IHDR') {
    // Colour types 4 and 6 carry an alpha channel; a tRNS chunk can add one, which we ignore.
    const colourType = data[25]
    return {
      extension: 'png',
      mimeType: 'image/png',
      width: data.readUInt32BE(16),
      height: data.readUInt32BE(20),
      hasAlpha: colourType === 4 || colourType === 6,
    }
  }
  if (data.length >= 10 && data.toString('latin1', 0, 3) === 'GIF') {
    return {
      extension: 'gif',
      mimeType: 'image/gif',
      width: data.readUInt16LE(6),
      height: data.readUInt16LE(8),
      hasAlpha: true,
    }
  }
  if (data.length >= 30 && data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP')
    return webp(data)
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) return jpeg(data)
  return null
}

function webp(data: Buffer): ImageInfo | null {
  const chunk = data.toString('latin1', 12, 16)
  const base = {extension: 'webp' as const, mimeType: 'image/webp'}
  if (chunk === 'VP8X') {
    const width = 1 + data.readUIntLE(24, 3)
    const height = 1 + data.readUIntLE(27, 3)
    return {...base, width, height, hasAlpha: (data[20] & 0x10) !== 0}
  }
  if (chunk === 'VP8 ')
    return {...base, width: data.readUInt16LE(26) & 0x3fff, height: data.readUInt16LE(28) & 0x3fff, hasAlpha: false}
  if (chunk === 'VP8L') {
    const bits = data.readUInt32LE(21)
    return {
      ...base,
      width: (bits & 0x3fff) + 1,
      height: ((bits >> 14) & 0x3fff) + 1,
      hasAlpha: ((bits >> 28) & 1) === 1,
    }
  }
  return null
}

function jpeg(data: Buffer): ImageInfo | null {
  let offset = 2
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null
    const marker = data[offset + 1]
    // Start-of-frame markers (C0–CF, except DHT C4, JPG C8 and DAC CC) hold the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {
        extension: 'jpg',
        mimeType: 'image/jpeg',
        height: data.readUInt16BE(offset + 5),
        width: data.readUInt16BE(offset + 7),
        hasAlpha: false,
      }
    }
    offset += 2 + data.readUInt16BE(offset + 2)
  }
  return null
}
