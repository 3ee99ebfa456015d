import {defineQuery} from 'groq'
import {cache} from 'react'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {
  ArticleCardSchema,
  ImageSchema,
  approvedCommentCount,
  articleCardProjection,
  imageProjection,
  isPublicArticle,
} from './fragments'
import {BodySchema, bodyProjection} from './body'

export const articleBySlugQuery = defineQuery(`*[${isPublicArticle} && slug.current == $slug][0]{
  _id,
  title,
  "slug": slug.current,
  dek,
  publishedAt,
  updatedAt,
  correction,
  "seo": seo{title, description},
  "image": mainImage{alt, caption, "credit": coalesce(credit, asset->creditLine), "assetRef": asset._ref, crop, hotspot, "lqip": select(asset->metadata.isOpaque != false => asset->metadata.lqip)},
  "author": author->{name, "slug": slug.current, role, bio, "photo": photo${imageProjection}},
  "topics": topics[]->{_id, title, "slug": slug.current},
  "body": ${bodyProjection},
  "relatedPicks": (related[]->)[${isPublicArticle} && _id != ^._id] ${articleCardProjection},
  "commentCount": ${approvedCommentCount}
}`)

export const ArticleSchema = z
  .object({
    _id: z.string(),
    title: z.string(),
    slug: z.string(),
    dek: z.string().nullable(),
    publishedAt: z.string(),
    updatedAt: z.string().nullable(),
    correction: z.string().nullable(),
    seo: z.object({title: z.string().nullable(), description: z.string().nullable()}).nullable(),
    image: ImageSchema.extend({caption: z.string().nullable(), credit: z.string().nullable()}).nullable(),
    author: z
      .object({
        name: z.string(),
        slug: z.string(),
        role: z.string().nullable(),
        bio: z.string().nullable(),
        photo: ImageSchema.nullable(),
      })
      .nullable(),
    topics: z
      .array(z.object({_id: z.string(), title: z.string(), slug: z.string()}))
      .nullable()
      .transform((t) => t ?? []),
    body: BodySchema,
    relatedPicks: z
      .array(ArticleCardSchema)
      .nullable()
      .transform((r) => r ?? []),
    commentCount: z.number().int().nonnegative(),
  })
  .nullable()

export type Article = NonNullable<z.infer<typeof ArticleSchema>>

/**
 * Cached per request so `generateMetadata` and the page share one round trip; across requests the
 * fetch cache (tag `article:<slug>`) keeps it.
 */
export const getArticleBySlug = cache((slug: string, preview = false) =>
  sanityFetch({
    query: articleBySlugQuery,
    params: {slug},
    schema: ArticleSchema,
    tags: [TAGS.article, TAGS.articleBySlug(slug)],
    preview,
  }),
)

export const RELATED_COUNT = 3

/** Fallback for "Related Posts" when the editor picked none: newest articles sharing a topic. */
// "Shares a topic" as `references($topicIds)`: only an article's `topics` refer to topics, and a
// reference test is one the Content Lake answers from its index instead of scanning every article.
export const relatedByTopicQuery = defineQuery(`*[${isPublicArticle} && _id != $id && references($topicIds)]
  | order(publishedAt desc, _id desc) [0...$limit] ${articleCardProjection}`)

export function getRelatedByTopic(id: string, topicIds: string[], limit = RELATED_COUNT) {
  return sanityFetch({
    query: relatedByTopicQuery,
    params: {id, topicIds, limit},
    schema: z.array(ArticleCardSchema),
    tags: [TAGS.article, TAGS.comment],
  })
}

export const recentArticleSlugsQuery = defineQuery(
  `*[${isPublicArticle}] | order(publishedAt desc) [0...$limit].slug.current`,
)

/** Slugs prerendered at build: the newest; older articles render on first request, then stay cached. */
export function getRecentArticleSlugs(limit = 50) {
  return sanityFetch({
    query: recentArticleSlugsQuery,
    params: {limit},
    schema: z.array(z.string()),
    tags: [TAGS.article],
  })
}
