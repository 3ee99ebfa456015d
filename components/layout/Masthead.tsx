import Link from 'next/link'
import type {TopicLink} from '@/lib/queries/fragments'
import {routes} from '@/lib/routes'

export function Masthead({title, nav}: {title: string; nav: TopicLink[]}) {
  return (
    <header className="masthead">
      <div className="container masthead__inner">
        <Link href={routes.home()} className="masthead__title">
          {title}
        </Link>
        <form action={routes.search()} method="get" role="search" className="masthead__search">
          <label htmlFor="masthead-search" className="visually-hidden">
            Search articles
          </label>
          <input id="masthead-search" name="q" type="search" placeholder="Search" maxLength={200} />
          <button type="submit">Search</button>
        </form>
      </div>
      {/* The section links are on every page and in view at once: prefetched, every page view
          fetched each section page in the background (two requests apiece) and parsed it on the
          phone's main thread (docs/first-paint.md). A click still navigates in the client. */}
      <nav aria-label="Topics" className="topnav">
        <ul className="container topnav__list">
          {nav.map((topic) => (
            <li key={topic.slug}>
              <Link href={routes.topic(topic.slug)} prefetch={false}>
                {topic.title}
              </Link>
            </li>
          ))}
          <li>
            <Link href={routes.archive()} prefetch={false}>
              Archive
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  )
}
