import {getLatestFeedItems} from '@/lib/queries/feeds'
import {getSiteSettings} from '@/lib/queries/settings'
import {routes} from '@/lib/routes'
import {RSS_CONTENT_TYPE, toRssItem} from '@/lib/seo/feeds'
import {renderRss} from '@/lib/seo/rss'
import {FEED_PATH, SITE_LANGUAGE, absoluteUrl} from '@/lib/seo/urls'
import {xmlResponse} from '@/lib/seo/xml'

// Built once and kept until an article changes (its fetches carry the `article` tag), or an hour.
export const dynamic = 'force-static'
export const revalidate = 3600

/** RSS 2.0: the newest articles across the site. */
export async function GET() {
  const [settings, items] = await Promise.all([getSiteSettings(), getLatestFeedItems()])
  const channel = {
    title: settings.title,
    link: absoluteUrl(routes.home()),
    self: absoluteUrl(FEED_PATH),
    description: settings.description ?? settings.tagline ?? `The latest from ${settings.title}`,
    language: SITE_LANGUAGE,
  }
  return xmlResponse(renderRss(channel, items.map(toRssItem)), RSS_CONTENT_TYPE)
}
