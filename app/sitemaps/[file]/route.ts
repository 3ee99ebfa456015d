import {getSitemapFileCount, getSitemapFileEntries, parseSitemapFile} from '@/lib/seo/sitemap'
import {renderUrlset} from '@/lib/seo/sitemapXml'
import {notFoundXml, xmlResponse} from '@/lib/seo/xml'

export const dynamic = 'force-static'
export const revalidate = 3600

export async function generateStaticParams() {
  const count = await getSitemapFileCount()
  return Array.from({length: count}, (_, i) => ({file: `${i + 1}.xml`}))
}

/** One sitemap file: home, topics, authors, then articles, at most 50,000 URLs each. */
export async function GET(_request: Request, {params}: {params: Promise<{file: string}>}) {
  const file = parseSitemapFile((await params).file)
  const entries = file ? await getSitemapFileEntries(file) : null
  return entries ? xmlResponse(renderUrlset(entries)) : notFoundXml()
}
