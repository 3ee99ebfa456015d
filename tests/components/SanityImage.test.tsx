import {render} from '@testing-library/react'
import {ArticleHeader} from '@/components/article/ArticleHeader'
import {AuthorBox} from '@/components/article/AuthorBox'
import {ArticleCardView} from '@/components/cards/ArticleCardView'
import {RankedList} from '@/components/cards/RankedList'
import {SanityImage} from '@/components/SanityImage'
import type {Article} from '@/lib/queries/article'
import {securityHeaders} from '@/next.config'
import {card} from './fixtures'

const ASSET = 'image-0123456789abcdef0123456789abcdef01234567-1600x900-png'
const LQIP = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD'
const image = {alt: 'Locator map of Bhutan', assetRef: ASSET, crop: null, hotspot: null, lqip: LQIP}

/** The real picture of a rendered SanityImage (the other <img> is the placeholder). */
const picture = (container: HTMLElement) => container.querySelector<HTMLImageElement>('img.pic__img')!
const candidates = (img: HTMLImageElement) =>
  img
    .getAttribute('srcset')!
    .split(', ')
    .map((entry) => {
      const [url, descriptor] = entry.split(' ')
      return {url: new URL(url), width: Number(descriptor.replace(/w$/, ''))}
    })

test('a lead card: explicit width and height, srcset cut to 16:9, fetched first and eagerly', () => {
  const {container} = render(<ArticleCardView article={card('a', {image})} timeZone="UTC" variant="lead" />)
  const img = picture(container)
  expect(img).toHaveAttribute('width', '760')
  expect(img).toHaveAttribute('height', '428')
  expect(img).toHaveAttribute('fetchpriority', 'high')
  expect(img).toHaveAttribute('loading', 'eager')
  expect(img).toHaveAttribute('alt', 'Locator map of Bhutan')
  expect(img.getAttribute('sizes')).toMatch(/760px/)
  const set = candidates(img)
  expect(set.map((c) => c.width)).toEqual([320, 480, 640, 760, 800, 960, 1200, 1520])
  for (const {url, width} of set) {
    expect(url.pathname).toBe('/images/local/production/0123456789abcdef0123456789abcdef01234567-1600x900.png')
    expect(url.searchParams.get('w')).toBe(String(width))
    expect(url.searchParams.get('h')).toBe(String(Math.round((width * 9) / 16)))
    expect(url.searchParams.get('fit')).toBe('crop')
    expect(url.searchParams.get('auto')).toBe('format')
  }
  expect(new URL(img.getAttribute('src')!).searchParams.get('w')).toBe('760')
})

test('other cards load lazily, without a fetch priority', () => {
  const {container} = render(<ArticleCardView article={card('b', {image})} timeZone="UTC" />)
  const img = picture(container)
  expect(img).toHaveAttribute('loading', 'lazy')
  expect(img).not.toHaveAttribute('fetchpriority')
  expect(img).toHaveAttribute('width', '400')
  expect(img).toHaveAttribute('height', '225')
})

test('the lqip shows beneath, as a data: image hidden from screen readers', () => {
  const {container} = render(<ArticleCardView article={card('c', {image})} timeZone="UTC" />)
  const placeholder = container.querySelector('img.pic__lqip')!
  expect(placeholder).toHaveAttribute('src', LQIP)
  expect(placeholder).toHaveAttribute('alt', '')
  expect(placeholder).toHaveAttribute('aria-hidden', 'true')
  expect(placeholder).toHaveAttribute('width', '400')
  expect(placeholder).toHaveAttribute('height', '225')
  // No inline style anywhere: the site's CSP has no 'unsafe-inline' for styles.
  expect(container.querySelector('[style]')).toBeNull()
})

test("the site's CSP allows exactly data: images besides its own and the image CDN's, and no inline style", async () => {
  const rules = await securityHeaders({LAKE_URL: 'http://127.0.0.1:3333'})!()
  const csp = rules[0].headers.find((h) => h.key === 'Content-Security-Policy')!.value
  const directive = (name: string) =>
    csp
      .split('; ')
      .find((d) => d.startsWith(`${name} `))!
      .split(' ')
      .slice(1)
  expect(directive('img-src')).toEqual(["'self'", 'data:', 'http://127.0.0.1:3333'])
  expect(directive('style-src')).toEqual(["'self'"])
  expect(LQIP.startsWith('data:image/')).toBe(true)
})

test("the field's crop and hotspot reach the URLs; without a ratio the picture keeps its cropped shape", () => {
  const cropped = {
    ...image,
    crop: {top: 0, bottom: 0, left: 0.5, right: 0},
    hotspot: {x: 0.8, y: 0.5, width: 0.2, height: 0.2},
  }
  const {container} = render(<SanityImage image={cropped} alt="" width={400} sizes="400px" />)
  const img = picture(container)
  // The right half of 1600×900: 800×900.
  expect(img).toHaveAttribute('height', '450')
  const set = candidates(img)
  expect(set.every((c) => c.url.searchParams.get('rect') === '800,0,800,900')).toBe(true)
  // Never wider than the cropped source.
  expect(Math.max(...set.map((c) => c.width))).toBe(800)
})

test('Top 5 and Popular get small square thumbnails, decorative beside the headline', () => {
  const {container} = render(<RankedList id="t" title="Top 5 This Week" articles={[card('d', {image}), card('e')]} />)
  const thumbs = container.querySelectorAll<HTMLImageElement>('img.pic__img')
  expect(thumbs).toHaveLength(1)
  expect(thumbs[0]).toHaveAttribute('width', '72')
  expect(thumbs[0]).toHaveAttribute('height', '72')
  expect(thumbs[0]).toHaveAttribute('alt', '')
  expect(thumbs[0]).toHaveAttribute('loading', 'lazy')
  expect(candidates(thumbs[0]).map((c) => c.width)).toEqual([72, 108, 144])
  // So small a picture gets no lqip: it would add more to the page than it saves.
  expect(container.querySelector('img.pic__lqip')).toBeNull()
})

const article = (extra: Partial<Article> = {}): Article => ({
  _id: 'article-x',
  title: 'A title',
  slug: 'x',
  dek: null,
  publishedAt: '2026-01-01T06:00:00Z',
  updatedAt: null,
  correction: null,
  seo: null,
  image: {...image, caption: 'Bhutan sits between two giants.', credit: 'Map: The Meridian Review'},
  author: null,
  topics: [],
  body: [],
  relatedPicks: [],
  commentCount: 0,
  ...extra,
})

test('the featured image leads the article with its caption and credit, fetched first', () => {
  const {container} = render(<ArticleHeader article={article()} timeZone="UTC" minutes={3} />)
  const figure = container.querySelector('figure.article-figure')!
  const img = picture(figure as HTMLElement)
  expect(img).toHaveAttribute('fetchpriority', 'high')
  expect(img).toHaveAttribute('loading', 'eager')
  expect(img).toHaveAttribute('width', '720')
  expect(img).toHaveAttribute('height', '405')
  expect(figure.querySelector('figcaption')!.textContent).toBe(
    'Bhutan sits between two giants.Map: The Meridian Review',
  )
  expect(figure.querySelector('.article-figure__credit')!.textContent).toBe('Map: The Meridian Review')
})

test('no image, no figure and no <img>', () => {
  const {container} = render(<ArticleHeader article={article({image: null})} timeZone="UTC" minutes={3} />)
  expect(container.querySelector('img')).toBeNull()
  const cardView = render(<ArticleCardView article={card('f')} timeZone="UTC" />)
  expect(cardView.container.querySelector('img')).toBeNull()
})

test('the author box shows the portrait, square and lazy', () => {
  const photo = {...image, alt: 'Monogram of Karma Choden', assetRef: ASSET.replace('1600x900', '800x800')}
  const {container} = render(
    <AuthorBox author={{name: 'Karma Choden', slug: 'karma-choden', role: null, bio: null, photo}} />,
  )
  const img = picture(container)
  expect(img).toHaveAttribute('width', '96')
  expect(img).toHaveAttribute('height', '96')
  expect(img).toHaveAttribute('alt', 'Monogram of Karma Choden')
  expect(img).toHaveAttribute('loading', 'lazy')
  expect(candidates(img).every((c) => c.url.searchParams.get('h') === c.url.searchParams.get('w'))).toBe(true)
})
