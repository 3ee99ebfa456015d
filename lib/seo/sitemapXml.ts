import {XML_DECLARATION, element} from './xml'

export interface SitemapEntry {
  loc: string
  lastmod: string | null
}

export interface NewsEntry {
  loc: string
  title: string
  publishedAt: string
}

export interface NewsPublication {
  name: string
  language: string
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9'

const lastmod = (value: string | null) => element('lastmod', value)

export function renderUrlset(entries: SitemapEntry[]): string {
  const urls = entries.map((e) => `<url>${element('loc', e.loc)}${lastmod(e.lastmod)}</url>`)
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}">`, ...urls, '</urlset>'].join('\n')
}

export function renderSitemapIndex(entries: SitemapEntry[]): string {
  const sitemaps = entries.map((e) => `<sitemap>${element('loc', e.loc)}${lastmod(e.lastmod)}</sitemap>`)
  return [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...sitemaps, '</sitemapindex>'].join('\n')
}

/** Google News sitemap: https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap */
export function renderNewsSitemap(publication: NewsPublication, entries: NewsEntry[]): string {
  const pub = `<news:publication>${element('news:name', publication.name)}${element('news:language', publication.language)}</news:publication>`
  const urls = entries.map(
    (e) =>
      `<url>${element('loc', e.loc)}<news:news>${pub}${element('news:publication_date', e.publishedAt)}${element('news:title', e.title)}</news:news></url>`,
  )
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`, ...urls, '</urlset>'].join('\n')
}
