/** @jest-environment node */
import type {ReactNode} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import ArticlePage from '@/app/(site)/articles/[slug]/page'
import AuthorPage from '@/app/(site)/authors/[slug]/page'
import HomePage from '@/app/(site)/page'
import sharp from 'sharp'
import {resolveServerTree, SEED_SLUG, startSiteLake, type SiteLake} from '../support/site'

// The pages as rendered on the sample edition, and every picture URL they hold asked of the real
// lake: each answers 200 with an image of the width its srcset descriptor promises.
jest.mock('next/headers', () => ({draftMode: async () => ({isEnabled: false, enable() {}, disable() {}})}))

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

const params = <T,>(p: T) => ({params: Promise.resolve(p)})
const htmlOf = async (page: ReactNode | Promise<ReactNode>) => renderToStaticMarkup(await resolveServerTree(page))

interface Img {
  tag: string
  attr: (name: string) => string | null
}
const imagesIn = (html: string): Img[] =>
  [...html.matchAll(/<img\b[^>]*>/g)].map(([tag]) => ({
    tag,
    attr: (name) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1]?.replace(/&amp;/g, '&') ?? null,
  }))
const candidates = (img: Img) =>
  (img.attr('srcset') ?? '')
    .split(', ')
    .filter(Boolean)
    .map((c) => ({url: c.split(' ')[0], width: Number(c.split(' ')[1].replace('w', ''))}))

test.each([
  ['home', () => HomePage()],
  ['article', () => ArticlePage(params({slug: SEED_SLUG}))],
  ['author', () => AuthorPage(params({slug: 'karma-choden'}))],
])(
  '%s: every picture has width, height and alt, and every srcset URL answers with its width',
  async (_name, page) => {
    const images = imagesIn(await htmlOf(page())).filter((img) => img.attr('class') === 'pic__img')
    expect(images.length).toBeGreaterThan(0)
    for (const img of images) {
      expect(img.attr('width')).toMatch(/^\d+$/)
      expect(img.attr('height')).toMatch(/^\d+$/)
      expect(img.attr('alt')).not.toBeNull()
      expect(img.attr('sizes')).toBeTruthy()
    }
    const all = new Map(images.flatMap((img) => candidates(img)).map((c) => [c.url, c.width]))
    expect(all.size).toBeGreaterThanOrEqual(images.length * 2)
    for (const [url, width] of all) {
      const res = await fetch(url, {headers: {accept: 'image/avif,image/webp,*/*'}})
      const data = Buffer.from(await res.arrayBuffer())
      expect({url, status: res.status, type: res.headers.get('content-type')}).toEqual({
        url,
        status: 200,
        type: expect.stringMatching(/^image\/(avif|webp)$/),
      })
      expect((await sharp(data).metadata()).width).toBe(width)
    }
  },
  120_000,
)

test('the article page leads with the featured map: caption, credit, priority; the author box has a portrait', async () => {
  const html = await htmlOf(ArticlePage(params({slug: SEED_SLUG})))
  const figure = /<figure class="article-figure">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? ''
  const [lqip, lead] = imagesIn(figure)
  expect(lqip.attr('src')).toMatch(/^data:image\/jpeg;base64,/)
  expect(lead.attr('fetchpriority')).toBe('high')
  expect(lead.attr('alt')).toMatch(/^Locator map of Bhutan/)
  expect(figure).toMatch(
    /<figcaption>Bhutan sits between .*<span class="article-figure__credit">Map: The Meridian Review/,
  )
  const portrait = imagesIn(html).find(
    (img) => img.attr('alt') === 'Monogram of Karma Choden: the initials drawn in white on a coloured ground',
  )
  expect(portrait?.attr('width')).toBe('96')
  expect(portrait?.attr('loading')).toBe('lazy')
})
