import {defineQuery} from 'groq'
import {z} from 'zod'
import {viewDay, daysBefore} from '@/lib/views/day'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {ArticleCardSchema, articleCardProjection, isPublicArticle, type ArticleCard} from './fragments'

export const TOP_COUNT = 5
/** "Top 5 This Week" ranks by the views of the last 7 days, today included. */
export const TOP_VIEW_DAYS = 7
/** "Popular Articles" ranks by the views of the last 30 days, today included. */
export const POPULAR_VIEW_DAYS = 30

/** The articles read since `$viewsSince` (a `yyyy-mm-dd` day), as a constant list the lake computes once. */
const readSince = `*[_type == "articleViews" && day >= $viewsSince].article._ref`
/** The views of the article in scope (`^`) since `$viewsSince`. */
const viewsOf = `math::sum(*[_type == "articleViews" && article._ref == ^._id && day >= $viewsSince].count)`

/**
 * The most-read public articles since `$viewsSince`, ordered before they are projected, so only the
 * page's cards are built. Equal views: the newest first.
 */
const mostRead = (limit: string) => `*[${isPublicArticle} && _id in ${readSince}]
  | order(${viewsOf} desc, publishedAt desc, _id desc) [0...${limit}] {
    ...${articleCardProjection},
    "views": ${viewsOf}
  }`

/**
 * The candidate lists for "Top 5 This Week", each bounded: editors' picks, the most-read articles
 * of the week, the articles with the most approved comments since `$since`, and the newest.
 * Merging them happens in `getTopFive`.
 */
export const topFiveQuery = defineQuery(`{
  "picks": (*[_id == "siteSettings"][0].topPicks[]->)[${isPublicArticle}] ${articleCardProjection},
  "read": ${mostRead('5')},
  "active": *[${isPublicArticle} && _id in *[_type == "comment" && status == "approved" && createdAt > $since].article._ref]{
    ...${articleCardProjection},
    "recent": count(*[_type == "comment" && article._ref == ^._id && status == "approved" && createdAt > $since])
  }[recent > 0] | order(recent desc, publishedAt desc) [0...5],
  "newest": *[${isPublicArticle}] | order(publishedAt desc, _id desc) [0...5] ${articleCardProjection}
}`)

const RankedCardSchema = ArticleCardSchema.extend({recent: z.number().optional(), views: z.number().optional()})

export const TopFiveSchema = z.object({
  picks: z
    .array(ArticleCardSchema)
    .nullable()
    .transform((p) => p ?? []),
  read: z.array(RankedCardSchema),
  active: z.array(RankedCardSchema),
  newest: z.array(ArticleCardSchema),
})

export async function getTopFive(now: Date): Promise<ArticleCard[]> {
  const since = new Date(now.getTime() - 7 * 24 * 3600 * 1000)
  // Rounded to the hour so that renders within the same hour share one cache entry.
  since.setUTCMinutes(0, 0, 0)
  const lists = await sanityFetch({
    query: topFiveQuery,
    params: {since: since.toISOString(), viewsSince: daysBefore(viewDay(now), TOP_VIEW_DAYS - 1)},
    schema: TopFiveSchema,
    tags: [TAGS.article, TAGS.comment, TAGS.settings, TAGS.views],
  })
  return mergeRanked([lists.picks, lists.read, lists.active, lists.newest], TOP_COUNT)
}

/** First-come order across the lists, each article once, without the ranking's working fields. */
export function mergeRanked(lists: ArticleCard[][], limit: number): ArticleCard[] {
  const seen = new Set<string>()
  const merged: ArticleCard[] = []
  for (const card of lists.flat()) {
    if (merged.length >= limit) break
    if (seen.has(card._id)) continue
    seen.add(card._id)
    const {recent: _recent, views: _views, ...plain} = card as ArticleCard & {recent?: number; views?: number}
    merged.push(plain)
  }
  return merged
}

/**
 * "Popular Articles": the most-read articles since `$viewsSince`, then (while fewer have been read,
 * as on a new site) the most approved comments of all time.
 */
export const popularArticlesQuery = defineQuery(`{
  "read": ${mostRead('$limit')},
  "discussed": *[${isPublicArticle}] ${articleCardProjection}
    [commentCount > 0] | order(commentCount desc, publishedAt desc) [0...$limit]
}`)

export const PopularSchema = z.object({read: z.array(RankedCardSchema), discussed: z.array(ArticleCardSchema)})

export async function getPopularArticles(limit = 5, now = new Date()): Promise<ArticleCard[]> {
  const lists = await sanityFetch({
    query: popularArticlesQuery,
    params: {limit, viewsSince: daysBefore(viewDay(now), POPULAR_VIEW_DAYS - 1)},
    schema: PopularSchema,
    tags: [TAGS.article, TAGS.comment, TAGS.views],
  })
  return mergeRanked([lists.read, lists.discussed], limit)
}
