import {sanityFetch} from '@/lib/sanity/fetch'
import {
  CommentLocationSchema,
  ThreadPositionSchema,
  commentLocationQuery,
  pageOfPosition,
  threadPositionQueries,
  threadRootOf,
} from '@/lib/queries/commentPages'
import type {CommentsOrder} from '@/lib/queries/settings'

export interface Paging {
  perPage: number
  order: CommentsOrder
}

/**
 * The page an approved comment is on now (its thread's page), for its permalink; null when it is
 * not on any page (not approved, on another article, or a reply whose parent is no longer public).
 * Read fresh: the answer moves as threads are approved or removed, and a permalink is rare.
 */
export async function locateComment(
  articleId: string,
  id: string,
  {perPage, order}: Paging,
): Promise<{page: number; rootId: string} | null> {
  const location = await sanityFetch({
    query: commentLocationQuery,
    params: {articleId, id},
    schema: CommentLocationSchema,
    tags: [],
    fresh: true,
  })
  if (!location) return null
  const root = threadRootOf(location)
  if (!root) return null
  const position = await sanityFetch({
    query: threadPositionQueries[order],
    params: {articleId, id: root._id, createdAt: root.createdAt},
    schema: ThreadPositionSchema,
    tags: [],
    fresh: true,
  })
  return {page: pageOfPosition(position.before, perPage), rootId: root._id}
}
