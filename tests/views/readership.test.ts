/** @jest-environment node */
/**
 * The Studio's Readership tool, its data: each article's views over the last 7 and 30 days, read
 * with the tool's own queries from a real lake, and nothing else in what it reads.
 */
import {rmSync} from 'node:fs'
import {dirname} from 'node:path'
import {newViewsDoc} from '@/lib/views/documents'
import {
  READERSHIP_ROWS_QUERY,
  READERSHIP_TITLES_QUERY,
  daysAgo,
  summarize,
  type ReadershipRow,
} from '@/sanity/readership/readership'
import {startTestLake, type TestLake} from '../support/lake'

const TODAY = new Date('2026-03-01T15:00:00Z')
let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
  const tx = t.writer.transaction()
  tx.create({_id: 'article-a', _type: 'article', title: 'A', slug: {current: 'a'}, publishedAt: '2026-01-01T00:00:00Z'})
  tx.create({_id: 'article-b', _type: 'article', title: 'B', slug: {current: 'b'}, publishedAt: '2026-01-01T00:00:00Z'})
  const views: Array<[string, number, number]> = [
    ['article-a', 0, 5],
    ['article-a', 6, 7], // the 7th day of the week
    ['article-a', 7, 100], // the 8th: month only
    ['article-b', 29, 300], // the 30th day: month only
    ['article-b', 30, 9000], // the 31st: neither
  ]
  for (const [id, ago, count] of views) tx.create(newViewsDoc(id, daysAgo(TODAY, ago), count, 'f'))
  await tx.commit()
})
afterAll(async () => {
  await t.lake.close()
  rmSync(dirname(t.dataFile), {recursive: true, force: true})
})

test('views over 7 and 30 days per article, most read over 30 days first', async () => {
  const rows = await t.reader.fetch<ReadershipRow[]>(READERSHIP_ROWS_QUERY, {since: daysAgo(TODAY, 29)})
  expect(rows.every((row) => Object.keys(row).sort().join() === 'count,day,id')).toBe(true)
  expect(summarize(rows, TODAY)).toEqual([
    {id: 'article-b', week: 0, month: 300},
    {id: 'article-a', week: 12, month: 112},
  ])
  expect(await t.reader.fetch(READERSHIP_TITLES_QUERY, {ids: ['article-a', 'article-gone']})).toEqual([
    {_id: 'article-a', title: 'A', slug: 'a'},
  ])
})
