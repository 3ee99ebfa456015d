import {defineQuery} from 'groq'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {ArticleCardSchema, articleCardProjection, isPublicArticle, type ArticleCard} from './fragments'

export const TOP_COUNT = 5

/**
 * The three candidate lists for "Top 5 This Week", each bounded: editors' picks, the articles with
 * the most approved comments since `$since`, and the newest. Merging 15 cards happens in `getTopFive`.
 */
export const topFiveQuery = defineQuery(`{
  "picks": (*[_id == "siteSettings"][0].topPicks[]->)[${isPublicArticle}] ${articleCardProjection},
  "active": *[${isPublicArticle} && _id in *[_type == "comment" && status == "approved" && createdAt > $since].article._ref]{
    ...${articleCardProjection},
    "recent": count(*[_type == "comment" && article._ref == ^._id && status == "approved" && createdAt > $since])
  }[recent > 0] | order(recent desc, publishedAt desc) [0...5],
  "newest": *[${isPublicArticle}] | order(publishedAt desc, _id desc) [0...5] ${articleCardProjection}
}`)

const RankedCardSchema = ArticleCardSchema.extend({recent: z.number().optional()})

export const TopFiveSchema = z.object({
  picks: z
    .array(ArticleCardSchema)
    .nullable()
    .transform((p) => p ?? []),
  active: z.array(RankedCardSchema),
  newest: z.array(ArticleCardSchema),
})

export async function getTopFive(now: Date): Promise<ArticleCard[]> {
  const since = new Date(now.getTime() - 7 * 24 * 3600 * 1000)
  // Rounded to the hour so that renders within the same hour share one cache entry.
  since.setUTCMinutes(0, 0, 0)
  const lists = await sanityFetch({
    query: topFiveQuery,
    params: {since: since.toISOString()},
    schema: TopFiveSchema,
    tags: [TAGS.article, TAGS.comment, TAGS.settings],
  })
  return mergeRanked([lists.picks, lists.active, lists.newest], TOP_COUNT)
}

/** First-come order across the lists, each article once. */
export function mergeRanked(lists: ArticleCard[][], limit: number): ArticleCard[] {
  const seen = new Set<string>()
  const merged: ArticleCard[] = []
  for (const card of lists.flat()) {
    if (merged.length >= limit) break
    if (seen.has(card._id)) continue
    seen.add(card._id)
    const {recent: _recent, ...plain} = card as ArticleCard & {recent?: number}
    merged.push(plain)
  }
  return merged
}

export const popularArticlesQuery = defineQuery(`*[${isPublicArticle}] ${articleCardProjection}
  [commentCount > 0] | order(commentCount desc, publishedAt desc) [0...$limit]`)

/** "Popular Articles": the most approved comments of all time. */
export function getPopularArticles(limit = 5) {
  return sanityFetch({
    query: popularArticlesQuery,
    params: {limit},
    schema: z.array(ArticleCardSchema),
    tags: [TAGS.article, TAGS.comment],
  })
}
