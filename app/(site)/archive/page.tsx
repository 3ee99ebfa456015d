import type {Metadata} from 'next'
import {ArchiveListing} from '@/components/listing/ArchiveListing'
import {getSiteSettings} from '@/lib/queries/settings'
import {routes} from '@/lib/routes'
import {pageMetadata} from '@/lib/seo/metadata'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  return pageMetadata({
    site,
    path: routes.archive(),
    title: 'Archive',
    description: `Every article from ${site.title}, newest first.`,
  })
}

export default function ArchivePage() {
  return <ArchiveListing page={1} />
}
