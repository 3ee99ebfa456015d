/** @jest-environment node */
import {LIST_PAGE_SIZE, getAuthorPage} from '@/lib/queries/author'
import {ARCHIVE_PAGE_SIZE, getLatestArticles} from '@/lib/queries/latest'
import {getTopicPage} from '@/lib/queries/topic'
import {addArticles, startSiteLake, type SiteLake} from '../support/site'

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

const slugsOf = (page: {articles: {slug: string}[]} | null) => page?.articles.map((a) => a.slug)

test('page sizes are the ones the pages are built for', () => {
  expect([LIST_PAGE_SIZE, ARCHIVE_PAGE_SIZE]).toEqual([10, 12])
})

describe('the sample edition', () => {
  test('archive: 12 on page 1, the oldest alone on page 2, nothing beyond; the total everywhere', async () => {
    const [p1, p2, p3] = await Promise.all([getLatestArticles(1), getLatestArticles(2), getLatestArticles(3)])
    expect(p1.articles).toHaveLength(12)
    expect(p1.articles[0].slug).toBe('druk-nato-nexus')
    expect(slugsOf(p2)).toEqual(['bhutan-hydropower-bargain'])
    expect(p3.articles).toEqual([])
    expect([p1.total, p2.total, p3.total]).toEqual([13, 13, 13])
  })

  test('author: newest first, one page; page 2 is empty with the same total', async () => {
    const p1 = await getAuthorPage('karma-choden', 1)
    expect(slugsOf(p1)).toEqual([
      'druk-nato-nexus',
      'indo-pacific-order-long-read',
      'glacial-lakes-early-warning',
      'bhutan-youth-emigration',
    ])
    expect(p1?.total).toBe(4)
    const p2 = await getAuthorPage('karma-choden', 2)
    expect(p2?.articles).toEqual([])
    expect(p2?.total).toBe(4)
  })

  test('topic: newest first, one page; page 2 is empty with the same total', async () => {
    const p1 = await getTopicPage('geopolitics', 1)
    expect(slugsOf(p1)).toEqual([
      'druk-nato-nexus',
      'indo-pacific-order-long-read',
      'critical-minerals-clubs',
      'mekong-drought-diplomacy',
      'rupee-trade-settlement',
    ])
    expect((await getTopicPage('geopolitics', 2))?.articles).toEqual([])
  })

  test('unknown author or topic: null, not an empty page', async () => {
    expect(await getAuthorPage('nobody', 1)).toBeNull()
    expect(await getTopicPage('nothing', 1)).toBeNull()
  })
})

describe('with more articles than a page holds', () => {
  let added: string[]
  beforeAll(async () => {
    added = await addArticles(site, 8, {author: 'karma-choden', topics: ['geopolitics'], prefix: 'paging'})
  })

  test('author: 10 on page 1, the rest on page 2, nothing on page 3', async () => {
    const [p1, p2, p3] = await Promise.all([1, 2, 3].map((n) => getAuthorPage('karma-choden', n)))
    expect(slugsOf(p1)).toEqual([...added, 'druk-nato-nexus', 'indo-pacific-order-long-read'])
    expect(slugsOf(p2)).toEqual(['glacial-lakes-early-warning', 'bhutan-youth-emigration'])
    expect(p3?.articles).toEqual([])
    expect([p1?.total, p2?.total, p3?.total]).toEqual([12, 12, 12])
  })

  test('topic: 10 on page 1, the rest on page 2, nothing on page 3', async () => {
    const [p1, p2, p3] = await Promise.all([1, 2, 3].map((n) => getTopicPage('geopolitics', n)))
    expect(slugsOf(p1)).toEqual([...added, 'druk-nato-nexus', 'indo-pacific-order-long-read'])
    expect(slugsOf(p2)).toEqual(['critical-minerals-clubs', 'mekong-drought-diplomacy', 'rupee-trade-settlement'])
    expect(p3?.articles).toEqual([])
    expect(p1?.total).toBe(13)
  })

  test('archive: the rest on page 2, then nothing', async () => {
    const [p2, p3] = await Promise.all([getLatestArticles(2), getLatestArticles(3)])
    expect(p2.articles).toHaveLength(9)
    expect(p2.articles.at(-1)?.slug).toBe('bhutan-hydropower-bargain')
    expect(p3.articles).toEqual([])
    expect(p3.total).toBe(21)
  })
})
