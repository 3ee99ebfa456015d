import 'server-only'
import {getNewsArticles} from '@/lib/queries/sitemap'
import {routes} from '@/lib/routes'
import type {NewsEntry} from './sitemapXml'
import {absoluteUrl} from './urls'

/** Google News reads only articles published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 3600 * 1000

export async function getNewsEntries(now: Date): Promise<NewsEntry[]> {
  const cutoff = now.getTime() - NEWS_WINDOW_MS
  // Floored to the hour so renders within one hour share a cached query; the exact cut is below.
  const since = new Date(cutoff)
  since.setUTCMinutes(0, 0, 0)
  const articles = await getNewsArticles(since.toISOString())
  return articles
    .filter((a) => Date.parse(a.publishedAt) > cutoff)
    .map((a) => ({
      loc: absoluteUrl(routes.article(a.slug)),
      title: a.title,
      publishedAt: new Date(a.publishedAt).toISOString(),
    }))
}
