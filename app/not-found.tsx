import type {Metadata} from 'next'
import {SiteChrome} from '@/components/layout/SiteChrome'
import SiteNotFound from './(site)/not-found'

export const metadata: Metadata = {title: 'Page not found'}

/** Unmatched URLs outside the (site) group still get the site's chrome. */
export default function NotFound() {
  return (
    <SiteChrome>
      <SiteNotFound />
    </SiteChrome>
  )
}
