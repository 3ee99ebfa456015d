/** @jest-environment node */
import Parser from 'rss-parser'
import {GET as siteFeed} from '@/app/feed.xml/route'
import {GET as topicFeed} from '@/app/(site)/topics/[slug]/feed.xml/route'
import {
  HOSTILE_DEK,
  HOSTILE_SLUG,
  HOSTILE_TITLE,
  SITE_URL,
  expectedFeedSlugs,
  startSeoLake,
  type SeoLake,
} from './support'

// The route handlers run as Next would call them; the lake is real HTTP with real GROQ.
let site: SeoLake
beforeAll(async () => {
  site = await startSeoLake()
})
afterAll(() => site.close())

const parser = new Parser({customFields: {item: ['dc:creator']}})

async function parseFeed(response: Response) {
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
  const xml = await response.text()
  return {xml, feed: await parser.parseString(xml)}
}

const topicFeedOf = (slug: string) =>
  topicFeed(new Request(`${SITE_URL}/topics/${slug}/feed.xml`), {params: Promise.resolve({slug})})

describe('/feed.xml', () => {
  let feed: Awaited<ReturnType<typeof parseFeed>>['feed']
  let xml: string
  beforeAll(async () => {
    ;({feed, xml} = await parseFeed(await siteFeed()))
  })

  test('the channel names the publication and links to the homepage', () => {
    expect(feed.title).toBe('The Meridian Review')
    expect(feed.link).toBe(`${SITE_URL}/`)
    expect(feed.description).toMatch(/^The Meridian Review is an independent analysis publication/)
    expect(feed.language).toBe('en')
    expect(xml).toContain(`<atom:link href="${SITE_URL}/feed.xml" rel="self" type="application/rss+xml"/>`)
  })

  test('the newest 20 articles, newest first, with absolute permalinks as link and guid', () => {
    const slugs = expectedFeedSlugs(site.extras)
    expect(feed.items).toHaveLength(20)
    expect(feed.items.map((i) => i.link)).toEqual(slugs.map((s) => `${SITE_URL}/articles/${s}`))
    expect(feed.items.map((i) => i.guid)).toEqual(slugs.map((s) => `${SITE_URL}/articles/${s}`))
    expect(xml).toContain(`<guid isPermaLink="true">${SITE_URL}/articles/${HOSTILE_SLUG}</guid>`)
    const dates = feed.items.map((i) => Date.parse(i.isoDate!))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
  })

  test('RFC 822 dates, the standfirst as description, the byline as dc:creator, topics as categories', () => {
    const extra = feed.items.find((i) => i.link === `${SITE_URL}/articles/extra-25`)!
    expect(extra.pubDate).toBe('Wed, 25 Feb 2026 06:00:00 GMT')
    expect(extra.isoDate).toBe('2026-02-25T06:00:00.000Z')
    expect(extra.content).toBe('Extra article 25 for the pagination tests.')
    expect(extra.creator).toBe('Elena Marsh')
    expect(extra.categories).toEqual(['Technology'])
  })

  test('markup in titles and standfirsts is escaped text, not markup', () => {
    const hostile = feed.items[0]
    expect(hostile.title).toBe(HOSTILE_TITLE)
    expect(hostile.content).toBe(HOSTILE_DEK)
    expect(hostile.categories).toEqual(['Security & Defence', 'Geopolitics'])
    expect(xml).not.toContain('<script>')
    expect(xml).toContain('Leaks &amp; &quot;quotes&quot;: &lt;/script&gt;')
  })
})

describe('/topics/<slug>/feed.xml', () => {
  test('only that topic’s articles, newest first', async () => {
    const {feed} = await parseFeed(await topicFeedOf('economy'))
    expect(feed.title).toBe('Economy — The Meridian Review')
    expect(feed.link).toBe(`${SITE_URL}/topics/economy`)
    expect(feed.items.map((i) => i.link?.replace(`${SITE_URL}/articles/`, ''))).toEqual([
      'carbon-border-south-asia',
      'chip-sovereignty',
      'critical-minerals-clubs',
      'bhutan-youth-emigration',
      'rupee-trade-settlement',
      'bhutan-hydropower-bargain',
    ])
    for (const item of feed.items) expect(item.categories).toContain('Economy')
  })

  test('a topic with more than 20 articles is cut at the newest 20', async () => {
    const {feed} = await parseFeed(await topicFeedOf('technology'))
    expect(feed.items).toHaveLength(20)
    expect(feed.items.map((i) => i.link)).toEqual(site.extras.slice(0, 20).map((s) => `${SITE_URL}/articles/${s}`))
  })

  test('an unknown topic is a 404', async () => {
    const response = await topicFeedOf('no-such-topic')
    expect(response.status).toBe(404)
  })
})
