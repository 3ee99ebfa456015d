import type {Metadata} from 'next'
import Link from 'next/link'
import {notFound} from 'next/navigation'
import {CommentForm} from '@/components/comments/CommentForm'
import {getArticleBySlug} from '@/lib/queries/article'
import {getApprovedComment} from '@/lib/queries/comments'
import {routes} from '@/lib/routes'

type Props = {params: Promise<{slug: string; commentId: string}>}

// Where "Reply" leads without JavaScript; with JavaScript the article's own form is retargeted.
export function generateStaticParams() {
  return []
}

export const metadata: Metadata = {robots: {index: false}}

export default async function ReplyPage({params}: Props) {
  const {slug, commentId} = await params
  const article = await getArticleBySlug(slug)
  if (!article) notFound()
  const parent = await getApprovedComment(article._id, commentId)
  if (!parent) notFound()
  return (
    <div className="reply-page">
      <p className="kicker">Reply</p>
      <h1>
        <Link href={routes.article(slug)}>{article.title}</Link>
      </h1>
      <blockquote className="comment comment--quoted">
        <p className="comment__author">{parent.authorName} wrote:</p>
        <p className="comment__body">{parent.body}</p>
      </blockquote>
      <CommentForm
        articleId={article._id}
        replyTo={{id: parent._id, name: parent.authorName}}
        permalink={routes.reply(slug, parent._id)}
      />
    </div>
  )
}
