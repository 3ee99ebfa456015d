import 'server-only'
import {contentStoreConfig} from '@/lib/env'
import {embeddedSecret, type EmbeddedSecrets} from '@/sanity/embedded/secrets'

const ENV_NAME = {webhookSecret: 'SANITY_WEBHOOK_SECRET', previewSecret: 'SANITY_PREVIEW_SECRET'} as const

/** A secret from the environment; on the embedded default, this install's generated one. */
function required(name: keyof typeof ENV_NAME & keyof EmbeddedSecrets): string {
  const value = process.env[ENV_NAME[name]]
  if (contentStoreConfig().mode === 'hosted' && !(value && value.length >= 16)) {
    throw new Error(`${ENV_NAME[name]} (at least 16 characters) is required with a hosted Sanity project`)
  }
  return embeddedSecret(name)
}

export const webhookSecret = () => required('webhookSecret')
export const previewSecret = () => required('previewSecret')
