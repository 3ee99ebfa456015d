import {defineQuery} from 'groq'
import {cache} from 'react'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {ArticleCardSchema, ImageSchema, articleCardProjection, imageProjection, isPublicArticle} from './fragments'

export const LIST_PAGE_SIZE = 10

export const authorPageQuery = defineQuery(`*[_type == "author" && slug.current == $slug][0]{
  _id,
  name,
  "slug": slug.current,
  role,
  bio,
  "photo": photo${imageProjection},
  "links": links[]{label, url},
  "total": count(*[${isPublicArticle} && author._ref == ^._id]),
  "articles": *[${isPublicArticle} && author._ref == ^._id] | order(publishedAt desc, _id desc) [$start...$end] ${articleCardProjection}
}`)

export const AuthorPageSchema = z
  .object({
    _id: z.string(),
    name: z.string(),
    slug: z.string(),
    role: z.string().nullable(),
    bio: z.string().nullable(),
    photo: ImageSchema.nullable(),
    links: z
      .array(z.object({label: z.string(), url: z.string()}))
      .nullable()
      .transform((l) => l ?? []),
    total: z.number().int().nonnegative(),
    articles: z.array(ArticleCardSchema),
  })
  .nullable()

export type AuthorPage = NonNullable<z.infer<typeof AuthorPageSchema>>

export const getAuthorPage = cache((slug: string, page: number) => {
  const start = (page - 1) * LIST_PAGE_SIZE
  return sanityFetch({
    query: authorPageQuery,
    params: {slug, start, end: start + LIST_PAGE_SIZE},
    schema: AuthorPageSchema,
    tags: [TAGS.authorBySlug(slug), TAGS.article, TAGS.comment],
  })
})

export const authorSlugsQuery = defineQuery(`*[_type == "author" && defined(slug.current)][0...$limit].slug.current`)

export function getAuthorSlugs(limit = 100) {
  return sanityFetch({query: authorSlugsQuery, params: {limit}, schema: z.array(z.string()), tags: [TAGS.author]})
}
