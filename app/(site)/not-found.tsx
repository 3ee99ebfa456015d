import type {Metadata} from 'next'
import Link from 'next/link'
import {routes} from '@/lib/routes'

// Without it the 404 has no <title> at all (invalid HTML, and screen readers announce nothing).
// Next adds the 404's noindex itself.
export const metadata: Metadata = {title: 'Page not found'}

/** Inside the site's chrome: the reader keeps navigation, search and the way home. */
export default function NotFound() {
  return (
    <div className="not-found">
      <h1>We couldn’t find that page</h1>
      <p>The article may have been moved or unpublished, or the address may be mistyped.</p>
      <form action={routes.search()} method="get" role="search" className="not-found__search">
        <label htmlFor="nf-search">Search the site</label>
        <input id="nf-search" name="q" type="search" maxLength={200} />
        <button type="submit">Search</button>
      </form>
      <p>
        <Link href={routes.home()}>Go to the homepage</Link> or browse the <Link href={routes.archive()}>archive</Link>.
      </p>
    </div>
  )
}
