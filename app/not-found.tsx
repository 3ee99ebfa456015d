import {SiteChrome} from '@/components/layout/SiteChrome'
import SiteNotFound from './(site)/not-found'

/** Unmatched URLs outside the (site) group still get the site's chrome. */
export default function NotFound() {
  return (
    <SiteChrome>
      <SiteNotFound />
    </SiteChrome>
  )
}
