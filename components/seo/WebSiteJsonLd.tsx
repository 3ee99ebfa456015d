import type {SiteSettings} from '@/lib/queries/settings'
import {webSite} from '@/lib/seo/jsonLd'
import {JsonLd} from './JsonLd'

/** WebSite with its search box, for the homepage. */
export function WebSiteJsonLd({site}: {site: SiteSettings}) {
  return <JsonLd data={webSite(site)} />
}
