/** @jest-environment node */
import {getArticleBySlug, getRelatedByTopic} from '@/lib/queries/article'
import {SEED_SLUG, startSiteLake, type SiteLake} from '../support/site'

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

const slugsOf = (cards: {slug: string}[]) => cards.map((c) => c.slug)

test('an editor’s picks come back in the editor’s order', async () => {
  const article = await getArticleBySlug('indo-pacific-order-long-read')
  expect(slugsOf(article!.relatedPicks)).toEqual([
    'mekong-drought-diplomacy',
    'rupee-trade-settlement',
    'drone-doctrine-small-states',
  ])
})

test('without picks: the newest articles sharing a topic, never the article itself', async () => {
  const article = await getArticleBySlug(SEED_SLUG)
  expect(article!.relatedPicks).toEqual([])
  const related = await getRelatedByTopic(
    article!._id,
    article!.topics.map((t) => t._id),
  )
  // druk-nato-nexus is geopolitics + security-defence; these are the newest others in either.
  expect(slugsOf(related)).toEqual([
    'indo-pacific-order-long-read',
    'critical-minerals-clubs',
    'drone-doctrine-small-states',
  ])
  const dates = related.map((r) => r.publishedAt)
  expect([...dates].sort().reverse()).toEqual(dates)
})

test('the topic fallback never offers a draft', async () => {
  // The embargoed draft is in economy and would be the newest there.
  const related = await getRelatedByTopic('article-carbon-border-south-asia', ['topic-economy'], 10)
  expect(slugsOf(related)).toEqual([
    'chip-sovereignty',
    'critical-minerals-clubs',
    'bhutan-youth-emigration',
    'rupee-trade-settlement',
    'bhutan-hydropower-bargain',
  ])
})

test('no topics, no fallback', async () => {
  expect(await getRelatedByTopic('article-druk-nato-nexus', [])).toEqual([])
})

test('picks that point at the article itself or at an unpublished article are dropped', async () => {
  const ref = (id: string, key: string) => ({_type: 'reference', _ref: id, _key: key, _weak: true})
  await site.writer
    .patch('article-drone-doctrine-small-states')
    .set({
      related: [
        ref('article-drone-doctrine-small-states', 'self'),
        ref('article-embargoed-bhutan-budget-2026', 'draft'),
        ref('article-arctic-subsea-cables', 'ok'),
      ],
    })
    .commit()
  const article = await getArticleBySlug('drone-doctrine-small-states')
  expect(slugsOf(article!.relatedPicks)).toEqual(['arctic-subsea-cables'])
})
