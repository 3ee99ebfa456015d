import type {SitemapSection} from '@/lib/queries/sitemap'

/** The protocol's limit per sitemap file (https://www.sitemaps.org/protocol.html). */
export const URLS_PER_SITEMAP = 50_000

/** Rows per request: small enough for one fetch-cache entry (Next caps those at 2 MB). */
export const SITEMAP_FETCH_SLICE = 5_000

export type SitemapPart = 'home' | SitemapSection

/** A slice `[start, end)` of one section, counted within that section. */
export interface SitemapSlice {
  part: SitemapPart
  start: number
  end: number
}

export type SectionSizes = Record<SitemapSection, number>

/** All URLs form one list (home, topics, authors, articles); each file is a window of it. */
const partsOf = (sizes: SectionSizes): Array<[SitemapPart, number]> => [
  ['home', 1],
  ['topics', sizes.topics],
  ['authors', sizes.authors],
  ['articles', sizes.articles],
]

export function sitemapFileCount(sizes: SectionSizes, perFile = URLS_PER_SITEMAP): number {
  const total = partsOf(sizes).reduce((sum, [, size]) => sum + size, 0)
  return Math.max(1, Math.ceil(total / perFile))
}

/** The bounded slices that make up sitemap file `file` (1-based), in order. */
export function slicesOfFile(
  sizes: SectionSizes,
  file: number,
  perFile = URLS_PER_SITEMAP,
  sliceSize = SITEMAP_FETCH_SLICE,
): SitemapSlice[] {
  const from = (file - 1) * perFile
  const to = from + perFile
  const slices: SitemapSlice[] = []
  let offset = 0
  for (const [part, size] of partsOf(sizes)) {
    const start = Math.max(from, offset) - offset
    const end = Math.min(to, offset + size) - offset
    for (let s = start; s < end; s += sliceSize) slices.push({part, start: s, end: Math.min(end, s + sliceSize)})
    offset += size
  }
  return slices
}
