/** @jest-environment node */
import {getAuthorPage} from '@/lib/queries/author'
import {getArticleBySlug} from '@/lib/queries/article'
import {getLatestArticles} from '@/lib/queries/latest'
import {getTopicPage} from '@/lib/queries/topic'
import {getPublicClient} from '@/lib/sanity/client'
import {startSiteLake, type SiteLake} from '../support/site'

const EMBARGOED = 'embargoed-bhutan-budget-2026'
const DRAFT_COUNT = 'count(*[_id in path("drafts.**")])'

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

test('the embargoed draft exists, for editors only', async () => {
  // Proves the draft is in the dataset, so the public checks below are not vacuous.
  // The embargoed article, a pending edit, and the 7 comments held for moderation (drafts until approved).
  expect(await site.reader.fetch(DRAFT_COUNT, {}, {perspective: 'raw'})).toBe(9)
  expect((await getArticleBySlug(EMBARGOED, true))?.title).toMatch(/^EMBARGOED/)
})

test('the site’s client sees no drafts at all', async () => {
  // Even asking for the raw dataset: without a token, drafts are not visible.
  expect(await getPublicClient().fetch(DRAFT_COUNT, {}, {perspective: 'raw'})).toBe(0)
  const embargoed = '*[slug.current == $slug][0].title'
  expect(await getPublicClient().fetch(embargoed, {slug: EMBARGOED}, {perspective: 'drafts'})).toBeNull()
  expect(await site.reader.fetch(embargoed, {slug: EMBARGOED}, {perspective: 'drafts'})).toMatch(/^EMBARGOED/)
  expect(await getArticleBySlug(EMBARGOED)).toBeNull()
})

test('a pending edit does not replace the published article', async () => {
  expect((await getArticleBySlug('mekong-drought-diplomacy'))?.title).toBe('Drought Diplomacy on the Mekong')
  expect((await getArticleBySlug('mekong-drought-diplomacy', true))?.title).toBe(
    'Drought Diplomacy on the Mekong: Data, Dams and Delta Farmers',
  )
})

test('drafts are in no list or count', async () => {
  const latest = await getLatestArticles(1, 50)
  expect(latest.total).toBe(13)
  expect(latest.articles.map((a) => a.slug)).not.toContain(EMBARGOED)
  // The embargoed piece is by David Okafor, in economy.
  expect((await getAuthorPage('david-okafor', 1))?.total).toBe(3)
  expect((await getTopicPage('economy', 1))?.total).toBe(6)
})
