import {defineQuery} from 'groq'
import {cache} from 'react'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {LIST_PAGE_SIZE} from './author'
import {ArticleCardSchema, articleCardProjection, isPublicArticle} from './fragments'

export const topicPageQuery = defineQuery(`*[_type == "topic" && slug.current == $slug][0]{
  _id,
  title,
  "slug": slug.current,
  description,
  "total": count(*[${isPublicArticle} && references(^._id)]),
  "articles": *[${isPublicArticle} && references(^._id)] | order(publishedAt desc, _id desc) [$start...$end] ${articleCardProjection}
}`)

export const TopicPageSchema = z
  .object({
    _id: z.string(),
    title: z.string(),
    slug: z.string(),
    description: z.string().nullable(),
    total: z.number().int().nonnegative(),
    articles: z.array(ArticleCardSchema),
  })
  .nullable()

export type TopicPage = NonNullable<z.infer<typeof TopicPageSchema>>

export const getTopicPage = cache((slug: string, page: number) => {
  const start = (page - 1) * LIST_PAGE_SIZE
  return sanityFetch({
    query: topicPageQuery,
    params: {slug, start, end: start + LIST_PAGE_SIZE},
    schema: TopicPageSchema,
    tags: [TAGS.topicBySlug(slug), TAGS.article, TAGS.comment],
  })
})

export const topicSlugsQuery = defineQuery(`*[_type == "topic" && defined(slug.current)][0...$limit].slug.current`)

export function getTopicSlugs(limit = 100) {
  return sanityFetch({query: topicSlugsQuery, params: {limit}, schema: z.array(z.string()), tags: [TAGS.topic]})
}
