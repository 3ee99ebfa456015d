import type {MetadataRoute} from 'next'
import {NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH, absoluteUrl} from '@/lib/seo/urls'

/** Crawlers may read the whole reader site, never the Studio or the API. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {userAgent: '*', allow: '/', disallow: ['/studio', '/api']},
    sitemap: [absoluteUrl(SITEMAP_INDEX_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
  }
}
