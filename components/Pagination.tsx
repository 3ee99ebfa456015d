import Link from 'next/link'

interface Props {
  page: number
  pageCount: number
  href: (page: number) => string
  label: string
}

/** Newer/older links with "Page N of M"; renders nothing for a single page. */
export function Pagination({page, pageCount, href, label}: Props) {
  if (pageCount <= 1) return null
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link rel="prev" href={href(page - 1)}>
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__status">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link rel="next" href={href(page + 1)}>
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
