import 'server-only'
import {createHmac, timingSafeEqual} from 'node:crypto'
import {appSettings, contentStoreConfig} from '@/lib/env'
import {storedSecrets} from '@/sanity/embedded/secrets'

/** COMMENT_SECRET; on the embedded default without one, this install's generated key. */
function secret(): string {
  const {commentSecret} = appSettings()
  if (commentSecret) return commentSecret
  if (contentStoreConfig().mode === 'hosted') {
    throw new Error('COMMENT_SECRET (at least 32 characters) is required with a hosted Sanity project')
  }
  return storedSecrets().commentSecret
}

export function hmac(purpose: string, value: string): string {
  return createHmac('sha256', secret()).update(`${purpose}\u0000${value}`).digest('hex')
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** The e-mail as an HMAC: enough to spot floods and duplicates, useless to a reader of the dataset. */
export const emailHashOf = (email: string) => hmac('email', email.toLowerCase())

/** Addresses are never stored raw either. */
export const ipHashOf = (ip: string) => hmac('ip', ip).slice(0, 32)
