import Link from 'next/link'
import {commentLabel} from '@/components/cards/ArticleMeta'
import {formatDate, formatDateTime, isMeaningfulUpdate} from '@/lib/dates'
import type {Article} from '@/lib/queries/article'
import {routes} from '@/lib/routes'

interface Props {
  article: Article
  timeZone: string
  minutes: number
}

/** Section, headline, standfirst, byline, dates, reading time and comment count. */
export function ArticleHeader({article, timeZone, minutes}: Props) {
  const section = article.topics[0]
  const updated = isMeaningfulUpdate(article.publishedAt, article.updatedAt) ? article.updatedAt : null
  return (
    <header className="article-header">
      {section ? (
        <Link className="kicker" href={routes.topic(section.slug)}>
          {section.title}
        </Link>
      ) : null}
      <h1 className="article-header__title">{article.title}</h1>
      {article.dek ? <p className="article-header__dek">{article.dek}</p> : null}
      <div className="article-header__meta">
        {article.author ? (
          <p className="byline">
            By{' '}
            <Link href={routes.author(article.author.slug)} rel="author">
              {article.author.name}
            </Link>
            {article.author.role ? <span className="byline__role">, {article.author.role}</span> : null}
          </p>
        ) : null}
        <p className="dateline">
          <time dateTime={article.publishedAt} title={formatDateTime(article.publishedAt, timeZone)}>
            {formatDate(article.publishedAt, timeZone)}
          </time>
          {updated ? (
            <>
              <span aria-hidden="true"> · </span>
              Updated <time dateTime={updated}>{formatDate(updated, timeZone)}</time>
            </>
          ) : null}
          <span aria-hidden="true"> · </span>
          {minutes} min read
          <span aria-hidden="true"> · </span>
          <a href="#comments">{commentLabel(article.commentCount)}</a>
        </p>
        {updated && article.correction ? (
          <p className="correction">
            <strong>Correction:</strong> {article.correction}
          </p>
        ) : null}
      </div>
    </header>
  )
}
