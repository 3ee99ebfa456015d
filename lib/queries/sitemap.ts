import {defineQuery} from 'groq'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {isPublicArticle} from './fragments'

/**
 * Sitemap queries project a slug and dates only, and read at most a bounded slice at a time: a
 * sitemap must never load every document, let alone with bodies.
 */

const isListedAuthor = `_type == "author" && defined(slug.current)`
const isListedTopic = `_type == "topic" && defined(slug.current)`

export const sitemapCountsQuery = defineQuery(`{
  "topics": count(*[${isListedTopic}]),
  "authors": count(*[${isListedAuthor}]),
  "articles": count(*[${isPublicArticle}]),
  "lastChange": *[${isPublicArticle}] | order(_updatedAt desc) [0]._updatedAt
}`)

export const SitemapCountsSchema = z.object({
  topics: z.number().int().nonnegative(),
  authors: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  lastChange: z.string().nullable(),
})
export type SitemapCounts = z.infer<typeof SitemapCountsSchema>

const sitemapTags = [TAGS.article, TAGS.author, TAGS.topic]

export function getSitemapCounts() {
  return sanityFetch({query: sitemapCountsQuery, schema: SitemapCountsSchema, tags: sitemapTags})
}

// Oldest first, so publishing appends to the last sitemap file instead of reshuffling them all.
const sliceOf = (filter: string, order: string) => `*[${filter}] | order(${order}) [$start...$end]`
const slices = {
  topics: sliceOf(isListedTopic, '_createdAt asc, _id asc'),
  authors: sliceOf(isListedAuthor, '_createdAt asc, _id asc'),
  articles: sliceOf(isPublicArticle, 'publishedAt asc, _id asc'),
}
export type SitemapSection = keyof typeof slices

export const sitemapSliceQueries: Record<SitemapSection, string> = {
  topics: defineQuery(`${slices.topics} {"slug": slug.current, "lastmod": _updatedAt}`),
  authors: defineQuery(`${slices.authors} {"slug": slug.current, "lastmod": _updatedAt}`),
  articles: defineQuery(`${slices.articles} {"slug": slug.current, "lastmod": _updatedAt}`),
}

export const SitemapSliceSchema = z.array(z.object({slug: z.string(), lastmod: z.string()}))

export function getSitemapSlice(section: SitemapSection, start: number, end: number) {
  return sanityFetch({
    query: sitemapSliceQueries[section],
    params: {start, end},
    schema: SitemapSliceSchema,
    tags: sitemapTags,
  })
}

/** The newest `_updatedAt` within the same slice: a sitemap file's lastmod in the index. */
export const sitemapSliceLastChangeQueries: Record<SitemapSection, string> = {
  topics: defineQuery(`${slices.topics} | order(_updatedAt desc) [0]._updatedAt`),
  authors: defineQuery(`${slices.authors} | order(_updatedAt desc) [0]._updatedAt`),
  articles: defineQuery(`${slices.articles} | order(_updatedAt desc) [0]._updatedAt`),
}

export function getSitemapSliceLastChange(section: SitemapSection, start: number, end: number) {
  return sanityFetch({
    query: sitemapSliceLastChangeQueries[section],
    params: {start, end},
    schema: z.string().nullable(),
    tags: sitemapTags,
  })
}

/** Google News takes at most 1,000 URLs per news sitemap. */
export const NEWS_SITEMAP_LIMIT = 1000

export const newsArticlesQuery = defineQuery(`*[${isPublicArticle} && dateTime(publishedAt) > dateTime($since)]
  | order(publishedAt desc, _id desc) [0...$limit] {title, "slug": slug.current, publishedAt}`)

export const NewsArticleSchema = z.object({title: z.string(), slug: z.string(), publishedAt: z.string()})

export function getNewsArticles(since: string, limit = NEWS_SITEMAP_LIMIT) {
  return sanityFetch({
    query: newsArticlesQuery,
    params: {since, limit},
    schema: z.array(NewsArticleSchema),
    tags: [TAGS.article],
  })
}
