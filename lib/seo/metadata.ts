import 'server-only'
import type {Metadata} from 'next'
import type {SiteSettings} from '@/lib/queries/settings'
import {FEED_PATH, absoluteUrl, topicFeedPath} from './urls'

export interface FeedLink {
  url: string
  title: string
}

export interface PageSeo {
  site: SiteSettings
  /** The page's path; its absolute URL is the canonical. */
  path: string
  /** Without the site name, which the (site) layout's title template adds; `absolute` skips it. */
  title: string | {absolute: string}
  description?: string | null
  image?: {url: string; alt: string; width?: number; height?: number} | null
  /** Feeds besides the site-wide one, e.g. the topic's own. */
  feeds?: FeedLink[]
  /** Open Graph `article:*` or `profile:*` fields; a plain page is a `website`. */
  openGraph?:
    | {
        type: 'article'
        publishedTime: string
        modifiedTime: string
        authors?: string[]
        section?: string
        tags?: string[]
      }
    | {type: 'profile' | 'website'}
}

export const siteFeedLink = (site: SiteSettings): FeedLink => ({url: absoluteUrl(FEED_PATH), title: site.title})

export const topicFeedTitle = (topic: {title: string}, site: SiteSettings) => `${topic.title} — ${site.title}`

export const topicFeedLink = (topic: {title: string; slug: string}, site: SiteSettings): FeedLink => ({
  url: absoluteUrl(topicFeedPath(topic.slug)),
  title: topicFeedTitle(topic, site),
})

/**
 * Everything a page puts in its head for search engines, feed readers and link previews. Next
 * merges metadata one key deep, so a page that sets `alternates` or `openGraph` must carry the whole
 * object: the canonical, the feed links and the site name are repeated here for every page.
 */
export function pageMetadata({
  site,
  path,
  title,
  description,
  image,
  feeds = [],
  openGraph = {type: 'website'},
}: PageSeo): Metadata {
  const url = absoluteUrl(path)
  const plainTitle = typeof title === 'string' ? title : title.absolute
  const text = description ?? undefined
  return {
    title,
    description: text,
    alternates: {canonical: url, types: {'application/rss+xml': [siteFeedLink(site), ...feeds]}},
    openGraph: {
      ...openGraph,
      url,
      title: plainTitle,
      description: text,
      siteName: site.title,
      locale: 'en_US',
      images: image ? [image] : undefined,
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title: plainTitle,
      description: text,
      images: image ? [image] : undefined,
    },
  }
}
