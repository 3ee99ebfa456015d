import 'server-only'
import type {SanityClient} from '@sanity/client'
import {contentStoreConfig} from '@/lib/env'
import {getPublicClient} from './client'

/**
 * The write token can edit every document, articles included: it must never reach a browser, so
 * this module is server-only and only server actions import it.
 */
export function getWriteClient(): SanityClient {
  return getPublicClient().withConfig({token: contentStoreConfig().writeToken, useCdn: false})
}
