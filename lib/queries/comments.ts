import {defineQuery} from 'groq'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'

/**
 * Approved comments of one article, oldest first, with public fields only. Only approved comments
 * are published at all (the others are drafts); the status test keeps editors' draft preview,
 * which overlays drafts, to approved ones too.
 */
export const approvedCommentsQuery =
  defineQuery(`*[_type == "comment" && article._ref == $articleId && status == "approved"]
  | order(createdAt asc, _id asc) {_id, authorName, body, createdAt, "parentId": parent._ref}`)

export const PublicCommentSchema = z.object({
  _id: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
  parentId: z.string().nullable(),
})
export type PublicComment = z.infer<typeof PublicCommentSchema>

/**
 * What a new comment needs to know before it is stored: that its article is public, and its
 * parent's status, article and depth. Read uncached by the comment action, never by a page, with
 * the public client: a parent it can see is published, hence approved.
 */
export const commentTargetQuery = defineQuery(`{
  "article": *[_type == "article" && _id == $articleId && defined(slug.current) && defined(publishedAt)][0]{_id},
  "parent": *[_type == "comment" && _id == $parentId][0]{
    _id, status, "articleId": article._ref, "grandparentId": parent._ref, "isDeep": defined(parent->parent._ref)
  }
}`)

const CommentTargetSchema = z.object({
  article: z.object({_id: z.string()}).nullable(),
  parent: z
    .object({
      _id: z.string(),
      status: z.string(),
      articleId: z.string(),
      grandparentId: z.string().nullable(),
      isDeep: z.boolean(),
    })
    .nullable(),
})
export type CommentTarget = z.infer<typeof CommentTargetSchema>

/** Uncached: a comment must not be stored against an article or parent that has just gone. */
export function getCommentTarget(articleId: string, parentId: string | undefined): Promise<CommentTarget> {
  return sanityFetch({
    query: commentTargetQuery,
    params: {articleId, parentId: parentId ?? ''},
    schema: CommentTargetSchema,
    tags: [],
    fresh: true,
  })
}

/**
 * Whether a comment is already stored, pending (its draft) or approved (published): a refused
 * resubmission is then a duplicate, not a flood. Drafts need a token: read with the preview
 * client (read token, drafts perspective, where a draft answers to its published id too).
 */
export const commentExistsQuery = defineQuery(`defined(*[_id in [$id, "drafts." + $id]][0]._id)`)

export function commentExists(id: string): Promise<boolean> {
  return sanityFetch({query: commentExistsQuery, params: {id}, schema: z.boolean(), tags: [], preview: true})
}

/** One approved comment of an article, for its reply page: not the whole list, which may be thousands. */
export const approvedCommentQuery =
  defineQuery(`*[_type == "comment" && _id == $id && article._ref == $articleId && status == "approved"][0]{
  _id, authorName, body, createdAt, "parentId": parent._ref
}`)

export function getApprovedComment(articleId: string, id: string) {
  return sanityFetch({
    query: approvedCommentQuery,
    params: {articleId, id},
    schema: PublicCommentSchema.nullable(),
    tags: [TAGS.commentsOf(articleId)],
  })
}

export function getApprovedComments(articleId: string) {
  return sanityFetch({
    query: approvedCommentsQuery,
    params: {articleId},
    schema: z.array(PublicCommentSchema),
    tags: [TAGS.comment, TAGS.commentsOf(articleId)],
  })
}

/** How deep replies nest, on the page and when a reply is stored (lib/comments/submit.ts). */
export const MAX_THREAD_DEPTH = 3

export interface CommentNode extends PublicComment {
  replies: CommentNode[]
}

/**
 * Threads, oldest first at every level. A reply whose parent is not shown (still pending, or
 * removed) is shown at the top level rather than lost.
 */
export function buildThreads(comments: PublicComment[]): CommentNode[] {
  const nodes = new Map(comments.map((c) => [c._id, {...c, replies: [] as CommentNode[]}]))
  const roots: CommentNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined
    if (parent) parent.replies.push(node)
    else roots.push(node)
  }
  return roots
}
