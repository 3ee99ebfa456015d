import {addArticles, startSiteLake, type SiteLake} from '../support/site'

/** A public https site URL, so every test sees the scheme and host come from configuration. */
export const SITE_URL = 'https://news.example'

export const HOUR = 3600_000

/** A title that would close a <script> element if JSON-LD were serialised naively. */
export const HOSTILE_TITLE = 'Leaks & "quotes": </script><script>alert(1)</script> in the Himalayas'
export const HOSTILE_SLUG = 'hostile-title'
export const HOSTILE_DEK =
  'A standfirst with <!-- a comment opener, a line\u2028separator and a paragraph\u2029separator.'
export const HOSTILE_SOURCE = 'Institute of </script> Studies'
export const HOSTILE_SOURCE_URL = 'https://example.org/report?a=1&b=2'
export const IMAGE_REF = 'image-abc123def456-1200x800-jpg'

export interface SeoLake extends SiteLake {
  /** The 25 extra articles' slugs, newest first (February 2026 onwards). */
  extras: string[]
}

/**
 * The sample edition plus: 25 extra Technology articles (so the site feed must cut at 20), the
 * hostile-title article published two hours ago, and two more at 47 and 49 hours ago on each side
 * of the news sitemap's 48-hour window. All written through the real client.
 */
export async function startSeoLake(): Promise<SeoLake> {
  process.env.SITE_URL = SITE_URL
  const site = await startSiteLake()
  const extras = await addArticles(site, 25, {author: 'elena-marsh', topics: ['technology'], prefix: 'extra'})
  const now = Date.now()
  const transaction = site.writer.transaction()
  const article = (slug: string, title: string, hoursAgo: number, extra: Record<string, unknown> = {}) =>
    transaction.create({
      _id: `article-${slug}`,
      _type: 'article',
      title,
      slug: {_type: 'slug', current: slug},
      dek: `${title}: the standfirst.`,
      author: {_type: 'reference', _ref: 'author-karma-choden'},
      topics: [{_type: 'reference', _ref: 'topic-geopolitics', _key: 't0'}],
      publishedAt: new Date(now - hoursAgo * HOUR).toISOString(),
      body: [
        {
          _type: 'block',
          _key: 'p1',
          style: 'normal',
          markDefs: [],
          children: [{_type: 'span', _key: 's1', text: 'Body text.', marks: []}],
        },
      ],
      ...extra,
    })
  article(HOSTILE_SLUG, HOSTILE_TITLE, 2, {
    dek: HOSTILE_DEK,
    mainImage: {_type: 'image', alt: 'A Himalayan valley', asset: {_type: 'reference', _ref: IMAGE_REF, _weak: true}},
    topics: [
      {_type: 'reference', _ref: 'topic-security-defence', _key: 't0'},
      {_type: 'reference', _ref: 'topic-geopolitics', _key: 't1'},
    ],
    body: [
      {
        _type: 'block',
        _key: 'p1',
        style: 'normal',
        markDefs: [],
        children: [{_type: 'span', _key: 's1', text: 'Body text.', marks: []}],
      },
      {
        _type: 'statistic',
        _key: 'st1',
        value: '12%',
        claim: 'A claim.',
        sourceName: HOSTILE_SOURCE,
        sourceUrl: HOSTILE_SOURCE_URL,
      },
      {
        _type: 'statistic',
        _key: 'st2',
        value: '13%',
        claim: 'The same source again.',
        sourceName: HOSTILE_SOURCE,
        sourceUrl: HOSTILE_SOURCE_URL,
      },
      {
        _type: 'statistic',
        _key: 'st3',
        value: '5',
        claim: 'A source without a link.',
        sourceName: 'Ministry of Records',
      },
    ],
  })
  article('fresh-47h', 'Published 47 hours ago', 47)
  article('stale-49h', 'Published 49 hours ago', 49)
  await transaction.commit()
  return {...site, extras}
}

/** The newest 20 public articles after the additions, newest first. */
export const expectedFeedSlugs = (extras: string[]) => [HOSTILE_SLUG, 'fresh-47h', 'stale-49h', ...extras].slice(0, 20)
