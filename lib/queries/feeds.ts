import {defineQuery} from 'groq'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {isPublicArticle} from './fragments'

/** How many items a feed carries: readers poll often, so the newest few are enough. */
export const FEED_SIZE = 20

// Only what an RSS item shows: never the body.
const feedItemProjection = `{
  title,
  "slug": slug.current,
  dek,
  publishedAt,
  "author": author->name,
  "topics": topics[]->title
}`

export const FeedItemSchema = z.object({
  title: z.string(),
  slug: z.string(),
  dek: z.string().nullable(),
  publishedAt: z.string(),
  author: z.string().nullable(),
  topics: z
    .array(z.string().nullable())
    .nullable()
    .transform((t) => (t ?? []).filter((title): title is string => Boolean(title))),
})
export type FeedItem = z.infer<typeof FeedItemSchema>

export const latestFeedQuery = defineQuery(
  `*[${isPublicArticle}] | order(publishedAt desc, _id desc) [0...$limit] ${feedItemProjection}`,
)

export function getLatestFeedItems(limit = FEED_SIZE) {
  return sanityFetch({query: latestFeedQuery, params: {limit}, schema: z.array(FeedItemSchema), tags: [TAGS.article]})
}

export const topicFeedQuery = defineQuery(`*[_type == "topic" && slug.current == $slug][0]{
  title,
  "slug": slug.current,
  description,
  "items": *[${isPublicArticle} && references(^._id)] | order(publishedAt desc, _id desc) [0...$limit] ${feedItemProjection}
}`)

export const TopicFeedSchema = z
  .object({title: z.string(), slug: z.string(), description: z.string().nullable(), items: z.array(FeedItemSchema)})
  .nullable()

export function getTopicFeed(slug: string, limit = FEED_SIZE) {
  return sanityFetch({
    query: topicFeedQuery,
    params: {slug, limit},
    schema: TopicFeedSchema,
    tags: [TAGS.topicBySlug(slug), TAGS.article],
  })
}
