import {getSitemapIndexEntries} from '@/lib/seo/sitemap'
import {renderSitemapIndex} from '@/lib/seo/sitemapXml'
import {xmlResponse} from '@/lib/seo/xml'

export const dynamic = 'force-static'
export const revalidate = 3600

/** The sitemap index: one entry per file of at most 50,000 URLs (`/sitemaps/<n>.xml`). */
export async function GET() {
  return xmlResponse(renderSitemapIndex(await getSitemapIndexEntries()))
}
