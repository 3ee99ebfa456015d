import 'server-only'
import {getSitemapCounts, getSitemapSlice, getSitemapSliceLastChange, type SitemapCounts} from '@/lib/queries/sitemap'
import {routes} from '@/lib/routes'
import {SITEMAP_FETCH_SLICE, URLS_PER_SITEMAP, sitemapFileCount, slicesOfFile, type SitemapSlice} from './sitemapPlan'
import type {SitemapEntry} from './sitemapXml'
import {absoluteUrl} from './urls'

export const sitemapFilePath = (file: number) => `/sitemaps/${file}.xml`

/** `1.xml` → 1; anything else (`01.xml`, `1`, `x.xml`) → null. */
export function parseSitemapFile(segment: string): number | null {
  const m = /^([1-9]\d{0,5})\.xml$/.exec(segment)
  return m ? Number(m[1]) : null
}

export async function getSitemapFileCount(perFile = URLS_PER_SITEMAP): Promise<number> {
  return sitemapFileCount(await getSitemapCounts(), perFile)
}

const pathOf = {
  topics: (slug: string) => routes.topic(slug),
  authors: (slug: string) => routes.author(slug),
  articles: routes.article,
}

async function entriesOf(slice: SitemapSlice, counts: SitemapCounts): Promise<SitemapEntry[]> {
  if (slice.part === 'home') return [{loc: absoluteUrl(routes.home()), lastmod: counts.lastChange}]
  const rows = await getSitemapSlice(slice.part, slice.start, slice.end)
  const path = pathOf[slice.part]
  return rows.map((row) => ({loc: absoluteUrl(path(row.slug)), lastmod: row.lastmod}))
}

/** The URLs of sitemap file `file` (1-based), or null past the last file. */
export async function getSitemapFileEntries(
  file: number,
  perFile = URLS_PER_SITEMAP,
  sliceSize = SITEMAP_FETCH_SLICE,
): Promise<SitemapEntry[] | null> {
  const counts = await getSitemapCounts()
  if (file < 1 || file > sitemapFileCount(counts, perFile)) return null
  const slices = slicesOfFile(counts, file, perFile, sliceSize)
  return (await Promise.all(slices.map((slice) => entriesOf(slice, counts)))).flat()
}

const newest = (dates: Array<string | null>) =>
  dates.reduce<string | null>((max, d) => (d && (!max || Date.parse(d) > Date.parse(max)) ? d : max), null)

/** The index: every sitemap file with the newest change among its URLs, so crawlers skip the rest. */
export async function getSitemapIndexEntries(perFile = URLS_PER_SITEMAP): Promise<SitemapEntry[]> {
  const counts = await getSitemapCounts()
  const files = Array.from({length: sitemapFileCount(counts, perFile)}, (_, i) => i + 1)
  return Promise.all(
    files.map(async (file) => {
      // One slice per section and file: this asks for a single date, not the rows.
      const changes = await Promise.all(
        slicesOfFile(counts, file, perFile, perFile).map((s) =>
          s.part === 'home' ? counts.lastChange : getSitemapSliceLastChange(s.part, s.start, s.end),
        ),
      )
      return {loc: absoluteUrl(sitemapFilePath(file)), lastmod: newest(changes)}
    }),
  )
}
