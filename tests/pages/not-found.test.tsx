import ArchivePageN from '@/app/(site)/archive/[page]/page'
import ArticlePage from '@/app/(site)/articles/[slug]/page'
import AuthorPageN from '@/app/(site)/authors/[slug]/page/[page]/page'
import AuthorPage from '@/app/(site)/authors/[slug]/page'
import TopicPageN from '@/app/(site)/topics/[slug]/page/[page]/page'
import TopicPage from '@/app/(site)/topics/[slug]/page'
import {expectNotFound, resolveServerTree, SEED_SLUG, startSiteLake, type SiteLake} from '../support/site'

// ArticlePage reads `draftMode()` from next/headers, which needs the request scope of a running
// Next server; here a reader's request (draft mode off) stands in for it. Lake and client are real.
jest.mock('next/headers', () => ({draftMode: async () => ({isEnabled: false, enable() {}, disable() {}})}))

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

const params = <P,>(p: P) => ({params: Promise.resolve(p)})

test('the check itself: a real page does not throw', async () => {
  await expect(resolveServerTree(ArticlePage(params({slug: SEED_SLUG})))).resolves.toBeTruthy()
  await expect(expectNotFound(resolveServerTree(ArticlePage(params({slug: SEED_SLUG}))))).rejects.toThrow()
})

test('an unknown article slug', async () => {
  await expectNotFound(ArticlePage(params({slug: 'no-such-article'})))
})

test('a draft’s slug, even an existing one', async () => {
  await expectNotFound(ArticlePage(params({slug: 'embargoed-bhutan-budget-2026'})))
})

test('an unknown author or topic', async () => {
  await expectNotFound(resolveServerTree(AuthorPage(params({slug: 'nobody'}))))
  await expectNotFound(resolveServerTree(TopicPage(params({slug: 'nothing'}))))
})

test('a page number past the last page', async () => {
  // Karma Choden has 4 articles and geopolitics 5: one page each; the archive's 13 make two.
  await expectNotFound(resolveServerTree(AuthorPageN(params({slug: 'karma-choden', page: '2'}))))
  await expectNotFound(resolveServerTree(TopicPageN(params({slug: 'geopolitics', page: '2'}))))
  await expectNotFound(resolveServerTree(ArchivePageN(params({page: '3'}))))
  await expect(resolveServerTree(ArchivePageN(params({page: '2'})))).resolves.toBeTruthy()
})

test.each(['0', '01', '-1', 'two', '1.5'])('a page number that is not one: %j', async (page) => {
  await expectNotFound(resolveServerTree(ArchivePageN(params({page}))))
  await expectNotFound(resolveServerTree(AuthorPageN(params({slug: 'karma-choden', page}))))
})
