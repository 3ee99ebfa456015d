import {draftMode} from 'next/headers'
import type {ReactNode} from 'react'
import {SiteChrome} from '@/components/layout/SiteChrome'
import {PreviewBar} from '@/components/layout/PreviewBar'

// Title template ("%s | The Meridian Review"), default description and the feed link.
export {siteMetadata as generateMetadata} from '@/lib/seo/siteMetadata'

// Reader pages are static and regenerate when their cache tags are revalidated; the hourly
// fallback keeps the date bar fresh even on days nothing is published.
export const revalidate = 3600

export default async function SiteLayout({children}: {children: ReactNode}) {
  const {isEnabled: preview} = await draftMode()
  return (
    <>
      {preview ? <PreviewBar /> : null}
      <SiteChrome>{children}</SiteChrome>
    </>
  )
}
