import {defineQuery} from 'groq'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'

/** Approved comments of one article, oldest first. Never e-mail, hashes or flags: this is public. */
export const approvedCommentsQuery = defineQuery(`*[_type == "comment" && article._ref == $articleId && status == "approved"]
  | order(createdAt asc, _id asc) {_id, authorName, body, createdAt, "parentId": parent._ref}`)

export const PublicCommentSchema = z.object({
  _id: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
  parentId: z.string().nullable(),
})
export type PublicComment = z.infer<typeof PublicCommentSchema>

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
