import {z} from 'zod'
import {
  ThreadPositionSchema,
  pageCount,
  pageOfPosition,
  threadPositionQueries,
  type ThreadPosition,
} from '@/lib/queries/commentPages'
import type {CommentsOrder} from '@/lib/queries/settings'
import {TAGS} from '@/lib/sanity/tags'
import type {WebhookPayload} from './webhookPayload'

/** Reads the lake as it is now (after the change); the route passes the uncached, CDN-less client. */
export interface ThreadLookup {
  paging: () => Promise<{perPage: number; order: CommentsOrder}>
  /** The createdAt of an approved top-level comment, or null. */
  rootCreatedAt: (articleId: string, rootId: string) => Promise<string | null>
  position: (articleId: string, order: CommentsOrder, root: {id: string; createdAt: string}) => Promise<ThreadPosition>
}

// Beyond this many pages one tag for all of the article's pages is cheaper than a tag per page.
const MAX_PAGE_TAGS = 20

/**
 * The comments pages a moderation change touches: the page of the comment's thread, and when a
 * top-level comment appears or disappears, the pages after it too (their threads shift by one) and
 * the page before when a page starts or ends with it (its "next" link). Approving the newest thread
 * of an oldest-first article touches the last page only; a reply touches its thread's page only.
 * When the page cannot be worked out (an old projection without `threadRootId`, the store not
 * answering) every page of the article is refreshed rather than left stale.
 */
export async function commentPageTags(p: WebhookPayload, lookup: ThreadLookup): Promise<string[]> {
  if (p._type !== 'comment' || !p.articleId) return []
  if (p.status !== 'approved' && p.previousStatus !== 'approved') return []
  const articleId = p.articleId
  if (!p.threadRootId || !p.createdAt) return [TAGS.commentPages(articleId)]
  try {
    const {perPage, order} = await lookup.paging()
    const isRoot = p.threadRootId === p._id
    const rootCreatedAt = isRoot ? p.createdAt : await lookup.rootCreatedAt(articleId, p.threadRootId)
    // A reply whose thread is not public is on no page: only the count (tagged elsewhere) changed.
    if (!rootCreatedAt) return []
    const {before, threads} = await lookup.position(articleId, order, {id: p.threadRootId, createdAt: rootCreatedAt})
    const page = pageOfPosition(before, perPage)
    const appearedOrLeft = isRoot && p.status !== p.previousStatus
    if (!appearedOrLeft) return [TAGS.commentsPage(articleId, page)]
    // Count the thread that just left too: the old last page must learn it is gone.
    const last = pageCount(threads + (p.status === 'approved' ? 0 : 1), perPage)
    const first = before % perPage === 0 && page > 1 ? page - 1 : page
    if (last - first + 1 > MAX_PAGE_TAGS) return [TAGS.commentPages(articleId)]
    return Array.from({length: last - first + 1}, (_, i) => TAGS.commentsPage(articleId, first + i))
  } catch {
    return [TAGS.commentPages(articleId)]
  }
}

const RootSchema = z.string().nullable()

/** The lookups, as GROQ through any client (the route's, a test's). */
export function threadLookupFor(
  fetch: (query: string, params: Record<string, unknown>) => Promise<unknown>,
  paging: ThreadLookup['paging'],
): ThreadLookup {
  return {
    paging,
    rootCreatedAt: async (articleId, rootId) =>
      RootSchema.parse(
        await fetch(
          `*[_type == "comment" && _id == $rootId && article._ref == $articleId && status == "approved" && !defined(parent)][0].createdAt`,
          {
            articleId,
            rootId,
          },
        ),
      ),
    position: async (articleId, order, root) =>
      ThreadPositionSchema.parse(
        await fetch(threadPositionQueries[order], {articleId, id: root.id, createdAt: root.createdAt}),
      ),
  }
}
