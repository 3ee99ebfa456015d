import {commentLabel} from '@/components/cards/ArticleMeta'
import {getThreadPage} from '@/lib/queries/commentPages'
import {getSiteSettings} from '@/lib/queries/settings'
import {routes} from '@/lib/routes'
import {CommentForm} from './CommentForm'
import {CommentThread} from './CommentThread'
import {ShowMoreComments} from './ShowMoreComments'

interface Props {
  articleId: string
  articleSlug: string
  /** The article's approved comments, replies included: the same figure as its header and listings. */
  commentCount: number
  timeZone: string
  replyTo?: {id: string; name: string} | null
}

/**
 * The comment count, the first page of approved threads and the "Leave a reply" form under an
 * article. Later pages are static pages of their own (app/(site)/articles/[slug]/comments/[page]);
 * "Show more comments" is a link to the next one, which JavaScript turns into loading it in place.
 */
export async function CommentsSection({articleId, articleSlug, commentCount, timeZone, replyTo = null}: Props) {
  const settings = await getSiteSettings()
  const first = await getThreadPage(articleId, 1, settings.commentsPerPage, settings.commentsOrder)
  return (
    <section id="comments" className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title" className="section-title">
        {commentLabel(commentCount)}
      </h2>
      {first.threads.length === 0 ? <p>No comments yet. Start the conversation.</p> : null}
      <CommentThread comments={first.threads} articleSlug={articleSlug} timeZone={timeZone} />
      {first.more ? <ShowMoreComments href={routes.comments(articleSlug, 2)} /> : null}
      <CommentForm articleId={articleId} replyTo={replyTo} permalink={`${routes.article(articleSlug)}#respond`} />
    </section>
  )
}
