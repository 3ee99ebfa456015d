/** @jest-environment node */
import {getPopularArticles} from '@/lib/queries/rankings'
import {seedComment} from '../support/seedComment'
import {startSiteLake, type SiteLake} from '../support/site'

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

const ranking = async (limit?: number) => (await getPopularArticles(limit)).map((a) => [a.slug, a.commentCount])

test('most approved comments first; pending, spam and trash do not count', async () => {
  // druk-nato-nexus also has a pending and a trashed comment, drone-doctrine a spam one.
  expect(await ranking(10)).toEqual([
    ['druk-nato-nexus', 7],
    ['indo-pacific-order-long-read', 5],
    ['drone-doctrine-small-states', 4],
    ['rupee-trade-settlement', 3],
    ['bhutan-hydropower-bargain', 2],
    ['chip-sovereignty', 1],
  ])
  // ai-election-campaigning has comments, but only pending and spam ones: it is not popular.
})

test('five by default', async () => {
  expect((await ranking()).map(([slug]) => slug)).toEqual([
    'druk-nato-nexus',
    'indo-pacific-order-long-read',
    'drone-doctrine-small-states',
    'rupee-trade-settlement',
    'bhutan-hydropower-bargain',
  ])
})

test('new unapproved comments change nothing; approved ones move an article up', async () => {
  const add = (status: string, i: number) =>
    seedComment(site.writer, {
      _id: `comment-popular-${status}-${i}`,
      article: {_type: 'reference', _ref: 'article-chip-sovereignty', _weak: true},
      authorName: 'Test Reader',
      body: 'Counting test.',
      status,
      createdAt: new Date().toISOString(),
    })
  for (let i = 0; i < 3; i++) for (const status of ['pending', 'spam', 'trash']) await add(status, i)
  expect((await ranking(10)).at(-1)).toEqual(['chip-sovereignty', 1])

  for (let i = 0; i < 5; i++) await add('approved', i)
  expect(await ranking(3)).toEqual([
    ['druk-nato-nexus', 7],
    ['chip-sovereignty', 6],
    ['indo-pacific-order-long-read', 5],
  ])
})
