import {screen, within} from '@testing-library/react'
import ArchivePageN from '@/app/(site)/archive/[page]/page'
import ArchivePage from '@/app/(site)/archive/page'
import AuthorPage, {generateMetadata as authorMetadata} from '@/app/(site)/authors/[slug]/page'
import TopicPage from '@/app/(site)/topics/[slug]/page'
import {resolveServerTree, startSiteLake, type SiteLake} from '../support/site'
import {renderPage} from './render'

// Listing pages return an async listing component (AuthorListing, …): resolveServerTree awaits it.
let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

const cardLinks = () =>
  [...document.querySelectorAll('.article-list .card__title a')].map((a) => a.getAttribute('href'))

describe('author page', () => {
  beforeEach(async () => {
    await renderPage(await resolveServerTree(AuthorPage({params: Promise.resolve({slug: 'karma-choden'})})))
  })

  test('the profile: name, role, bio, links and article count', () => {
    expect(screen.getByRole('heading', {level: 1})).toHaveTextContent('Karma Choden')
    const profile = document.querySelector('.profile') as HTMLElement
    expect(profile).toHaveTextContent('Senior Analyst, South Asia')
    expect(profile).toHaveTextContent('covers Himalayan politics')
    expect(within(profile).getByRole('link', {name: 'Personal website'})).toHaveAttribute(
      'href',
      'https://karmachoden.example/',
    )
    expect(profile).toHaveTextContent('4 articles')
  })

  test('her articles, newest first, on one page', () => {
    expect(cardLinks()).toEqual([
      '/articles/druk-nato-nexus',
      '/articles/indo-pacific-order-long-read',
      '/articles/glacial-lakes-early-warning',
      '/articles/bhutan-youth-emigration',
    ])
    expect(screen.queryByRole('navigation', {name: 'Pages'})).toBeNull()
  })
})

test('author metadata: name and bio', async () => {
  const metadata = await authorMetadata({params: Promise.resolve({slug: 'elena-marsh'})})
  expect(metadata.title).toBe('Elena Marsh')
  expect(metadata.description).toMatch(/^Elena Marsh reports on military doctrine/)
})

test('topic page: title, description and its articles, newest first', async () => {
  await renderPage(await resolveServerTree(TopicPage({params: Promise.resolve({slug: 'security-defence'})})))
  expect(screen.getByRole('heading', {level: 1})).toHaveTextContent('Security & Defence')
  expect(screen.getByText(/^Armed forces, doctrine, defence industry/)).toBeInTheDocument()
  expect(cardLinks()).toEqual([
    '/articles/druk-nato-nexus',
    '/articles/indo-pacific-order-long-read',
    '/articles/drone-doctrine-small-states',
    '/articles/arctic-subsea-cables',
  ])
  expect(screen.queryByRole('navigation', {name: 'Pages'})).toBeNull()
})

test('archive page 1: twelve newest and the way to page 2', async () => {
  await renderPage(await resolveServerTree(ArchivePage()))
  expect(screen.getByText('All 13 articles, newest first.')).toBeInTheDocument()
  expect(cardLinks()).toHaveLength(12)
  expect(cardLinks()[0]).toBe('/articles/druk-nato-nexus')
  const pages = screen.getByRole('navigation', {name: 'Pages'})
  expect(pages).toHaveTextContent('Page 1 of 2')
  expect(within(pages).queryByRole('link', {name: /Newer/})).toBeNull()
  expect(within(pages).getByRole('link', {name: /Older/})).toHaveAttribute('href', '/archive/2')
})

test('archive page 2: the oldest article and the way back', async () => {
  await renderPage(await resolveServerTree(ArchivePageN({params: Promise.resolve({page: '2'})})))
  expect(cardLinks()).toEqual(['/articles/bhutan-hydropower-bargain'])
  const pages = screen.getByRole('navigation', {name: 'Pages'})
  expect(pages).toHaveTextContent('Page 2 of 2')
  expect(within(pages).getByRole('link', {name: /Newer/})).toHaveAttribute('href', '/archive')
  expect(within(pages).queryByRole('link', {name: /Older/})).toBeNull()
})
