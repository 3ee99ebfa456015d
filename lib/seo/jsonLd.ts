import 'server-only'
import {imageUrl} from '@/lib/image'
import type {Article} from '@/lib/queries/article'
import type {AuthorPage} from '@/lib/queries/author'
import {StatisticSchema, type BodyMember, type Statistic} from '@/lib/queries/body'
import type {SiteSettings} from '@/lib/queries/settings'
import {routes} from '@/lib/routes'
import {LOGO_PATH, absoluteUrl} from './urls'

/** schema.org structured data: https://developers.google.com/search/docs/appearance/structured-data/article */
export type JsonLdObject = {'@context'?: 'https://schema.org'; '@type': string} & Record<string, unknown>

const CONTEXT = 'https://schema.org' as const

export function organization(site: SiteSettings): JsonLdObject {
  return {
    '@type': 'Organization',
    name: site.title,
    url: absoluteUrl(routes.home()),
    logo: {'@type': 'ImageObject', url: absoluteUrl(LOGO_PATH)},
  }
}

const isStatistic = (member: BodyMember): member is Statistic => StatisticSchema.safeParse(member).success

/** The sources the article's statistics cite, each once. */
export function citationsOf(article: Article): JsonLdObject[] {
  const seen = new Set<string>()
  return article.body.filter(isStatistic).flatMap((s) => {
    const key = `${s.sourceName}\n${s.sourceUrl ?? ''}`
    if (seen.has(key)) return []
    seen.add(key)
    return [{'@type': 'CreativeWork', name: s.sourceName, ...(s.sourceUrl ? {url: s.sourceUrl} : {})}]
  })
}

/** Google asks news articles for images at 16:9, 4:3 and 1:1, at least 1200 px wide when there is room. */
export const NEWS_IMAGE_RATIOS: Array<[number, number]> = [
  [16, 9],
  [4, 3],
  [1, 1],
]

export function newsArticleImages(article: Article): string[] | undefined {
  const image = article.image
  if (!image?.assetRef) return undefined
  return NEWS_IMAGE_RATIOS.map(([w, h]) => imageUrl(image, 1200, Math.round((1200 * h) / w)))
}

export function newsArticle(article: Article, site: SiteSettings): JsonLdObject {
  const url = absoluteUrl(routes.article(article.slug))
  const citation = citationsOf(article)
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek ?? undefined,
    image: newsArticleImages(article),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    author: article.author
      ? [{'@type': 'Person', name: article.author.name, url: absoluteUrl(routes.author(article.author.slug))}]
      : undefined,
    publisher: organization(site),
    mainEntityOfPage: {'@type': 'WebPage', '@id': url},
    url,
    articleSection: article.topics[0]?.title,
    keywords: article.topics.length > 0 ? article.topics.map((t) => t.title) : undefined,
    commentCount: article.commentCount,
    citation: citation.length > 0 ? citation : undefined,
  }
}

export function person(author: AuthorPage, site: SiteSettings): JsonLdObject {
  const sameAs = author.links.map((l) => l.url).filter((u) => /^https?:\/\//.test(u))
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    name: author.name,
    url: absoluteUrl(routes.author(author.slug)),
    jobTitle: author.role ?? undefined,
    description: author.bio ?? undefined,
    image: author.photo?.assetRef ? imageUrl(author.photo, 400, 400) : undefined,
    sameAs: sameAs.length > 0 ? sameAs : undefined,
    worksFor: organization(site),
  }
}

export interface Crumb {
  name: string
  path: string
}

export function breadcrumbList(crumbs: Crumb[]): JsonLdObject {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: absoluteUrl(c.path),
    })),
  }
}

export function webSite(site: SiteSettings): JsonLdObject {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.title,
    url: absoluteUrl(routes.home()),
    description: site.description ?? undefined,
    publisher: organization(site),
    potentialAction: {
      '@type': 'SearchAction',
      // Built by hand: routes.search() would percent-encode the braces of the placeholder.
      target: {'@type': 'EntryPoint', urlTemplate: `${absoluteUrl(routes.search())}?q={search_term_string}`},
      'query-input': 'required name=search_term_string',
    },
  }
}
