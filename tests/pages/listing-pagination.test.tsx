import {screen, within} from '@testing-library/react'
import AuthorPageN from '@/app/(site)/authors/[slug]/page/[page]/page'
import AuthorPage from '@/app/(site)/authors/[slug]/page'
import TopicPageN from '@/app/(site)/topics/[slug]/page/[page]/page'
import {addArticles, expectNotFound, resolveServerTree, startSiteLake, type SiteLake} from '../support/site'
import {renderPage} from './render'

// Elena Marsh has 2 sample articles, technology has 5; 11 more make both span two pages. The
// first extra one is published at 20:00 UTC on 1 February: 2 February in Thimphu.
let site: SiteLake
let added: string[]
beforeAll(async () => {
  site = await startSiteLake()
  added = await addArticles(site, 11, {
    author: 'elena-marsh',
    topics: ['technology'],
    prefix: 'paging',
    firstPublishedAt: '2026-02-01T20:00:00Z',
  })
})
afterAll(() => site.close())

const cardLinks = () =>
  [...document.querySelectorAll('.article-list .card__title a')].map((a) => a.getAttribute('href'))
const article = (slug: string) => `/articles/${slug}`
const pages = () => screen.getByRole('navigation', {name: 'Pages'})

test('author page 1: ten newest, "Older" to page 2, no "Newer"', async () => {
  await renderPage(await resolveServerTree(AuthorPage({params: Promise.resolve({slug: 'elena-marsh'})})))
  expect(screen.getByText('13 articles')).toBeInTheDocument()
  expect(cardLinks()).toEqual(added.slice(0, 10).map(article))
  expect(pages()).toHaveTextContent('Page 1 of 2')
  expect(within(pages()).queryByRole('link', {name: /Newer/})).toBeNull()
  expect(within(pages()).getByRole('link', {name: /Older/})).toHaveAttribute('href', '/authors/elena-marsh/page/2')
})

test('author page 2: the rest, "Newer" back to the plain URL, no "Older"', async () => {
  await renderPage(await resolveServerTree(AuthorPageN({params: Promise.resolve({slug: 'elena-marsh', page: '2'})})))
  expect(cardLinks()).toEqual([added[10], 'drone-doctrine-small-states', 'arctic-subsea-cables'].map(article))
  expect(pages()).toHaveTextContent('Page 2 of 2')
  expect(within(pages()).getByRole('link', {name: /Newer/})).toHaveAttribute('href', '/authors/elena-marsh')
  expect(within(pages()).queryByRole('link', {name: /Older/})).toBeNull()
  // Dates are the publication's: 20:00 UTC on 1 February is already 2 February in Thimphu.
  const first = document.querySelector('.article-list .card') as HTMLElement
  expect(within(first).getByText('February 2, 2026')).toHaveAttribute('dateTime', '2026-02-01T20:00:00.000Z')
})

test('topic page 2: the sample’s technology articles after the new ones', async () => {
  await renderPage(await resolveServerTree(TopicPageN({params: Promise.resolve({slug: 'technology', page: '2'})})))
  expect(cardLinks()).toEqual(
    [
      added[10],
      'chip-sovereignty',
      'critical-minerals-clubs',
      'drone-doctrine-small-states',
      'ai-election-campaigning',
      'arctic-subsea-cables',
    ].map(article),
  )
  expect(pages()).toHaveTextContent('Page 2 of 2')
  expect(within(pages()).getByRole('link', {name: /Newer/})).toHaveAttribute('href', '/topics/technology')
})

test('page 3 of either does not exist', async () => {
  await expectNotFound(resolveServerTree(AuthorPageN({params: Promise.resolve({slug: 'elena-marsh', page: '3'})})))
  await expectNotFound(resolveServerTree(TopicPageN({params: Promise.resolve({slug: 'technology', page: '3'})})))
})
