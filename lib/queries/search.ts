import {defineQuery} from 'groq'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {ArticleCardSchema, articleCardProjection, isPublicArticle} from './fragments'

export const SEARCH_PAGE_SIZE = 10
export const SEARCH_MAX_LENGTH = 100

/**
 * Full-text search over titles, deks and body text, best matches first. The reader's words reach
 * GROQ only as `$terms`; `match` tokenises them, and each term must match somewhere.
 */
export const searchQuery = defineQuery(`{
  "total": count(*[${isPublicArticle} && [title, dek, pt::text(body)] match $terms]),
  "articles": *[${isPublicArticle} && [title, dek, pt::text(body)] match $terms]
    | score(boost(title match $terms, 3), boost(dek match $terms, 2), pt::text(body) match $terms)
    | order(_score desc, publishedAt desc) [$start...$end] ${articleCardProjection}
}`)

export const SearchResultSchema = z.object({
  total: z.number().int().nonnegative(),
  articles: z.array(ArticleCardSchema),
})

/**
 * The words worth searching for: letters and digits in any script, at most 8 of them, each
 * as a prefix (`word*`). Punctuation-only or empty input gives no terms, and no query at all.
 */
export function searchTerms(raw: string): string[] {
  const words = raw
    .normalize('NFKC')
    .slice(0, SEARCH_MAX_LENGTH)
    .match(/[\p{L}\p{N}]+/gu)
  return (words ?? []).slice(0, 8).map((w) => `${w.toLowerCase()}*`)
}

export function searchArticles(terms: string[], page: number) {
  const start = (page - 1) * SEARCH_PAGE_SIZE
  return sanityFetch({
    query: searchQuery,
    params: {terms, start, end: start + SEARCH_PAGE_SIZE},
    schema: SearchResultSchema,
    tags: [TAGS.article],
  })
}
