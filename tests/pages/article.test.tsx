import {screen, within} from '@testing-library/react'
import type {ReactNode} from 'react'
import ArticlePage, {generateMetadata} from '@/app/(site)/articles/[slug]/page'
import {resolveServerTree, SEED_SLUG, startSiteLake, type SiteLake} from '../support/site'
import {renderPage} from './render'

// ArticlePage reads `draftMode()` from next/headers, which needs the request scope of a running
// Next server; here a reader's request (draft mode off) stands in for it. Lake and client are real.
jest.mock('next/headers', () => ({draftMode: async () => ({isEnabled: false, enable() {}, disable() {}})}))

// ArticlePage returns <ArticleView>, an async component React DOM cannot render when nested:
// resolveServerTree awaits it (and any async component inside it) before rendering.
let site: SiteLake
let page: ReactNode
beforeAll(async () => {
  site = await startSiteLake()
  page = await resolveServerTree(ArticlePage({params: Promise.resolve({slug: SEED_SLUG})}))
})
afterAll(() => site.close())
beforeEach(() => renderPage(page))

const article = () => document.querySelector('article.article') as HTMLElement
const statistic = (value: string) => screen.getByRole('complementary', {name: `Statistic: ${value}`})

test('headline, section, byline, date in Thimphu, reading time and comment count', () => {
  expect(screen.getByRole('heading', {level: 1})).toHaveTextContent(
    'The Druk-NATO Nexus: Assessing Strategic Realignment in the Himalayas',
  )
  const header = article().querySelector('header') as HTMLElement
  expect(within(header).getByRole('link', {name: 'Geopolitics'})).toHaveAttribute('href', '/topics/geopolitics')
  expect(within(header).getByRole('link', {name: 'Karma Choden'})).toHaveAttribute('href', '/authors/karma-choden')
  expect(within(header).getByText('January 10, 2026')).toHaveAttribute('dateTime', '2026-01-10T07:30:00Z')
  expect(header).toHaveTextContent('4 min read')
  expect(within(header).getByRole('link', {name: '7 Comments'})).toHaveAttribute('href', '#comments')
})

test('the four H2 sections carry anchor ids, and the contents link to them', () => {
  const sections = {
    'historical-context-a-legacy-of-symbiosis-and-security': 'Historical Context: A Legacy of Symbiosis and Security',
    'the-emerging-druk-nato-partnership': 'The Emerging Druk-NATO Partnership',
    'stakeholder-dynamics-and-motivations': 'Stakeholder Dynamics & Motivations',
    'short-term-and-long-term-projections': 'Short-Term & Long-Term Projections',
  }
  const bodyH2 = [...document.querySelectorAll('.article-body h2:not(.debate__title)')]
  expect(bodyH2.map((h) => [h.id, h.textContent])).toEqual(Object.entries(sections))
  const toc = screen.getByRole('navigation', {name: 'In this article'})
  expect(
    within(toc)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href')),
  ).toEqual(Object.keys(sections).map((id) => `#${id}`))
})

test('Dr. Sonam Topchen Wangdi is quoted with his credentials and the University of Delhi', () => {
  expect(
    screen.getByText(/inherently placed the country within India’s strategic orbit/).closest('blockquote'),
  ).toBeInTheDocument()
  const captions = [...document.querySelectorAll('figcaption')].map((f) => f.textContent)
  const wangdi =
    'Dr. Sonam Topchen Wangdi, geopolitical analyst specializing in Himalayan security, University of Delhi'
  expect(captions.filter((c) => c === wangdi)).toHaveLength(2)
})

test('the NATO official is quoted anonymously', () => {
  const quote = screen.getByText(/This is not an expansionist initiative/).closest('figure') as HTMLElement
  expect(quote.querySelector('figcaption')).toHaveTextContent(
    'A senior official within the NATO Secretariat, speaking on condition of anonymity',
  )
  expect(quote).toHaveClass('pullquote--anonymous')
})

test('37% cites the IISS with a link; 22% cites the Royal Bhutanese Army without one', () => {
  expect(
    within(statistic('37%')).getByRole('link', {name: 'International Institute for Strategic Studies (IISS)'}),
  ).toHaveAttribute('href', 'https://www.iiss.org/')
  expect(statistic('37%')).toHaveTextContent('December 2025')
  expect(statistic('22%')).toHaveTextContent('Source: Royal Bhutanese Army')
  expect(within(statistic('22%')).queryByRole('link')).toBeNull()
})

test('Reflection & Debate: the prompt and both questions', () => {
  const debate = screen.getByRole('region', {name: 'Reflection & Debate'})
  expect(debate).toHaveTextContent('a potent microcosm of the 21st-century geopolitical landscape')
  expect(
    within(debate)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    'What long-term strategies should NATO employ to manage its increasing presence in the Indo-Pacific?',
    'How will India respond to this shifting security landscape, and what steps can be taken to mitigate the risk of escalation?',
  ])
})

test('the author box', () => {
  const box = screen.getByRole('complementary', {name: 'About the author'})
  expect(within(box).getByRole('link', {name: 'Karma Choden'})).toHaveAttribute('href', '/authors/karma-choden')
  expect(box).toHaveTextContent('Senior Analyst, South Asia')
})

test('Related Posts: the newest sharing a topic, never this article', () => {
  const related = screen.getByRole('region', {name: 'Related Posts'})
  expect([...related.querySelectorAll('.card__title a')].map((a) => a.getAttribute('href'))).toEqual([
    '/articles/indo-pacific-order-long-read',
    '/articles/critical-minerals-clubs',
    '/articles/drone-doctrine-small-states',
  ])
})

test('Popular Articles beside it leaves this article out', () => {
  const popular = screen.getByRole('region', {name: 'Popular Articles'})
  expect(
    within(popular)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href')),
  ).toEqual([
    '/articles/indo-pacific-order-long-read',
    '/articles/drone-doctrine-small-states',
    '/articles/rupee-trade-settlement',
    '/articles/bhutan-hydropower-bargain',
  ])
})

test('metadata: the title and standfirst; nothing for an unknown slug', async () => {
  const metadata = await generateMetadata({params: Promise.resolve({slug: SEED_SLUG})})
  expect(metadata.title).toBe('The Druk-NATO Nexus: Assessing Strategic Realignment in the Himalayas')
  expect(metadata.description).toMatch(/^As Thimphu weighs NATO offers/)
  expect(await generateMetadata({params: Promise.resolve({slug: 'no-such-article'})})).toEqual({})
})
