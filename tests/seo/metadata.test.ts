/** @jest-environment node */
import type {Metadata} from 'next'
import {generateMetadata as archiveNMetadata} from '@/app/(site)/archive/[page]/page'
import {generateMetadata as archiveMetadata} from '@/app/(site)/archive/page'
import {generateMetadata as articleMetadata} from '@/app/(site)/articles/[slug]/page'
import {generateMetadata as authorNMetadata} from '@/app/(site)/authors/[slug]/page/[page]/page'
import {generateMetadata as authorMetadata} from '@/app/(site)/authors/[slug]/page'
import {generateMetadata as homeMetadata} from '@/app/(site)/page'
import {generateMetadata as topicNMetadata} from '@/app/(site)/topics/[slug]/page/[page]/page'
import {generateMetadata as topicMetadata} from '@/app/(site)/topics/[slug]/page'
import {siteMetadata} from '@/lib/seo/siteMetadata'
import {SEED_SLUG} from '../support/site'
import {HOSTILE_SLUG, HOSTILE_TITLE, IMAGE_REF, SITE_URL, startSeoLake, type SeoLake} from './support'

let site: SeoLake
beforeAll(async () => {
  site = await startSeoLake()
})
afterAll(() => site.close())

const params = <T>(p: T) => ({params: Promise.resolve(p)})
const SITE_FEED = {url: `${SITE_URL}/feed.xml`, title: 'The Meridian Review'}
const feedsOf = (m: Metadata) => m.alternates?.types?.['application/rss+xml']
const og = (m: Metadata) => m.openGraph as Record<string, unknown>
const twitter = (m: Metadata) => m.twitter as Record<string, unknown>

describe('article', () => {
  test('canonical, og:type article with times, author, section and tags; the section’s feed', async () => {
    const m = await articleMetadata(params({slug: 'carbon-border-south-asia'}))
    const url = `${SITE_URL}/articles/carbon-border-south-asia`
    expect(m.title).toBe('The EU’s Carbon Border Levy Arrives: What South Asian Exporters Face')
    expect(m.description).toMatch(/\S/)
    expect(m.alternates?.canonical).toBe(url)
    expect(feedsOf(m)).toEqual([
      SITE_FEED,
      {url: `${SITE_URL}/topics/economy/feed.xml`, title: 'Economy — The Meridian Review'},
    ])
    expect(og(m)).toEqual({
      type: 'article',
      url,
      title: 'The EU’s Carbon Border Levy Arrives: What South Asian Exporters Face',
      description: m.description,
      siteName: 'The Meridian Review',
      locale: 'en_US',
      publishedTime: '2026-01-07T06:00:00Z',
      modifiedTime: '2026-01-08T10:30:00Z',
      authors: [expect.stringMatching(new RegExp(`^${SITE_URL}/authors/`))],
      section: 'Economy',
      tags: ['Economy', 'Climate & Energy'],
      // The article's locator map, cut to the 1200×630 of social cards.
      images: [
        {
          url: expect.stringMatching(/-1600x900\.png\?.*w=1200&h=630&fit=crop/),
          alt: expect.stringMatching(/^Locator map of South Asia/),
          width: 1200,
          height: 630,
        },
      ],
    })
    expect(twitter(m)).toMatchObject({
      card: 'summary_large_image',
      title: 'The EU’s Carbon Border Levy Arrives: What South Asian Exporters Face',
    })
  })

  test('an article never updated has modifiedTime = publishedTime', async () => {
    const m = await articleMetadata(params({slug: SEED_SLUG}))
    expect(og(m)).toMatchObject({
      publishedTime: '2026-01-10T07:30:00Z',
      modifiedTime: '2026-01-10T07:30:00Z',
      authors: [`${SITE_URL}/authors/karma-choden`],
    })
  })

  test('with a main image: og:image with alt text and the large Twitter card', async () => {
    const m = await articleMetadata(params({slug: HOSTILE_SLUG}))
    expect(m.title).toBe(HOSTILE_TITLE)
    const image = {
      url: expect.stringContaining(IMAGE_REF.replace(/^image-(.+)-jpg$/, '$1.jpg')),
      alt: 'A Himalayan valley',
      width: 1200,
      height: 630,
    }
    expect(og(m).images).toEqual([image])
    expect(twitter(m)).toMatchObject({card: 'summary_large_image', images: [image]})
  })

  test('SEO overrides win over the title and standfirst', async () => {
    await site.writer
      .patch(`article-${SEED_SLUG}`)
      .set({seo: {title: 'Bhutan between NATO and India', description: 'A short description.'}})
      .commit()
    try {
      const m = await articleMetadata(params({slug: SEED_SLUG}))
      expect(m.title).toBe('Bhutan between NATO and India')
      expect(m.description).toBe('A short description.')
      expect(og(m)).toMatchObject({title: 'Bhutan between NATO and India', description: 'A short description.'})
    } finally {
      await site.writer.patch(`article-${SEED_SLUG}`).unset(['seo']).commit()
    }
  })

  test('nothing for an unknown article', async () => {
    expect(await articleMetadata(params({slug: 'no-such-article'}))).toEqual({})
  })
})

test('homepage: the site name and tagline, its own canonical, og:type website, the feed', async () => {
  const m = await homeMetadata()
  expect(m.title).toEqual({absolute: 'The Meridian Review — Analysis for a crowded century'})
  expect(m.description).toMatch(/^The Meridian Review is an independent analysis publication/)
  expect(m.alternates?.canonical).toBe(`${SITE_URL}/`)
  expect(feedsOf(m)).toEqual([SITE_FEED])
  expect(og(m)).toMatchObject({type: 'website', url: `${SITE_URL}/`, siteName: 'The Meridian Review'})
  expect(twitter(m)).toMatchObject({card: 'summary'})
})

test('author: og:type profile and the author URL as canonical; later pages are their own canonical', async () => {
  const m = await authorMetadata(params({slug: 'elena-marsh'}))
  expect(m.title).toBe('Elena Marsh')
  expect(m.alternates?.canonical).toBe(`${SITE_URL}/authors/elena-marsh`)
  expect(og(m)).toMatchObject({type: 'profile', url: `${SITE_URL}/authors/elena-marsh`, title: 'Elena Marsh'})
  const page2 = await authorNMetadata(params({slug: 'elena-marsh', page: '2'}))
  expect(page2.title).toBe('Elena Marsh — page 2')
  expect(page2.alternates?.canonical).toBe(`${SITE_URL}/authors/elena-marsh/page/2`)
  expect(await authorMetadata(params({slug: 'nobody'}))).toEqual({})
})

test('topic: canonical and the topic’s own feed next to the site’s', async () => {
  const m = await topicMetadata(params({slug: 'economy'}))
  expect(m.title).toBe('Economy')
  expect(m.alternates?.canonical).toBe(`${SITE_URL}/topics/economy`)
  expect(feedsOf(m)).toEqual([
    SITE_FEED,
    {url: `${SITE_URL}/topics/economy/feed.xml`, title: 'Economy — The Meridian Review'},
  ])
  expect(og(m)).toMatchObject({type: 'website', url: `${SITE_URL}/topics/economy`})
  const page2 = await topicNMetadata(params({slug: 'technology', page: '2'}))
  expect(page2.alternates?.canonical).toBe(`${SITE_URL}/topics/technology/page/2`)
  expect(await topicMetadata(params({slug: 'nothing'}))).toEqual({})
})

test('archive: canonical per page; nothing for a malformed page number', async () => {
  expect((await archiveMetadata()).alternates?.canonical).toBe(`${SITE_URL}/archive`)
  expect((await archiveNMetadata(params({page: '2'}))).alternates?.canonical).toBe(`${SITE_URL}/archive/2`)
  expect(await archiveNMetadata(params({page: '02'}))).toEqual({})
})

test('the (site) layout defaults: a title template with the site name, and the feed', async () => {
  const m = await siteMetadata()
  expect(m.title).toEqual({default: 'The Meridian Review', template: '%s | The Meridian Review'})
  expect(feedsOf(m)).toEqual([SITE_FEED])
})
