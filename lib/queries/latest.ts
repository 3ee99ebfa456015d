import {defineQuery} from 'groq'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {ArticleCardSchema, articleCardProjection, isPublicArticle} from './fragments'

export const ARCHIVE_PAGE_SIZE = 12

export const latestArticlesQuery = defineQuery(`{
  "total": count(*[${isPublicArticle}]),
  "articles": *[${isPublicArticle}] | order(publishedAt desc, _id desc) [$start...$end] ${articleCardProjection}
}`)

export const ArticlePageSchema = z.object({
  total: z.number().int().nonnegative(),
  articles: z.array(ArticleCardSchema),
})
export type ArticlePage = z.infer<typeof ArticlePageSchema>

/** The newest articles, newest first; `page` is 1-based. */
export function getLatestArticles(page = 1, pageSize = ARCHIVE_PAGE_SIZE) {
  const start = (page - 1) * pageSize
  return sanityFetch({
    query: latestArticlesQuery,
    params: {start, end: start + pageSize},
    schema: ArticlePageSchema,
    // Cards show comment counts: an approval changes them.
    tags: [TAGS.article, TAGS.comment],
  })
}
