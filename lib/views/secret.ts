import 'server-only'
import {appSettings, contentStoreConfig} from '@/lib/env'
import {viewsSecret} from '@/sanity/embedded/secrets'

let cached: string | undefined

/**
 * VIEWS_SECRET, else derived from the comment secret (sanity/embedded/secrets.ts). A hosted site
 * with neither refuses to count rather than hash readers with a key nobody configured.
 */
export function viewsKeySecret(): string {
  if (cached) return cached
  const settings = appSettings()
  if (!settings.viewsSecret && !settings.commentSecret && contentStoreConfig().mode === 'hosted') {
    throw new Error('VIEWS_SECRET or COMMENT_SECRET (at least 32 characters) is required with a hosted Sanity project')
  }
  cached = viewsSecret()
  return cached
}
