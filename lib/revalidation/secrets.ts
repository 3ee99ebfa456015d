import 'server-only'
import {appSettings, contentStoreConfig} from '@/lib/env'
import {storedSecrets, type EmbeddedSecrets} from '@/sanity/embedded/secrets'

const ENV_NAME = {webhookSecret: 'SANITY_WEBHOOK_SECRET', previewSecret: 'SANITY_PREVIEW_SECRET'} as const

/** A secret from the environment; on the embedded default, this install's generated one. */
function required(name: keyof typeof ENV_NAME & keyof EmbeddedSecrets): string {
  const configured = appSettings()[name]
  if (configured) return configured
  if (contentStoreConfig().mode === 'hosted') {
    throw new Error(`${ENV_NAME[name]} (at least 16 characters) is required with a hosted Sanity project`)
  }
  return storedSecrets()[name]
}

export const webhookSecret = () => required('webhookSecret')
export const previewSecret = () => required('previewSecret')
