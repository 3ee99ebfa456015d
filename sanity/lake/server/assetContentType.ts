/**
 * The content type an asset is served with, decided from its bytes, never from what the uploader
 * said: assets are served from the lake's own origin, where an uploaded `text/html` page with a
 * script would run with the lake's cookies and reach its API. Only types a browser shows without
 * running anything from the file are served inline; everything else is a download.
 */
export interface ServedType {
  contentType: string
  /** false: served as `application/octet-stream` with `Content-Disposition: attachment`. */
  inline: boolean
}

const DOWNLOAD: ServedType = {contentType: 'application/octet-stream', inline: false}
const inline = (contentType: string): ServedType => ({contentType, inline: true})

/** Headers for every asset response, errors included: no sniffing, and no script or plugin runs. */
export const ASSET_SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
}

export function servedTypeOf(data: Buffer): ServedType {
  const ascii = (start: number, end: number) => data.toString('latin1', start, end)
  if (data.length >= 8 && data.readUInt32BE(0) === 0x89504e47 && data.readUInt32BE(4) === 0x0d0a1a0a) {
    return inline('image/png')
  }
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return inline('image/jpeg')
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return inline('image/gif')
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return inline('image/webp')
  if (ascii(4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(8, 12))) return inline('image/avif')
  if (ascii(0, 5) === '%PDF-') return inline('application/pdf')
  const text = textStart(data)
  if (text === null) return DOWNLOAD
  if (SVG_START.test(text)) return inline('image/svg+xml')
  // Markup other than SVG (HTML, XML that a browser might render) is downloaded, not shown as text.
  return /^\s*</.test(text) ? DOWNLOAD : inline('text/plain; charset=utf-8')
}

/** `<svg` after an optional XML declaration, comments and a doctype. */
const SVG_START = /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>/]/i
const SNIFF_BYTES = 8 * 1024

/** The first bytes as text, or null when they are not UTF-8 text (control bytes, invalid sequences). */
function textStart(data: Buffer): string | null {
  const head = data.subarray(0, SNIFF_BYTES)
  let text: string
  try {
    // stream: a multi-byte character cut at the end of the sniffed bytes is not an error.
    text = new TextDecoder('utf-8', {fatal: true}).decode(head, {stream: head.length < data.length})
  } catch {
    return null
  }
  // Tab, line feed, form feed and carriage return are text; other C0 controls and DEL are binary.
  return /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text) ? null : text.replace(/^\uFEFF/, '')
}
