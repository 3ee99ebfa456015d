import 'server-only'
import type {FeedItem} from '@/lib/queries/feeds'
import {routes} from '@/lib/routes'
import type {RssItem} from './rss'
import {absoluteUrl} from './urls'

export function toRssItem(item: FeedItem): RssItem {
  return {
    title: item.title,
    link: absoluteUrl(routes.article(item.slug)),
    description: item.dek,
    publishedAt: item.publishedAt,
    author: item.author,
    categories: item.topics,
  }
}

export const RSS_CONTENT_TYPE = 'application/rss+xml'
