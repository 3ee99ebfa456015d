import {SEARCH_MAX_LENGTH} from '@/lib/queries/search'
import {routes} from '@/lib/routes'

/** A plain GET form: works without JavaScript, and the URL can be shared. */
export function SearchForm({defaultValue = ''}: {defaultValue?: string}) {
  return (
    <form action={routes.search()} method="get" role="search" className="search-form">
      <label htmlFor="search-q" className="visually-hidden">
        Search articles
      </label>
      <input id="search-q" name="q" type="search" defaultValue={defaultValue} maxLength={SEARCH_MAX_LENGTH} />
      <button type="submit">Search</button>
    </form>
  )
}
