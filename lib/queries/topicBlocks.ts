import {defineQuery} from 'groq'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {ArticleCardSchema, articleCardProjection, isPublicArticle} from './fragments'

/** The homepage's block per topic: each topic with its newest few articles. */
export const topicBlocksQuery = defineQuery(`*[_type == "topic" && defined(slug.current)] | order(title asc) {
  title,
  "slug": slug.current,
  "articles": *[${isPublicArticle} && references(^._id)] | order(publishedAt desc, _id desc) [0...$perTopic] ${articleCardProjection}
}[count(articles) > 0]`)

export const TopicBlocksSchema = z.array(
  z.object({title: z.string(), slug: z.string(), articles: z.array(ArticleCardSchema)}),
)

export function getTopicBlocks(perTopic = 4) {
  return sanityFetch({
    query: topicBlocksQuery,
    params: {perTopic},
    schema: TopicBlocksSchema,
    tags: [TAGS.article, TAGS.topic, TAGS.comment],
  })
}
