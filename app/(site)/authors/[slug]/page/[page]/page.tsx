import type {Metadata} from 'next'
import {permanentRedirect} from 'next/navigation'
import {AuthorListing} from '@/components/listing/AuthorListing'
import {getAuthorPage} from '@/lib/queries/author'
import {getSiteSettings} from '@/lib/queries/settings'
import {parsePageParam, routes} from '@/lib/routes'
import {pageMetadata} from '@/lib/seo/metadata'

type Props = {params: Promise<{slug: string; page: string}>}

// Deeper pages render on first request and are then cached like the rest.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {slug, page} = await params
  const n = parsePageParam(page)
  const [author, site] = await Promise.all([n ? getAuthorPage(slug, n) : null, getSiteSettings()])
  if (!author || !n) return {}
  return pageMetadata({
    site,
    path: routes.author(author.slug, n),
    title: `${author.name} — page ${n}`,
    description: author.bio,
    openGraph: {type: 'profile'},
  })
}

export default async function AuthorPageN({params}: Props) {
  const {slug, page} = await params
  const n = parsePageParam(page)
  // Page 1 has one address, without /page/1.
  if (n === 1) permanentRedirect(routes.author(slug))
  return <AuthorListing slug={slug} page={n} />
}
