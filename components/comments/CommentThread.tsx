import {formatDateTime} from '@/lib/dates'
import {MAX_THREAD_DEPTH, type CommentNode} from '@/lib/queries/comments'
import {routes} from '@/lib/routes'

interface Props {
  comments: CommentNode[]
  articleSlug: string
  timeZone: string
  depth?: number
}

/**
 * Approved comments, server-rendered so that readers without JavaScript and search engines see
 * them. Text is rendered as text (React escapes it); line breaks are kept by CSS, links are not
 * made clickable.
 */
export function CommentThread({comments, articleSlug, timeZone, depth = 1}: Props) {
  if (comments.length === 0) return null
  // At the deepest level, deeper replies (stored by other means than the form) join the list after
  // the comment they answer, rather than disappearing.
  const shown = depth >= MAX_THREAD_DEPTH ? flatten(comments) : comments
  return (
    <ol className={depth === 1 ? 'comment-list' : 'comment-list comment-list--replies'}>
      {shown.map((comment) => (
        <li key={comment._id} id={comment._id} className="comment">
          <article aria-labelledby={`${comment._id}-author`}>
            <header className="comment__header">
              <span id={`${comment._id}-author`} className="comment__author">
                {comment.authorName}
              </span>
              <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, timeZone)}</time>
            </header>
            <p className="comment__body">{comment.body}</p>
            <a
              className="comment__reply"
              href={routes.reply(articleSlug, comment._id)}
              data-reply-to={comment._id}
              data-reply-name={comment.authorName}
            >
              Reply<span className="visually-hidden"> to {comment.authorName}</span>
            </a>
          </article>
          {comment.replies.length > 0 ? (
            depth < MAX_THREAD_DEPTH ? (
              <CommentThread
                comments={comment.replies}
                articleSlug={articleSlug}
                timeZone={timeZone}
                depth={depth + 1}
              />
            ) : null
          ) : null}
        </li>
      ))}
    </ol>
  )
}

function flatten(comments: CommentNode[]): CommentNode[] {
  return comments.flatMap((c) => [{...c, replies: []}, ...flatten(c.replies)])
}
