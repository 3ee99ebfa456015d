import {defineQuery} from 'groq'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import type {CommentNode} from './comments'
import type {CommentsOrder} from './settings'

/**
 * Comment threads a page at a time. A thread is a top-level approved comment with its approved
 * replies; pages count threads, never replies, so a reply always shows on its thread's page however
 * late it came. Threads are ordered by (createdAt, _id) in the site's chosen direction, replies
 * oldest first at every level.
 */
const ROOT = `_type == "comment" && article._ref == $articleId && status == "approved" && !defined(parent)`
const FIELDS = `_id, authorName, body, createdAt`

// Replies nest three levels on the page; a fourth is fetched so that replies stored deeper by other
// means than the form (which attaches a reply to a third-level comment to its parent) still show.
const replies = (inner: string) =>
  `"replies": *[_type == "comment" && parent._ref == ^._id && status == "approved"] | order(createdAt asc, _id asc) {${FIELDS}${inner}}`
const NESTED = replies(`, ${replies(`, ${replies(`, ${replies('')}`)}`)}`)

const direction = (order: CommentsOrder) => (order === 'newest' ? 'desc' : 'asc')

function threadPageQueryFor(order: CommentsOrder) {
  const dir = direction(order)
  return `{
  "threads": *[${ROOT}] | order(createdAt ${dir}, _id ${dir}) [$start...$end] {${FIELDS}, ${NESTED}},
  "more": count(*[${ROOT}]) > $end
}`
}

/** The page query, by order: GROQ cannot take a sort direction as a parameter. */
export const threadPageQueries = {
  oldest: defineQuery(threadPageQueryFor('oldest')),
  newest: defineQuery(threadPageQueryFor('newest')),
} as const

type Node = {_id: string; authorName: string; body: string; createdAt: string; replies?: Node[] | null}
const NodeSchema: z.ZodType<Node> = z.lazy(() =>
  z.object({
    _id: z.string(),
    authorName: z.string(),
    body: z.string(),
    createdAt: z.string(),
    replies: z.array(NodeSchema).nullish(),
  }),
)

export const ThreadPageSchema = z.object({threads: z.array(NodeSchema), more: z.boolean()})

export interface ThreadPage {
  page: number
  threads: CommentNode[]
  /** Whether a later page exists. */
  more: boolean
}

const toNode = (n: Node, parentId: string | null): CommentNode => ({
  _id: n._id,
  authorName: n.authorName,
  body: n.body,
  createdAt: n.createdAt,
  parentId,
  replies: (n.replies ?? []).map((r) => toNode(r, n._id)),
})

/**
 * One page of threads, cached under the page's own tag: a moderation change revalidates the page
 * its thread is on (lib/revalidation/commentPageTags.ts), not the article's other pages.
 */
export async function getThreadPage(
  articleId: string,
  page: number,
  perPage: number,
  order: CommentsOrder,
): Promise<ThreadPage> {
  const start = (page - 1) * perPage
  const data = await sanityFetch({
    query: threadPageQueries[order],
    params: {articleId, start, end: start + perPage},
    schema: ThreadPageSchema,
    tags: [TAGS.commentsPage(articleId, page), TAGS.commentPages(articleId)],
  })
  return {page, threads: data.threads.map((t) => toNode(t, null)), more: data.more}
}

/** Page numbers (from 1) and positions (from 0) of threads in reading order. */
export const pageOfPosition = (position: number, perPage: number) => Math.floor(position / perPage) + 1
export const pageCount = (threads: number, perPage: number) => Math.max(1, Math.ceil(threads / perPage))

/**
 * Where a thread stands: how many approved threads come before it in reading order, and how many
 * there are. A thread that is not (or no longer) approved gets the place it would have.
 */
function threadPositionQueryFor(order: CommentsOrder) {
  const cmp = order === 'newest' ? '>' : '<'
  return `{
  "before": count(*[${ROOT} && (createdAt ${cmp} $createdAt || (createdAt == $createdAt && _id ${cmp} $id))]),
  "threads": count(*[${ROOT}])
}`
}

export const threadPositionQueries = {
  oldest: defineQuery(threadPositionQueryFor('oldest')),
  newest: defineQuery(threadPositionQueryFor('newest')),
} as const

export const ThreadPositionSchema = z.object({
  before: z.number().int().nonnegative(),
  threads: z.number().int().nonnegative(),
})
export type ThreadPosition = z.infer<typeof ThreadPositionSchema>

/**
 * A comment's thread root, from its ancestors (published, hence approved, ones only): null when a
 * link in the chain is not public, so the comment is on no page.
 */
export const commentLocationQuery =
  defineQuery(`*[_type == "comment" && _id == $id && article._ref == $articleId && status == "approved"][0]{
  _id, createdAt, "hasParent": defined(parent),
  "ancestors": [
    parent->{_id, createdAt, "hasParent": defined(parent)},
    parent->parent->{_id, createdAt, "hasParent": defined(parent)},
    parent->parent->parent->{_id, createdAt, "hasParent": defined(parent)}
  ]
}`)

const Ancestor = z.object({_id: z.string(), createdAt: z.string(), hasParent: z.boolean()})
export const CommentLocationSchema = Ancestor.extend({ancestors: z.array(Ancestor.nullable())}).nullable()
export type CommentLocation = z.infer<typeof CommentLocationSchema>

/** The root of a located comment's thread, or null if the chain breaks (an ancestor is not public). */
export function threadRootOf(location: NonNullable<CommentLocation>): {_id: string; createdAt: string} | null {
  if (!location.hasParent) return location
  for (const ancestor of location.ancestors) {
    if (!ancestor) return null
    if (!ancestor.hasParent) return ancestor
  }
  return null
}
