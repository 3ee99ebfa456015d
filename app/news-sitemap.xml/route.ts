import {getSiteSettings} from '@/lib/queries/settings'
import {getNewsEntries} from '@/lib/seo/news'
import {renderNewsSitemap} from '@/lib/seo/sitemapXml'
import {SITE_LANGUAGE} from '@/lib/seo/urls'
import {xmlResponse} from '@/lib/seo/xml'

export const dynamic = 'force-static'
// The 48-hour window moves with the clock: hourly regeneration drops articles as they age out.
export const revalidate = 3600

/** Google News sitemap: articles of the last 48 hours. */
export async function GET() {
  const [settings, entries] = await Promise.all([getSiteSettings(), getNewsEntries(new Date())])
  return xmlResponse(renderNewsSitemap({name: settings.title, language: SITE_LANGUAGE}, entries))
}
