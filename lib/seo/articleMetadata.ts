import 'server-only'
import type {Metadata} from 'next'
import {imageUrl} from '@/lib/image'
import type {Article} from '@/lib/queries/article'
import type {SiteSettings} from '@/lib/queries/settings'
import {routes} from '@/lib/routes'
import {pageMetadata, topicFeedLink} from './metadata'
import {absoluteUrl} from './urls'

/** The size Open Graph and Twitter cards display; the image CDN cuts to it around the hotspot. */
export const SOCIAL_IMAGE = {width: 1200, height: 630}

export const socialImageOf = (article: Article) =>
  article.image?.assetRef
    ? {
        url: imageUrl(article.image, SOCIAL_IMAGE.width, SOCIAL_IMAGE.height),
        alt: article.image.alt ?? article.title,
        ...SOCIAL_IMAGE,
      }
    : null

export function articleMetadata(article: Article, site: SiteSettings): Metadata {
  const section = article.topics[0]
  return pageMetadata({
    site,
    path: routes.article(article.slug),
    title: article.seo?.title ?? article.title,
    description: article.seo?.description ?? article.dek,
    image: socialImageOf(article),
    feeds: section ? [topicFeedLink(section, site)] : [],
    openGraph: {
      type: 'article',
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt ?? article.publishedAt,
      authors: article.author ? [absoluteUrl(routes.author(article.author.slug))] : undefined,
      section: section?.title,
      tags: article.topics.map((t) => t.title),
    },
  })
}
