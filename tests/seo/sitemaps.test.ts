/** @jest-environment node */
import {XMLParser} from 'fast-xml-parser'
import {resolveRobots} from 'next/dist/build/webpack/loaders/metadata/resolve-route-data'
import {GET as newsSitemap} from '@/app/news-sitemap.xml/route'
import robots from '@/app/robots'
import {GET as sitemapIndex} from '@/app/sitemap.xml/route'
import {GET as sitemapFile, generateStaticParams} from '@/app/sitemaps/[file]/route'
import {getSitemapFileEntries, getSitemapIndexEntries} from '@/lib/seo/sitemap'
import {HOSTILE_SLUG, HOSTILE_TITLE, SITE_URL, startSeoLake, type SeoLake} from './support'

let site: SeoLake
beforeAll(async () => {
  site = await startSeoLake()
})
afterAll(() => site.close())

const xml = new XMLParser({isArray: (name) => ['url', 'sitemap'].includes(name)})
const ABSOLUTE = /^https?:\/\/[^/]+\//

async function parsed(response: Response) {
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
  return xml.parse(await response.text())
}

const fileRoute = (file: string) =>
  sitemapFile(new Request(`${SITE_URL}/sitemaps/${file}`), {params: Promise.resolve({file})})

// The sample edition (6 topics, 5 authors, 13 articles) plus 28 articles from the test setup.
const TOTAL_URLS = 1 + 6 + 5 + 13 + 28

describe('sitemap index and files', () => {
  test('/sitemap.xml is an index of the sitemap files, with absolute URLs and lastmod', async () => {
    const doc = await parsed(await sitemapIndex())
    expect(doc.sitemapindex.sitemap).toEqual([{loc: `${SITE_URL}/sitemaps/1.xml`, lastmod: expect.any(String)}])
    expect(await generateStaticParams()).toEqual([{file: '1.xml'}])
  })

  test('a sitemap file lists home, topics, authors and articles, absolute, each with its lastmod', async () => {
    const urls: Array<{loc: string; lastmod: string}> = (await parsed(await fileRoute('1.xml'))).urlset.url
    expect(urls).toHaveLength(TOTAL_URLS)
    for (const url of urls) {
      expect(url.loc).toMatch(ABSOLUTE)
      expect(url.loc.startsWith(`${SITE_URL}/`)).toBe(true)
      expect(Number.isNaN(Date.parse(url.lastmod))).toBe(false)
    }
    const locs = urls.map((u) => u.loc)
    expect(new Set(locs).size).toBe(locs.length)
    expect(locs[0]).toBe(`${SITE_URL}/`)
    expect(locs).toContain(`${SITE_URL}/topics/security-defence`)
    expect(locs).toContain(`${SITE_URL}/authors/karma-choden`)
    expect(locs).toContain(`${SITE_URL}/articles/${HOSTILE_SLUG}`)
    // lastmod is the document's update time, as stored.
    const lastmod = (path: string) => urls.find((u) => u.loc === `${SITE_URL}${path}`)?.lastmod
    expect(lastmod('/articles/druk-nato-nexus')).toBe('2026-01-10T07:30:00Z')
    expect(lastmod('/articles/carbon-border-south-asia')).toBe('2026-01-08T10:30:00Z')
    expect(lastmod('/topics/economy')).toBe('2025-10-20T09:00:00Z')
  })

  test('drafts and unpublished articles are not listed', async () => {
    const locs: string[] = (await parsed(await fileRoute('1.xml'))).urlset.url.map((u: {loc: string}) => u.loc)
    expect(locs).not.toContain(`${SITE_URL}/articles/embargoed-bhutan-budget-2026`)
  })

  test('past the last file, and for malformed names, a 404', async () => {
    expect((await fileRoute('2.xml')).status).toBe(404)
    expect((await fileRoute('01.xml')).status).toBe(404)
    expect((await fileRoute('sitemap')).status).toBe(404)
  })

  test('split into files of at most N URLs, read in bounded slices, every URL exactly once', async () => {
    // 10 URLs a file, read 4 rows at a time: slices cross the topic/author/article boundaries.
    const index = await getSitemapIndexEntries(10)
    expect(index.map((e) => e.loc)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${SITE_URL}/sitemaps/${n}.xml`))
    const files = await Promise.all(index.map((_, i) => getSitemapFileEntries(i + 1, 10, 4)))
    for (const [i, entries] of files.entries()) {
      expect(entries!.length).toBeLessThanOrEqual(10)
      // The index's lastmod for a file is the newest lastmod among its URLs.
      const newest = entries!.map((e) => e.lastmod!).sort((a, b) => Date.parse(b) - Date.parse(a))[0]
      expect(Date.parse(index[i].lastmod!)).toBe(Date.parse(newest))
    }
    const all = files.flatMap((f) => f!.map((e) => e.loc))
    const whole = (await getSitemapFileEntries(1))!.map((e) => e.loc)
    expect(all).toEqual(whole)
    expect(await getSitemapFileEntries(7, 10, 4)).toBeNull()
  })
})

describe('/news-sitemap.xml', () => {
  test('articles of the last 48 hours, with publication, date and title', async () => {
    const doc = await parsed(await newsSitemap())
    expect(doc.urlset.url).toEqual([
      {
        loc: `${SITE_URL}/articles/${HOSTILE_SLUG}`,
        'news:news': {
          'news:publication': {'news:name': 'The Meridian Review', 'news:language': 'en'},
          'news:publication_date': expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
          'news:title': HOSTILE_TITLE,
        },
      },
      {
        loc: `${SITE_URL}/articles/fresh-47h`,
        'news:news': expect.objectContaining({'news:title': 'Published 47 hours ago'}),
      },
    ])
  })

  test('declares the sitemap and Google News namespaces', async () => {
    const text = await (await newsSitemap()).text()
    expect(text).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"')
    expect(text).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"')
  })
})

test('robots.txt allows the site, keeps crawlers out of /studio and /api, and names both sitemaps', () => {
  expect(resolveRobots(robots())).toBe(
    [
      'User-Agent: *',
      'Allow: /',
      'Disallow: /studio',
      'Disallow: /api',
      '',
      `Sitemap: ${SITE_URL}/sitemap.xml`,
      `Sitemap: ${SITE_URL}/news-sitemap.xml`,
      '',
    ].join('\n'),
  )
})
