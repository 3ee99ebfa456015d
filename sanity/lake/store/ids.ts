import {randomBytes} from 'node:crypto'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** A random id in the style of Sanity's transaction ids and generated document ids (22 base62 chars). */
export function randomId(length = 22): string {
  const bytes = randomBytes(length)
  let id = ''
  for (let i = 0; i < length; i++) id += ALPHABET[bytes[i] % ALPHABET.length]
  return id
}

// Sanity accepts letters, digits, `_`, `-` and `.` (path separators), up to 128 characters.
const DOCUMENT_ID = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/

export function isValidDocumentId(id: unknown): id is string {
  return typeof id === 'string' && DOCUMENT_ID.test(id) && !id.includes('..') && !id.endsWith('.')
}

/** Documents whose id has a dot (`drafts.x`, `comment-contact.x`) are private: token holders only. */
export function isPublicId(id: string): boolean {
  return !id.includes('.')
}

export const isDraftId = (id: string) => id.startsWith('drafts.')
export const publishedIdOf = (id: string) => (isDraftId(id) ? id.slice('drafts.'.length) : id)
