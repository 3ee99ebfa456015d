import {defineQuery} from 'groq'
import {cache} from 'react'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {isPublicArticle} from './fragments'

/**
 * What a comments page or a permalink needs of its article: no comment count, so that approving a
 * comment (which revalidates `article:<slug>` for the count) leaves the article's other comments
 * pages cached. Any change to an article revalidates the `article` tag, title included.
 */
export const articleHeadQuery = defineQuery(
  `*[${isPublicArticle} && slug.current == $slug][0]{_id, title, "slug": slug.current}`,
)

export const ArticleHeadSchema = z.object({_id: z.string(), title: z.string(), slug: z.string()}).nullable()

export const getArticleHead = cache((slug: string) =>
  sanityFetch({query: articleHeadQuery, params: {slug}, schema: ArticleHeadSchema, tags: [TAGS.article]}),
)
