import {commentLabel} from '@/components/cards/ArticleMeta'
import {buildThreads, getApprovedComments} from '@/lib/queries/comments'
import {routes} from '@/lib/routes'
import {CommentForm} from './CommentForm'
import {CommentThread} from './CommentThread'

interface Props {
  articleId: string
  articleSlug: string
  timeZone: string
  replyTo?: {id: string; name: string} | null
}

/** The comment count, the approved threads and the "Leave a reply" form under an article. */
export async function CommentsSection({articleId, articleSlug, timeZone, replyTo = null}: Props) {
  const comments = await getApprovedComments(articleId)
  return (
    <section id="comments" className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title" className="section-title">
        {commentLabel(comments.length)}
      </h2>
      {comments.length === 0 ? <p>No comments yet. Start the conversation.</p> : null}
      <CommentThread comments={buildThreads(comments)} articleSlug={articleSlug} timeZone={timeZone} />
      <CommentForm articleId={articleId} replyTo={replyTo} permalink={`${routes.article(articleSlug)}#respond`} />
    </section>
  )
}
