import {z} from 'zod'

/**
 * Projections shared by several queries (constant GROQ fragments; runtime values never go in
 * here) and the zod schemas of what they return. A projection fetches only what a page renders.
 */

/**
 * An image field: its asset, the editor's crop and hotspot, and the asset's lqip placeholder (only
 * for opaque pictures: through a transparent one the placeholder would stay visible).
 */
export const imageProjection = `{alt, "assetRef": asset._ref, crop, hotspot, "lqip": select(asset->metadata.isOpaque != false => asset->metadata.lqip)}`

export const ImageSchema = z.object({
  alt: z.string().nullable(),
  assetRef: z.string().nullable(),
  crop: z.object({top: z.number(), bottom: z.number(), left: z.number(), right: z.number()}).nullish(),
  hotspot: z.object({x: z.number(), y: z.number(), width: z.number(), height: z.number()}).nullish(),
  lqip: z.string().nullish(),
})

/** Counts approved comments of the article in scope (`^`). */
export const approvedCommentCount = `count(*[_type == "comment" && article._ref == ^._id && status == "approved"])`

export const articleCardProjection = `{
  _id,
  title,
  "slug": slug.current,
  dek,
  publishedAt,
  "author": author->{name, "slug": slug.current},
  "section": topics[0]->{title, "slug": slug.current},
  "image": mainImage${imageProjection},
  "commentCount": ${approvedCommentCount}
}`

const LinkTarget = z.object({title: z.string(), slug: z.string()})

export const ArticleCardSchema = z.object({
  _id: z.string(),
  title: z.string(),
  slug: z.string(),
  dek: z.string().nullable(),
  publishedAt: z.string(),
  author: z.object({name: z.string(), slug: z.string()}).nullable(),
  section: LinkTarget.nullable(),
  image: ImageSchema.nullable(),
  commentCount: z.number().int().nonnegative(),
})
export type ArticleCard = z.infer<typeof ArticleCardSchema>

export const TopicLinkSchema = LinkTarget
export type TopicLink = z.infer<typeof TopicLinkSchema>

/** Only published, dated articles with a slug are public pages. */
export const isPublicArticle = `_type == "article" && defined(slug.current) && defined(publishedAt)`
