/**
 * The article page with reads stored: "Top 5 This Week" beside "Popular Articles" in its aside,
 * ranked by the stored views (the article itself left out), and the view beacon for its own id.
 */
import {screen, within} from '@testing-library/react'
import ArticlePage from '@/app/(site)/articles/[slug]/page'
import {daysBefore, viewDay} from '@/lib/views/day'
import {newViewsDoc} from '@/lib/views/documents'
import {resolveServerTree, SEED_SLUG, startSiteLake, type SiteLake} from '../support/site'
import {renderPage} from '../pages/render'

jest.mock('next/headers', () => ({draftMode: async () => ({isEnabled: false, enable() {}, disable() {}})}))

const beacons: unknown[] = []
let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (...args: unknown[]) => beacons.push(args),
  })
  const today = viewDay(new Date())
  const reads: Array<[string, number]> = [
    ['rupee-trade-settlement', 40],
    [SEED_SLUG, 500], // the article being read: not listed on its own page
    ['arctic-subsea-cables', 25],
  ]
  for (const [slug, count] of reads)
    await site.writer.create(newViewsDoc(`article-${slug}`, daysBefore(today, 2), count, 't'))
  await renderPage(await resolveServerTree(ArticlePage({params: Promise.resolve({slug: SEED_SLUG})})))
})
afterAll(() => site.close())

const titles = (list: HTMLElement) =>
  within(list)
    .getAllByRole('link')
    .map((a) => a.getAttribute('href'))

test('Top 5 This Week: picks, then this week’s most read, without the article itself; then Popular by reads', () => {
  const aside = screen.getByRole('complementary', {name: 'More to read'})
  const [top, popular] = within(aside).getAllByRole('list')
  expect(
    within(aside)
      .getAllByRole('heading')
      .map((h) => h.textContent),
  ).toEqual(['Top 5 This Week', 'Popular Articles'])
  expect(titles(top)).toEqual([
    '/articles/indo-pacific-order-long-read',
    '/articles/drone-doctrine-small-states',
    '/articles/rupee-trade-settlement',
    '/articles/arctic-subsea-cables',
  ])
  expect(titles(popular).slice(0, 2)).toEqual(['/articles/rupee-trade-settlement', '/articles/arctic-subsea-cables'])
})

test('the page reports one view of its own article', () => {
  expect(beacons).toEqual([['/api/views', JSON.stringify({articleId: `article-${SEED_SLUG}`})]])
})
