import 'server-only'
import {createClient, type SanityClient} from '@sanity/client'
import {contentStoreConfig} from '@/lib/env'

let publicClient: SanityClient | undefined

/**
 * The reader-facing client: no token, so it sees published public documents only, whichever
 * store is behind it. The hosted API CDN serves it in production.
 */
export function getPublicClient(): SanityClient {
  if (publicClient) return publicClient
  const c = contentStoreConfig()
  publicClient = createClient({
    projectId: c.projectId,
    dataset: c.dataset,
    apiVersion: c.apiVersion,
    perspective: 'published',
    useCdn: c.mode === 'hosted',
    timeout: c.timeoutMs,
    ...(c.apiHost ? {apiHost: c.apiHost, useProjectHostname: false} : {}),
  })
  return publicClient
}

/** Reads drafts for editors' preview: the read token and the `drafts` perspective, never cached. */
export function getPreviewClient(): SanityClient {
  return getPublicClient().withConfig({token: contentStoreConfig().readToken, perspective: 'drafts', useCdn: false})
}
