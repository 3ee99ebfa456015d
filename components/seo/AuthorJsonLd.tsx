import {getAuthorPage} from '@/lib/queries/author'
import {getSiteSettings} from '@/lib/queries/settings'
import {routes} from '@/lib/routes'
import {breadcrumbList, person} from '@/lib/seo/jsonLd'
import {JsonLd} from './JsonLd'

/** Person and the home → author trail; nothing for an unknown author (the page 404s). */
export async function AuthorJsonLd({slug}: {slug: string}) {
  // The page's own cached getter: no second request for the same author.
  const [author, site] = await Promise.all([getAuthorPage(slug, 1), getSiteSettings()])
  if (!author) return null
  return (
    <>
      <JsonLd data={person(author, site)} />
      <JsonLd
        data={breadcrumbList([
          {name: 'Home', path: routes.home()},
          {name: author.name, path: routes.author(author.slug)},
        ])}
      />
    </>
  )
}
