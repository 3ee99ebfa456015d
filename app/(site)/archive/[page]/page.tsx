import type {Metadata} from 'next'
import {permanentRedirect} from 'next/navigation'
import {ArchiveListing} from '@/components/listing/ArchiveListing'
import {getSiteSettings} from '@/lib/queries/settings'
import {parsePageParam, routes} from '@/lib/routes'
import {pageMetadata} from '@/lib/seo/metadata'

type Props = {params: Promise<{page: string}>}

export function generateStaticParams() {
  return []
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const n = parsePageParam((await params).page)
  if (!n) return {}
  const site = await getSiteSettings()
  return pageMetadata({
    site,
    path: routes.archive(n),
    title: `Archive — page ${n}`,
    description: `Every article from ${site.title}, newest first.`,
  })
}

export default async function ArchivePageN({params}: Props) {
  const n = parsePageParam((await params).page)
  // Page 1 has one address: /archive.
  if (n === 1) permanentRedirect(routes.archive())
  return <ArchiveListing page={n} />
}
