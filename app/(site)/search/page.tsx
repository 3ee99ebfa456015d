import type {Metadata} from 'next'
import {ArticleListPage, pageCountOf} from '@/components/ArticleListPage'
import {SearchForm} from '@/components/SearchForm'
import {SEARCH_MAX_LENGTH, SEARCH_PAGE_SIZE, searchArticles, searchTerms} from '@/lib/queries/search'
import {getSiteSettings} from '@/lib/queries/settings'
import {parsePageParam, routes} from '@/lib/routes'

type Props = {searchParams: Promise<{q?: string | string[]; page?: string | string[]}>}

export const metadata: Metadata = {title: 'Search', robots: {index: false}}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

/** Search results depend on the query string, so this is the one reader page rendered per request. */
export default async function SearchPage({searchParams}: Props) {
  const params = await searchParams
  const q = first(params.q).slice(0, SEARCH_MAX_LENGTH)
  const page = parsePageParam(first(params.page) || undefined) ?? 1
  const terms = searchTerms(q)
  const [settings, results] = await Promise.all([
    getSiteSettings(),
    terms.length > 0 ? searchArticles(terms, page) : null,
  ])
  const header = (
    <header className="listing-header">
      <h1>Search</h1>
      <SearchForm defaultValue={q} />
      <p className="listing-header__description" role="status">
        {q.trim() === ''
          ? 'Type a few words to search titles, summaries and article text.'
          : terms.length === 0
            ? 'Please use letters or numbers in your search.'
            : `${results?.total ?? 0} ${results?.total === 1 ? 'result' : 'results'} for “${q}”`}
      </p>
    </header>
  )
  return (
    <ArticleListPage
      header={header}
      articles={results?.articles ?? []}
      page={page}
      pageCount={pageCountOf(results?.total ?? 0, SEARCH_PAGE_SIZE)}
      href={(p) => `${routes.search(q)}${p > 1 ? `&page=${p}` : ''}`}
      timeZone={settings.timeZone}
      emptyText={terms.length > 0 ? 'No articles match. Try fewer or different words.' : ''}
    />
  )
}
