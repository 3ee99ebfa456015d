import Link from 'next/link'
import {SanityImage} from '@/components/SanityImage'
import type {ArticleCard} from '@/lib/queries/fragments'
import {routes} from '@/lib/routes'
import {commentLabel} from './ArticleMeta'

/** A numbered list of headlines with small square thumbnails: "Top 5 This Week", "Popular Articles". */
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
          <li key={article._id} className={`ranked__item${article.image?.assetRef ? ' ranked__item--thumb' : ''}`}>
            <Link href={routes.article(article.slug)}>{article.title}</Link>
            {showComments && article.commentCount > 0 ? (
              <span className="ranked__meta">{commentLabel(article.commentCount)}</span>
            ) : null}
            {article.image?.assetRef ? (
              // The headline beside it names the story: the thumbnail is decoration for a screen reader.
              <SanityImage
                className="ranked__thumb"
                image={article.image}
                alt=""
                width={72}
                aspectRatio={1}
                sizes="72px"
              />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
