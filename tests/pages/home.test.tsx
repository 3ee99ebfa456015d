import {screen, within} from '@testing-library/react'
import type {ReactNode} from 'react'
import HomePage from '@/app/(site)/page'
import {startSiteLake, type SiteLake} from '../support/site'
import {renderPage} from './render'

// HomePage ranks "this week" from the real clock. The sample's comments are from January 2026, so
// the only recent activity is the comment added here.
let site: SiteLake
let page: ReactNode
beforeAll(async () => {
  site = await startSiteLake()
  await site.writer.create({
    _type: 'comment',
    article: {_type: 'reference', _ref: 'article-arctic-subsea-cables', _weak: true},
    authorName: 'Recent Reader',
    body: 'Commented within the week.',
    status: 'approved',
    createdAt: new Date(Date.now() - 3600_000).toISOString(),
  })
  page = await HomePage()
})
afterAll(() => site.close())
// Testing Library unmounts after each test: fetch once, render for each.
// HomePage has no nested async components, so React DOM renders its output as it is.
beforeEach(() => renderPage(page))

const linksIn = (name: string) =>
  within(screen.getByRole('region', {name}))
    .getAllByRole('link')
    .map((a) => a.getAttribute('href'))

test('the page is titled for the publication', () => {
  expect(screen.getByRole('heading', {level: 1})).toHaveTextContent('The Meridian Review: latest news and analysis')
})

test('the lead story is the newest article, the seed', () => {
  const lead = document.querySelector('.card--lead') as HTMLElement
  expect(within(lead).getByRole('heading', {level: 2})).toHaveTextContent(
    'The Druk-NATO Nexus: Assessing Strategic Realignment in the Himalayas',
  )
  expect(within(lead).getByRole('link', {name: /Druk-NATO Nexus/})).toHaveAttribute('href', '/articles/druk-nato-nexus')
  expect(lead).toHaveTextContent('By Karma Choden')
  expect(lead).toHaveTextContent('January 10, 2026')
  expect(lead).toHaveTextContent('7 Comments')
})

test('"Latest" lists the next six, newest first, and links the archive', () => {
  const latest = screen.getByRole('region', {name: 'Latest'})
  expect(
    within(latest)
      .getAllByRole('heading', {level: 3})
      .map((h) => h.querySelector('a')?.getAttribute('href')),
  ).toEqual([
    '/articles/carbon-border-south-asia',
    '/articles/chip-sovereignty',
    '/articles/indo-pacific-order-long-read',
    '/articles/glacial-lakes-early-warning',
    '/articles/critical-minerals-clubs',
    '/articles/bhutan-youth-emigration',
  ])
  expect(within(latest).getByRole('link', {name: /archive/})).toHaveAttribute('href', '/archive')
})

test('Top 5 This Week: editors’ picks, then this week’s active article, then the newest', () => {
  expect(linksIn('Top 5 This Week')).toEqual([
    '/articles/indo-pacific-order-long-read',
    '/articles/drone-doctrine-small-states',
    '/articles/arctic-subsea-cables',
    '/articles/druk-nato-nexus',
    '/articles/carbon-border-south-asia',
  ])
})

test('Popular Articles: by approved comments, with the counts', () => {
  const items = within(screen.getByRole('region', {name: 'Popular Articles'})).getAllByRole('listitem')
  expect(
    items.map((li) => [li.querySelector('a')?.getAttribute('href'), li.querySelector('.ranked__meta')?.textContent]),
  ).toEqual([
    ['/articles/druk-nato-nexus', '7 Comments'],
    ['/articles/indo-pacific-order-long-read', '5 Comments'],
    ['/articles/drone-doctrine-small-states', '4 Comments'],
    ['/articles/rupee-trade-settlement', '3 Comments'],
    ['/articles/bhutan-hydropower-bargain', '2 Comments'],
  ])
})

test('a block per topic, alphabetical, each with its four newest', () => {
  const blocks = [...document.querySelectorAll<HTMLElement>('.topic-block')]
  expect(blocks.map((b) => b.querySelector('h2')?.textContent)).toEqual([
    'Climate & Energy',
    'Economy',
    'Geopolitics',
    'Security & Defence',
    'Society & Governance',
    'Technology',
  ])
  const geopolitics = blocks[2]
  expect(geopolitics.querySelector('h2 a')).toHaveAttribute('href', '/topics/geopolitics')
  expect([...geopolitics.querySelectorAll('.card__title a')].map((a) => a.getAttribute('href'))).toEqual([
    '/articles/druk-nato-nexus',
    '/articles/indo-pacific-order-long-read',
    '/articles/critical-minerals-clubs',
    '/articles/mekong-drought-diplomacy',
  ])
})

test('no draft reaches the homepage', () => {
  expect(document.body).not.toHaveTextContent(/EMBARGOED|Data, Dams and Delta Farmers/)
})
