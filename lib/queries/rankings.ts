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

/**
 * Views per article since `$viewsSince` (a `yyyy-mm-dd` day): one row per article and day, summed
 * by `mostRead`. GROQ has no grouping, and a per-article `math::sum` over a join costs the lake
 * 100+ ms on the 20,000-article archive, where this list is read from indexes in about a millisecond.
 */
export const viewRowsQuery = defineQuery(`*[_type == "articleViews" && day >= $viewsSince]{"id": article._ref, count}`)

const ViewRowsSchema = z.array(z.object({id: z.string(), count: z.number()}))

/** The most-read article ids since the day, most first (equal views: by id, for a stable order). */
export async function mostRead(viewsSince: string, limit: number): Promise<string[]> {
  const rows = await sanityFetch({
    query: viewRowsQuery,
    params: {viewsSince},
    schema: ViewRowsSchema,
    tags: [TAGS.views],
  })
  const totals = new Map<string, number>()
  for (const {id, count} of rows) totals.set(id, (totals.get(id) ?? 0) + count)
  return [...totals]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id)
}

/**
 * Spare ids beyond the list's length: a read article may since have been unpublished, and the
 * cards query drops it.
 */
const SPARE = 5

/** The cards of `$readIds` that are still public articles (in any order: `inOrderOf` restores theirs). */
export const readCardsQuery = defineQuery(`*[${isPublicArticle} && _id in $readIds] ${articleCardProjection}`)

const inOrderOf = (ids: string[], cards: ArticleCard[]) =>
  ids.map((id) => cards.find((c) => c._id === id)).filter((c): c is ArticleCard => c !== undefined)

/**
 * "Top 5 This Week", first part: editors' picks and the cards of the week's most-read articles
 * (`$readIds`, from `mostRead`). On a site with readers these fill the five.
 */
export const topFiveQuery = defineQuery(`{
  "picks": (*[_id == "siteSettings"][0].topPicks[]->)[${isPublicArticle}] ${articleCardProjection},
  "read": *[${isPublicArticle} && _id in $readIds] ${articleCardProjection}
}`)

/**
 * Its fallbacks, read only while picks and views leave places free (a new site, a quiet week): the
 * articles with the most approved comments since `$since`, then the newest, five of each.
 */
export const topFiveFallbackQuery = defineQuery(`{
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
  read: z.array(ArticleCardSchema),
})

export const TopFiveFallbackSchema = z.object({active: z.array(RankedCardSchema), newest: z.array(ArticleCardSchema)})

/** Editors' picks first, then the most views in the last 7 days, then comments, then the newest. */
export async function getTopFive(now: Date): Promise<ArticleCard[]> {
  const readIds = await mostRead(daysBefore(viewDay(now), TOP_VIEW_DAYS - 1), TOP_COUNT + SPARE)
  const {picks, read} = await sanityFetch({
    query: topFiveQuery,
    params: {readIds},
    schema: TopFiveSchema,
    tags: [TAGS.article, TAGS.settings, TAGS.views],
  })
  const first = mergeRanked([picks, inOrderOf(readIds, read)], TOP_COUNT)
  if (first.length >= TOP_COUNT) return first
  const since = new Date(now.getTime() - 7 * 24 * 3600 * 1000)
  // Rounded to the hour so that renders within the same hour share one cache entry.
  since.setUTCMinutes(0, 0, 0)
  const {active, newest} = await sanityFetch({
    query: topFiveFallbackQuery,
    params: {since: since.toISOString()},
    schema: TopFiveFallbackSchema,
    tags: [TAGS.article, TAGS.comment],
  })
  return mergeRanked([first, active, newest], TOP_COUNT)
}

/** First-come order across the lists, each article once, without the ranking's working fields. */
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

/** Popular's fallback, while fewer articles have been read: the most approved comments of all time. */
export const popularArticlesQuery = defineQuery(`*[${isPublicArticle}] ${articleCardProjection}
  [commentCount > 0] | order(commentCount desc, publishedAt desc) [0...$limit]`)

/** "Popular Articles": the most views in the last 30 days (POPULAR_VIEW_DAYS), then the most comments. */
export async function getPopularArticles(limit = 5, now = new Date()): Promise<ArticleCard[]> {
  const readIds = await mostRead(daysBefore(viewDay(now), POPULAR_VIEW_DAYS - 1), limit + SPARE)
  const read = readIds.length
    ? inOrderOf(
        readIds,
        await sanityFetch({
          query: readCardsQuery,
          params: {readIds},
          schema: z.array(ArticleCardSchema),
          tags: [TAGS.article, TAGS.views],
        }),
      )
    : []
  if (read.length >= limit) return mergeRanked([read], limit)
  const discussed = await sanityFetch({
    query: popularArticlesQuery,
    params: {limit},
    schema: z.array(ArticleCardSchema),
    tags: [TAGS.article, TAGS.comment],
  })
  return mergeRanked([read, discussed], limit)
}
