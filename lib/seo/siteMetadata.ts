import 'server-only'
import type {Metadata} from 'next'
import {getSiteSettings} from '@/lib/queries/settings'
import {siteFeedLink} from './metadata'

/**
 * The (site) layout's defaults: the title template that appends the site name to every page's
 * title, and the site feed for pages that set no metadata of their own.
 */
export async function siteMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  return {
    title: {default: site.title, template: `%s | ${site.title}`},
    description: site.description ?? undefined,
    alternates: {types: {'application/rss+xml': [siteFeedLink(site)]}},
    openGraph: {type: 'website', siteName: site.title, locale: 'en_US'},
    twitter: {card: 'summary'},
  }
}
