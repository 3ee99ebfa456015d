/** @jest-environment node */
import {getTopFive} from '@/lib/queries/rankings'
import {seedComment} from '../support/seedComment'
import {startSiteLake, type SiteLake} from '../support/site'

// Long after the sample edition's comments (January 2026): none of them is "this week".
const NOW = new Date('2026-03-01T12:00:00Z')
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 3600 * 1000).toISOString()

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

let n = 0
function comment(slug: string, status: string, createdAt: string) {
  return seedComment(site.writer, {
    _id: `comment-topfive-${++n}`,
    article: {_type: 'reference', _ref: `article-${slug}`, _weak: true},
    authorName: 'Test Reader',
    body: 'A comment for the ranking test.',
    status,
    createdAt,
  })
}

const slugsOf = (cards: {slug: string}[]) => cards.map((c) => c.slug)

test('with no recent comments: editors’ picks in their order, then the newest, each once', async () => {
  // indo-pacific-order-long-read is both a pick and among the five newest.
  expect(slugsOf(await getTopFive(NOW))).toEqual([
    'indo-pacific-order-long-read',
    'drone-doctrine-small-states',
    'druk-nato-nexus',
    'carbon-border-south-asia',
    'chip-sovereignty',
  ])
})

test('articles with approved comments in the last 7 days come after the picks, most active first', async () => {
  await comment('arctic-subsea-cables', 'approved', daysAgo(1))
  await comment('bhutan-hydropower-bargain', 'approved', daysAgo(2))
  await comment('bhutan-hydropower-bargain', 'approved', daysAgo(6))
  // A pick that is also active is still listed once, in its pick position.
  await comment('indo-pacific-order-long-read', 'approved', daysAgo(1))
  // Not activity: unapproved comments, and approved ones older than a week.
  for (const status of ['pending', 'spam', 'trash']) await comment('glacial-lakes-early-warning', status, daysAgo(1))
  await comment('mekong-drought-diplomacy', 'approved', daysAgo(8))
  await comment('mekong-drought-diplomacy', 'approved', daysAgo(9))

  const top = await getTopFive(NOW)
  expect(slugsOf(top)).toEqual([
    'indo-pacific-order-long-read',
    'drone-doctrine-small-states',
    'bhutan-hydropower-bargain',
    'arctic-subsea-cables',
    'druk-nato-nexus',
  ])
  expect(new Set(slugsOf(top)).size).toBe(top.length)
  // The ranking's working field does not leak into the cards.
  expect(top[2]).not.toHaveProperty('recent')
})

test('never more than five, however many articles are active', async () => {
  for (const slug of [
    'rupee-trade-settlement',
    'ai-election-campaigning',
    'chip-sovereignty',
    'critical-minerals-clubs',
  ]) {
    await comment(slug, 'approved', daysAgo(3))
  }
  const top = await getTopFive(NOW)
  // Equally active articles: the newest first (chip-sovereignty, then critical-minerals-clubs).
  expect(slugsOf(top)).toEqual([
    'indo-pacific-order-long-read',
    'drone-doctrine-small-states',
    'bhutan-hydropower-bargain',
    'chip-sovereignty',
    'critical-minerals-clubs',
  ])
})
