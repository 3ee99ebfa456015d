import type {ReactNode} from 'react'
import {ArticleCardView} from '@/components/cards/ArticleCardView'
import {Pagination} from '@/components/Pagination'
import type {ArticleCard} from '@/lib/queries/fragments'

interface Props {
  header: ReactNode
  articles: ArticleCard[]
  page: number
  pageCount: number
  href: (page: number) => string
  timeZone: string
  emptyText: string
  /** The first card's picture tops the page on a phone (its largest paint): fetch it first. */
  leadImage?: boolean
}

/** The shared body of author, topic and archive pages: a header, a list of cards, pagination. */
export function ArticleListPage({header, articles, page, pageCount, href, timeZone, emptyText, leadImage}: Props) {
  return (
    <>
      {header}
      {articles.length > 0 ? (
        <div className="article-list">
          {articles.map((article, i) => (
            <ArticleCardView
              key={article._id}
              article={article}
              timeZone={timeZone}
              headingLevel={2}
              priority={leadImage && i === 0}
            />
          ))}
        </div>
      ) : (
        <p>{emptyText}</p>
      )}
      <Pagination page={page} pageCount={pageCount} href={href} label="Pages" />
    </>
  )
}

export const pageCountOf = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize))
