import type {ReactNode} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import ArticlePage from '@/app/(site)/articles/[slug]/page'
import AuthorPage from '@/app/(site)/authors/[slug]/page'
import HomePage from '@/app/(site)/page'
import TopicPage from '@/app/(site)/topics/[slug]/page'
import {serializeJsonLd} from '@/components/seo/JsonLd'
import {resolveServerTree, SEED_SLUG} from '../support/site'
import {
  HOSTILE_DEK,
  HOSTILE_SLUG,
  HOSTILE_SOURCE,
  HOSTILE_SOURCE_URL,
  HOSTILE_TITLE,
  IMAGE_REF,
  SITE_URL,
  startSeoLake,
  type SeoLake,
} from './support'

// ArticlePage reads draftMode() from next/headers, which needs a running Next server's request scope.
jest.mock('next/headers', () => ({draftMode: async () => ({isEnabled: false, enable() {}, disable() {}})}))

let site: SeoLake
beforeAll(async () => {
  site = await startSeoLake()
})
afterAll(() => site.close())

type Json = Record<string, unknown> & {'@type': string}

/**
 * Renders a page to HTML, as a browser would receive it, then lets the HTML parser find the
 * script elements: whatever escaped its tag would show up as extra elements here.
 */
async function htmlOf(page: ReactNode | Promise<ReactNode>) {
  const html = renderToStaticMarkup(await resolveServerTree(page))
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html')
}

function jsonLdOf(doc: Document): Json[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''))
}

const byType = (all: Json[], type: string) => all.filter((j) => j['@type'] === type)

const params = <T,>(p: T) => ({params: Promise.resolve(p)})

describe('article page', () => {
  test('NewsArticle: headline, dates, author, publisher, section, comments, citations', async () => {
    const [article] = byType(jsonLdOf(await htmlOf(ArticlePage(params({slug: SEED_SLUG})))), 'NewsArticle')
    expect(article).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'The Druk-NATO Nexus: Assessing Strategic Realignment in the Himalayas',
      description: expect.stringMatching(/^As Thimphu weighs NATO offers/),
      // The locator map at the three ratios Google asks of news articles, 1200 px wide.
      image: ['w=1200&h=675', 'w=1200&h=900', 'w=1200&h=1200'].map((size) =>
        expect.stringMatching(
          new RegExp(
            `^http://127\\.0\\.0\\.1:\\d+/images/local/production/[0-9a-f]{40}-1600x900\\.png\\?.*${size}&fit=crop`,
          ),
        ),
      ),
      datePublished: '2026-01-10T07:30:00Z',
      dateModified: '2026-01-10T07:30:00Z',
      author: [{'@type': 'Person', name: 'Karma Choden', url: `${SITE_URL}/authors/karma-choden`}],
      publisher: {
        '@type': 'Organization',
        name: 'The Meridian Review',
        url: `${SITE_URL}/`,
        logo: {'@type': 'ImageObject', url: `${SITE_URL}/icon.svg`},
      },
      mainEntityOfPage: {'@type': 'WebPage', '@id': `${SITE_URL}/articles/${SEED_SLUG}`},
      url: `${SITE_URL}/articles/${SEED_SLUG}`,
      articleSection: 'Geopolitics',
      keywords: ['Geopolitics', 'Security & Defence'],
      commentCount: 7,
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'International Institute for Strategic Studies (IISS)',
          url: 'https://www.iiss.org/',
        },
        {'@type': 'CreativeWork', name: 'Royal Bhutanese Army'},
      ],
    })
  })

  test('BreadcrumbList: home → section → article', async () => {
    const [trail] = byType(jsonLdOf(await htmlOf(ArticlePage(params({slug: SEED_SLUG})))), 'BreadcrumbList')
    expect(trail.itemListElement).toEqual([
      {'@type': 'ListItem', position: 1, name: 'Home', item: `${SITE_URL}/`},
      {'@type': 'ListItem', position: 2, name: 'Geopolitics', item: `${SITE_URL}/topics/geopolitics`},
      {
        '@type': 'ListItem',
        position: 3,
        name: 'The Druk-NATO Nexus: Assessing Strategic Realignment in the Himalayas',
        item: `${SITE_URL}/articles/${SEED_SLUG}`,
      },
    ])
  })

  test('a title with </script> stays inside its script element and round-trips exactly', async () => {
    const doc = await htmlOf(ArticlePage(params({slug: HOSTILE_SLUG})))
    // The title's own <script> never became an element: only the two JSON-LD scripts carry it.
    const scripts = [...doc.querySelectorAll('script')]
    expect(scripts.filter((s) => s.textContent?.includes('alert(1)')).map((s) => s.type)).toEqual([
      'application/ld+json',
      'application/ld+json',
    ])
    expect(scripts.some((s) => s.textContent === 'alert(1)')).toBe(false)
    const [article] = byType(jsonLdOf(doc), 'NewsArticle')
    expect(article.headline).toBe(HOSTILE_TITLE)
    expect(article.description).toBe(HOSTILE_DEK)
    expect(article.image).toEqual(
      ['h=675', 'h=900', 'h=1200'].map((height) =>
        expect.stringMatching(new RegExp(`${IMAGE_REF.replace(/^image-(.+)-jpg$/, '$1.jpg')}\\?.*w=1200&${height}&`)),
      ),
    )
    expect(article.articleSection).toBe('Security & Defence')
    expect(article.commentCount).toBe(0)
    // Cited twice, listed once; a source without a URL has a name only.
    expect(article.citation).toEqual([
      {'@type': 'CreativeWork', name: HOSTILE_SOURCE, url: HOSTILE_SOURCE_URL},
      {'@type': 'CreativeWork', name: 'Ministry of Records'},
    ])
  })
})

test('serializeJsonLd escapes what could end the script or trip a JavaScript parser', () => {
  const text = serializeJsonLd({'@type': 'Thing', name: '</script><!-- a & b > c \u2028 \u2029'})
  expect(text).not.toMatch(/[<>&\u2028\u2029]/)
  expect(text).toContain('\\u003c/script\\u003e\\u003c!--')
  expect(JSON.parse(text).name).toBe('</script><!-- a & b > c \u2028 \u2029')
})

test('author page: Person with profile links, and home → author', async () => {
  const all = jsonLdOf(await htmlOf(AuthorPage(params({slug: 'karma-choden'}))))
  const [person] = byType(all, 'Person')
  expect(person).toEqual({
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: 'Karma Choden',
    url: `${SITE_URL}/authors/karma-choden`,
    jobTitle: 'Senior Analyst, South Asia',
    description: expect.stringContaining('covers Himalayan politics'),
    image: expect.stringMatching(/\/images\/local\/production\/[0-9a-f]{40}-800x800\.png\?w=400&h=400&fit=crop/),
    // The mailto: link is contact, not an identity page.
    sameAs: ['https://karmachoden.example/'],
    worksFor: expect.objectContaining({'@type': 'Organization', name: 'The Meridian Review'}),
  })
  const [trail] = byType(all, 'BreadcrumbList')
  expect(trail.itemListElement).toEqual([
    {'@type': 'ListItem', position: 1, name: 'Home', item: `${SITE_URL}/`},
    {'@type': 'ListItem', position: 2, name: 'Karma Choden', item: `${SITE_URL}/authors/karma-choden`},
  ])
})

test('topic page: home → topic', async () => {
  const [trail] = byType(jsonLdOf(await htmlOf(TopicPage(params({slug: 'security-defence'})))), 'BreadcrumbList')
  expect(trail.itemListElement).toEqual([
    {'@type': 'ListItem', position: 1, name: 'Home', item: `${SITE_URL}/`},
    {'@type': 'ListItem', position: 2, name: 'Security & Defence', item: `${SITE_URL}/topics/security-defence`},
  ])
})

test('homepage: WebSite with a SearchAction on /search?q=', async () => {
  const [website] = byType(jsonLdOf(await htmlOf(HomePage())), 'WebSite')
  expect(website).toMatchObject({
    '@context': 'https://schema.org',
    name: 'The Meridian Review',
    url: `${SITE_URL}/`,
    potentialAction: {
      '@type': 'SearchAction',
      target: {'@type': 'EntryPoint', urlTemplate: `${SITE_URL}/search?q={search_term_string}`},
      'query-input': 'required name=search_term_string',
    },
  })
})
