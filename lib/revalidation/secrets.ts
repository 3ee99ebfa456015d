import 'server-only'
import {contentStoreConfig} from '@/lib/env'
import {EMBEDDED_DEFAULTS} from '@/sanity/lake/defaults'

/** A secret from the environment; the development default only on the embedded default. */
function required(name: 'SANITY_WEBHOOK_SECRET' | 'SANITY_PREVIEW_SECRET', fallback: string): string {
  const value = process.env[name]
  if (value && value.length >= 16) return value
  if (contentStoreConfig().mode === 'hosted') throw new Error(`${name} (at least 16 characters) is required with a hosted Sanity project`)
  return fallback
}

export const webhookSecret = () => required('SANITY_WEBHOOK_SECRET', EMBEDDED_DEFAULTS.webhookSecret)
export const previewSecret = () => required('SANITY_PREVIEW_SECRET', EMBEDDED_DEFAULTS.previewSecret)
