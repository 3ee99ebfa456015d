import 'server-only'
import {contentStoreConfig} from '@/lib/env'

/**
 * Absolute URLs for crawlers, feed readers and social cards, which cannot resolve a relative path.
 * The configured site URL carries its scheme (validated in lib/env).
 */
export function absoluteUrl(path: string): string {
  return `${contentStoreConfig().siteUrl}${path.startsWith('/') ? path : `/${path}`}`
}

/** The publisher logo: the site icon the app already serves. */
export const LOGO_PATH = '/icon.svg'

export const FEED_PATH = '/feed.xml'
export const topicFeedPath = (slug: string) => `/topics/${slug}/feed.xml`

/** Both feeds and sitemaps say English; the content model has no language field yet. */
export const SITE_LANGUAGE = 'en'

export const SITEMAP_INDEX_PATH = '/sitemap.xml'
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml'
