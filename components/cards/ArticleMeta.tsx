import Link from 'next/link'
import {formatDate} from '@/lib/dates'
import type {ArticleCard} from '@/lib/queries/fragments'
import {routes} from '@/lib/routes'

/** "By Name · January 10, 2026 · 3 comments" under a card's headline. */
export function ArticleMeta({article, timeZone}: {article: ArticleCard; timeZone: string}) {
  return (
    <p className="card__meta">
      {article.author ? (
        <>
          By <Link href={routes.author(article.author.slug)}>{article.author.name}</Link>
          <span aria-hidden="true"> · </span>
        </>
      ) : null}
      <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, timeZone)}</time>
      {article.commentCount > 0 ? (
        <>
          <span aria-hidden="true"> · </span>
          {commentLabel(article.commentCount)}
        </>
      ) : null}
    </p>
  )
}

export function commentLabel(count: number): string {
  return `${count} ${count === 1 ? 'Comment' : 'Comments'}`
}
