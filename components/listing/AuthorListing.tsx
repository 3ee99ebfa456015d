import {notFound} from 'next/navigation'
import {ArticleListPage, pageCountOf} from '@/components/ArticleListPage'
import {SanityImage} from '@/components/SanityImage'
import {LIST_PAGE_SIZE, getAuthorPage} from '@/lib/queries/author'
import {getSiteSettings} from '@/lib/queries/settings'
import {routes} from '@/lib/routes'

/** An author's profile and their articles, one page of them; 404 for unknown authors and pages. */
export async function AuthorListing({slug, page}: {slug: string; page: number | null}) {
  if (page === null) notFound()
  const [author, settings] = await Promise.all([getAuthorPage(slug, page), getSiteSettings()])
  if (!author) notFound()
  const pageCount = pageCountOf(author.total, LIST_PAGE_SIZE)
  if (page > pageCount) notFound()
  const header = (
    <header className="profile">
      {author.photo?.assetRef ? (
        <SanityImage
          className="profile__photo"
          image={author.photo}
          alt={author.photo.alt ?? author.name}
          width={160}
          aspectRatio={1}
          sizes="160px"
          priority
        />
      ) : null}
      <div>
        <h1>{author.name}</h1>
        {author.role ? <p className="profile__role">{author.role}</p> : null}
        {author.bio ? <p>{author.bio}</p> : null}
        {author.links.length > 0 ? (
          <ul className="profile__links">
            {author.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="me noopener">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="profile__count">
          {author.total} {author.total === 1 ? 'article' : 'articles'}
        </p>
      </div>
    </header>
  )
  return (
    <ArticleListPage
      header={header}
      articles={author.articles}
      page={page}
      pageCount={pageCount}
      href={(p) => routes.author(slug, p)}
      timeZone={settings.timeZone}
      emptyText={`${author.name} has not published any articles yet.`}
    />
  )
}
