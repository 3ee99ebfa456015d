import Link from 'next/link'
import type {ArticleCard} from '@/lib/queries/fragments'
import {routes} from '@/lib/routes'
import {commentLabel} from './ArticleMeta'

/** A numbered list of headlines: "Top 5 This Week", "Popular Articles". */
export function RankedList({
  title,
  articles,
  id,
  showComments = false,
}: {
  title: string
  articles: ArticleCard[]
  id: string
  showComments?: boolean
}) {
  if (articles.length === 0) return null
  return (
    <section className="ranked" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      <ol className="ranked__list">
        {articles.map((article) => (
          <li key={article._id} className="ranked__item">
            <Link href={routes.article(article.slug)}>{article.title}</Link>
            {showComments && article.commentCount > 0 ? (
              <span className="ranked__meta">{commentLabel(article.commentCount)}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
