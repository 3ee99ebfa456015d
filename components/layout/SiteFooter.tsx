import Link from 'next/link'
import {routes} from '@/lib/routes'

export function SiteFooter({
  title,
  description,
  sampleEdition,
}: {
  title: string
  description: string | null
  sampleEdition: boolean
}) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <p className="site-footer__title">{title}</p>
          {description ? <p>{description}</p> : null}
        </div>
        <ul className="site-footer__links">
          <li>
            <Link href={routes.archive()}>Archive</Link>
          </li>
          <li>
            <a href="/feed.xml">RSS feed</a>
          </li>
        </ul>
        {sampleEdition ? (
          <p className="site-footer__notice">
            This is a sample edition running on the embedded local Content Lake: the articles, people and comments in it
            are illustrative.
          </p>
        ) : null}
      </div>
    </footer>
  )
}
