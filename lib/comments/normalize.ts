/**
 * Text as we store and measure it: NFC-normalised and trimmed of every kind of blank, including the
 * invisible format characters (`\p{Cf}`: zero-width space and joiner, BOM) that `trim()` keeps.
 */
const EDGE_BLANKS = /^[\p{White_Space}\p{Cf}]+|[\p{White_Space}\p{Cf}]+$/gu
const INVISIBLE = /[\p{White_Space}\p{Cf}]/gu
// C0 and C1 controls except tab, line feed and carriage return.
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u

export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(EDGE_BLANKS, '')
}

/** Characters a reader would see, counted as code points (an emoji counts once). */
export function visibleLength(value: string): number {
  return Array.from(value.replace(INVISIBLE, '')).length
}

export function characterLength(value: string): number {
  return Array.from(value).length
}

export function byteLength(value: string): number {
  return Buffer.byteLength(value, 'utf8')
}

export function hasForbiddenControls(value: string): boolean {
  return FORBIDDEN_CONTROLS.test(value)
}

/** URLs and bare domains with a path, the usual marks of link spam. */
export function countLinks(value: string): number {
  return (value.match(/\bhttps?:\/\/\S+|\bwww\.\S+/gi) ?? []).length
}
