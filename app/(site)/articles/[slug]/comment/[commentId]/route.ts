import {locateComment} from '@/lib/comments/locate'
import {getArticleHead} from '@/lib/queries/articleHead'
import {getSiteSettings} from '@/lib/queries/settings'
import {routes} from '@/lib/routes'

export const dynamic = 'force-dynamic'

type Context = {params: Promise<{slug: string; commentId: string}>}

const COMMENT_ID = /^comment-[\w-]{1,100}$/

/**
 * A comment's permalink: a temporary redirect (it moves as threads are approved or removed) to the
 * page that holds its thread now, with the comment's element id as the fragment. Not cached, since
 * the answer changes; lookups are two indexed counts.
 */
export async function GET(_request: Request, {params}: Context) {
  const {slug, commentId} = await params
  const notFound = () =>
    new Response('No such comment.', {status: 404, headers: {'content-type': 'text/plain; charset=utf-8'}})
  if (!COMMENT_ID.test(commentId)) return notFound()
  const [article, settings] = await Promise.all([getArticleHead(slug), getSiteSettings()])
  if (!article) return notFound()
  const found = await locateComment(article._id, commentId, {
    perPage: settings.commentsPerPage,
    order: settings.commentsOrder,
  })
  if (!found) return notFound()
  const path = found.page > 1 ? routes.comments(slug, found.page) : routes.article(slug)
  return new Response(null, {
    status: 307,
    headers: {
      // Relative: behind a proxy the request's own host is not the public one.
      location: `${path}#${commentId}`,
      'cache-control': 'no-store',
    },
  })
}
