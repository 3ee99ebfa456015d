/** @jest-environment node */
/**
 * The rankings by reads, on the sample edition in a real lake with `articleViews` documents as
 * the flush stores them: Top 5 This Week = editors' picks, then the most views of the last 7
 * days, then the most comments, then the newest; Popular = the most views of the last 30 days,
 * then the most comments.
 */
import {getPopularArticles, getTopFive} from '@/lib/queries/rankings'
import {daysBefore} from '@/lib/views/day'
import {newViewsDoc} from '@/lib/views/documents'
import {seedComment} from '../support/seedComment'
import {startSiteLake, type SiteLake} from '../support/site'

// Long after the sample edition's comments (January 2026): none of them is "this week".
const NOW = new Date('2026-03-01T12:00:00Z')
const TODAY = '2026-03-01'

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

/** `count` views of the article `daysAgo` days before today, added to what is stored. */
async function views(slug: string, daysAgo: number, count: number) {
  const doc = newViewsDoc(`article-${slug}`, daysBefore(TODAY, daysAgo), count, `test-${slug}-${daysAgo}`)
  const stored = await site.writer.getDocument(doc._id)
  await site.writer.createOrReplace({...doc, count: count + ((stored?.count as number) ?? 0)})
}

const slugsOf = (cards: {slug: string}[]) => cards.map((c) => c.slug)

test('with few reads this week: picks, the week’s most read, then the most discussed, then the newest', async () => {
  await views('arctic-subsea-cables', 0, 12)
  await seedComment(site.writer, {
    _id: 'comment-views-ranking-1',
    article: {_type: 'reference', _ref: 'article-bhutan-hydropower-bargain', _weak: true},
    authorName: 'Test Reader',
    body: 'A comment for the ranking test.',
    status: 'approved',
    createdAt: '2026-02-28T10:00:00Z',
  })
  expect(slugsOf(await getTopFive(NOW))).toEqual([
    'indo-pacific-order-long-read',
    'drone-doctrine-small-states',
    'arctic-subsea-cables',
    'bhutan-hydropower-bargain',
    'druk-nato-nexus',
  ])
})

test('reads of the last 7 days rank after the picks, most first, summed over the days; older reads do not count', async () => {
  await views('chip-sovereignty', 1, 20)
  await views('chip-sovereignty', 6, 10)
  await views('glacial-lakes-early-warning', 0, 13)
  // Eight days ago: outside the week however many.
  await views('mekong-drought-diplomacy', 7, 500)
  // A pick that is also read stays once, in its pick position.
  await views('indo-pacific-order-long-read', 0, 1000)
  expect(slugsOf(await getTopFive(NOW))).toEqual([
    'indo-pacific-order-long-read',
    'drone-doctrine-small-states',
    'chip-sovereignty',
    'glacial-lakes-early-warning',
    'arctic-subsea-cables',
  ])
})

test('reads of an article that is no longer public are skipped', async () => {
  await views('views-gone', 0, 5000)
  await site.writer.create({
    _id: 'article-views-unpublished',
    _type: 'article',
    title: 'Undated',
    slug: {_type: 'slug', current: 'views-unpublished'},
  })
  await views('views-unpublished', 0, 4000)
  const top = await getTopFive(NOW)
  expect(slugsOf(top)).toEqual([
    'indo-pacific-order-long-read',
    'drone-doctrine-small-states',
    'chip-sovereignty',
    'glacial-lakes-early-warning',
    'arctic-subsea-cables',
  ])
})

test('Popular: the most views of the last 30 days, then the most discussed while fewer have been read', async () => {
  // Thirty-one days ago: outside the window.
  await views('rupee-trade-settlement', 30, 9000)
  await views('rupee-trade-settlement', 29, 1)
  expect(slugsOf(await getPopularArticles(8, NOW))).toEqual([
    'indo-pacific-order-long-read', // 1000
    'mekong-drought-diplomacy', // 500, eight days ago
    'chip-sovereignty', // 30
    'glacial-lakes-early-warning', // 13
    'arctic-subsea-cables', // 12
    'rupee-trade-settlement', // 1
    // Then by approved comments (druk-nato-nexus has the most), each article once.
    'druk-nato-nexus',
    'drone-doctrine-small-states',
  ])
  expect(slugsOf(await getPopularArticles(3, NOW))).toEqual([
    'indo-pacific-order-long-read',
    'mekong-drought-diplomacy',
    'chip-sovereignty',
  ])
})

test('a flush’s increments move an article up without any other change', async () => {
  await views('arctic-subsea-cables', 0, 100)
  expect(slugsOf(await getTopFive(NOW)).slice(2, 4)).toEqual(['arctic-subsea-cables', 'chip-sovereignty'])
  expect(slugsOf(await getPopularArticles(2, NOW))).toEqual([
    'indo-pacific-order-long-read',
    'mekong-drought-diplomacy',
  ])
})
