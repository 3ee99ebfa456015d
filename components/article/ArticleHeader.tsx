import Link from 'next/link'
import {commentLabel} from '@/components/cards/ArticleMeta'
import {SanityImage} from '@/components/SanityImage'
import {formatDate, formatDateTime, isMeaningfulUpdate} from '@/lib/dates'
import type {Article} from '@/lib/queries/article'
import {routes} from '@/lib/routes'

interface Props {
  article: Article
  timeZone: string
  minutes: number
}

/** Section, headline, standfirst, byline, dates, reading time, comment count, and the featured picture with its caption and credit. */
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
      {article.image?.assetRef ? (
        <figure className="article-figure">
          <SanityImage
            image={article.image}
            alt={article.image.alt ?? ''}
            width={720}
            sizes="(min-width: 800px) 720px, 100vw"
            priority
          />
          {article.image.caption || article.image.credit ? (
            <figcaption>
              {article.image.caption}
              {article.image.credit ? <span className="article-figure__credit">{article.image.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
    </header>
  )
}
