/** @jest-environment node */
/**
 * The moderation desk's bulk actions, through the real lake: approving or spamming many held
 * comments is ONE transaction, all or nothing; and the desk's lists stay quick with 10,000 held.
 */
import {PENDING_ARTICLES_QUERY, PENDING_PAGE_QUERY, moderateMany} from '@/sanity/moderation/bulkModeration'
import {commentDoc, minuteAt, volumeArticleDoc} from '../support/commentVolume'
import {startSiteLake, type SiteLake} from '../support/site'

let site: SiteLake
let heldBefore: number
const article = volumeArticleDoc('held-back')
const ids = Array.from({length: 30}, (_, i) => `comment-held-${String(i).padStart(2, '0')}`)

beforeAll(async () => {
  site = await startSiteLake()
  // The sample edition holds a few of its own.
  heldBefore = await site.reader.fetch(
    `count(*[_type == "comment" && _id in path("drafts.**") && status == "pending"])`,
    {},
    {perspective: 'raw'},
  )
  const tx = site.writer.transaction().createOrReplace(article)
  ids.forEach((id, i) => tx.create(commentDoc(article._id, id, minuteAt(i), undefined, 'pending')))
  await tx.commit()
})
afterAll(() => site.close())

const raw = () => site.writer.withConfig({perspective: 'raw'})

test('approve selected: one transaction publishes them all with status approved and removes their drafts', async () => {
  const chosen = ids.slice(0, 20)
  const {transactionId, count} = await moderateMany(raw(), chosen, 'approved')
  expect(count).toBe(20)
  const published = await site.anon.fetch<Array<{_id: string; _rev: string; status: string}>>(
    `*[_id in $ids]{_id, _rev, status}`,
    {ids: chosen},
  )
  expect(published).toHaveLength(20)
  // The lake's revision of a document is the id of the transaction that wrote it: one for all.
  expect(new Set(published.map((d) => d._rev))).toEqual(new Set([transactionId]))
  expect(published.every((d) => d.status === 'approved')).toBe(true)
  expect(await raw().fetch(`count(*[_id in $ids])`, {ids: chosen.map((id) => `drafts.${id}`)})).toBe(0)
})

test('spam selected: one transaction sets the status on the drafts, which stay private', async () => {
  const chosen = ids.slice(20, 25)
  const {transactionId} = await moderateMany(raw(), chosen, 'spam')
  const drafts = await raw().fetch<Array<{_rev: string; status: string}>>(`*[_id in $ids]{_rev, status}`, {
    ids: chosen.map((id) => `drafts.${id}`),
  })
  expect(drafts.map((d) => [d.status, d._rev])).toEqual(chosen.map(() => ['spam', transactionId]))
  expect(await site.anon.fetch(`count(*[_id in $ids])`, {ids: chosen})).toBe(0)
})

test('one comment changed since the moderator saw it: nothing is written', async () => {
  const chosen = ids.slice(25)
  const seen = Object.fromEntries(
    (
      await raw().fetch<Array<{_id: string; _rev: string}>>(`*[_id in $ids]{_id, _rev}`, {
        ids: chosen.map((id) => `drafts.${id}`),
      })
    ).map((d) => [d._id, d._rev]),
  )
  await site.writer.patch(`drafts.${chosen[2]}`).set({body: 'Edited by its author meanwhile, a changed text.'}).commit()
  await expect(moderateMany(raw(), chosen, 'approved', seen)).rejects.toThrow()
  expect(await site.anon.fetch(`count(*[_id in $ids])`, {ids: chosen})).toBe(0)
  expect(
    await raw().fetch(`count(*[_id in $ids && status == "pending"])`, {ids: chosen.map((id) => `drafts.${id}`)}),
  ).toBe(5)
})

// The times are printed, not asserted (a loaded CI machine would make them a coin toss).
test('the desk at 10,000 held comments: newest first, by article, with the counts', async () => {
  const other = volumeArticleDoc('held-back-2')
  await site.writer.createOrReplace(other)
  for (let b = 0; b < 10; b++) {
    const tx = site.writer.transaction()
    for (let i = 0; i < 1000; i++) {
      const n = b * 1000 + i
      tx.create(
        commentDoc(n % 2 ? other._id : article._id, `comment-flood-${n}`, minuteAt(1000 + n), undefined, 'pending'),
      )
    }
    await tx.commit({visibility: 'async'})
  }
  const timed = async <T>(run: () => Promise<T>) => {
    await run()
    const t0 = performance.now()
    const value = await run()
    return {value, ms: performance.now() - t0}
  }
  const stillHeld = await raw().fetch<number>(`count(*[_id in $ids && status == "pending"])`, {
    ids: ids.map((id) => `drafts.${id}`),
  })
  const page = await timed(() =>
    raw().fetch<Array<{_id: string; createdAt: string}>>(PENDING_PAGE_QUERY, {article: '', start: 0, end: 51}),
  )
  expect(page.value[0]._id).toBe('drafts.comment-flood-9999')
  const byArticle = await timed(() =>
    raw().fetch<Array<{_id: string}>>(PENDING_PAGE_QUERY, {article: other._id, start: 0, end: 51}),
  )
  expect(byArticle.value.map((c) => c._id).slice(0, 2)).toEqual([
    'drafts.comment-flood-9999',
    'drafts.comment-flood-9997',
  ])
  const articles = await timed(() =>
    raw().fetch<{total: number; articles: Array<{_id: string}>}>(PENDING_ARTICLES_QUERY),
  )
  expect(articles.value.total).toBe(heldBefore + stillHeld + 10_000)
  expect(articles.value.articles.map((a) => a._id)).toEqual(expect.arrayContaining([article._id, other._id]))
  console.log(
    `[moderation desk] ${articles.value.total} held: newest page ${page.ms.toFixed(0)} ms, by article ${byArticle.ms.toFixed(0)} ms, articles with counts ${articles.ms.toFixed(0)} ms`,
  )
}, 120_000)
