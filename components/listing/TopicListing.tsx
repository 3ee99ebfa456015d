import {notFound} from 'next/navigation'
import {ArticleListPage, pageCountOf} from '@/components/ArticleListPage'
import {LIST_PAGE_SIZE} from '@/lib/queries/author'
import {getSiteSettings} from '@/lib/queries/settings'
import {getTopicPage} from '@/lib/queries/topic'
import {routes} from '@/lib/routes'

/** A topic's description and its articles, one page of them; 404 for unknown topics and pages. */
export async function TopicListing({slug, page}: {slug: string; page: number | null}) {
  if (page === null) notFound()
  const [topic, settings] = await Promise.all([getTopicPage(slug, page), getSiteSettings()])
  if (!topic) notFound()
  const pageCount = pageCountOf(topic.total, LIST_PAGE_SIZE)
  if (page > pageCount) notFound()
  const header = (
    <header className="listing-header">
      <p className="kicker">Topic</p>
      <h1>{topic.title}</h1>
      {topic.description ? <p className="listing-header__description">{topic.description}</p> : null}
    </header>
  )
  return (
    <ArticleListPage
      header={header}
      articles={topic.articles}
      page={page}
      pageCount={pageCount}
      href={(p) => routes.topic(slug, p)}
      timeZone={settings.timeZone}
      emptyText="No articles in this topic yet."
      leadImage
    />
  )
}
