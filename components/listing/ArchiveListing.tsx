import {notFound} from 'next/navigation'
import {ArticleListPage, pageCountOf} from '@/components/ArticleListPage'
import {ARCHIVE_PAGE_SIZE, getLatestArticles} from '@/lib/queries/latest'
import {getSiteSettings} from '@/lib/queries/settings'
import {routes} from '@/lib/routes'

/** Every article, newest first, a page at a time. */
export async function ArchiveListing({page}: {page: number | null}) {
  if (page === null) notFound()
  const [latest, settings] = await Promise.all([getLatestArticles(page), getSiteSettings()])
  const pageCount = pageCountOf(latest.total, ARCHIVE_PAGE_SIZE)
  if (page > pageCount) notFound()
  return (
    <ArticleListPage
      header={
        <header className="listing-header">
          <h1>Archive</h1>
          <p className="listing-header__description">All {latest.total} articles, newest first.</p>
        </header>
      }
      articles={latest.articles}
      page={page}
      pageCount={pageCount}
      href={routes.archive}
      timeZone={settings.timeZone}
      emptyText="No articles have been published yet."
    />
  )
}
