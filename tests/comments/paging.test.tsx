import {screen, within} from '@testing-library/react'
import CommentsPage from '@/app/(site)/articles/[slug]/comments/[page]/page'
import {CommentsSection} from '@/components/comments/CommentsSection'
import {getThreadPage} from '@/lib/queries/commentPages'
import {commentDoc, minuteAt, replyId, rootId, seedVolumeArticle, type VolumeArticle} from '../support/commentVolume'
import {expectNotFound, resolveServerTree, startSiteLake, type SiteLake} from '../support/site'
import {renderPage} from '../pages/render'

jest.mock('next/headers', () => ({draftMode: async () => ({isEnabled: false, enable() {}, disable() {}})}))

let site: SiteLake
let fifty: VolumeArticle
let fiftyOne: VolumeArticle
beforeAll(async () => {
  site = await startSiteLake()
  fifty = await seedVolumeArticle(site.writer, {slug: 'fifty-threads', threads: 50, repliesPerThread: 1})
  fiftyOne = await seedVolumeArticle(site.writer, {slug: 'fifty-one-threads', threads: 51, repliesPerThread: 2})
  // A reply to the first thread, written after the 51st thread: it belongs on page 1 all the same,
  // and a reply to the 51st thread's reply (third level) on page 2.
  await site.writer
    .transaction()
    .create(
      commentDoc(
        fiftyOne.articleId,
        replyId('fifty-one-threads', 0, 9),
        minuteAt(10_000),
        rootId('fifty-one-threads', 0),
      ),
    )
    .create(
      commentDoc(
        fiftyOne.articleId,
        replyId('fifty-one-threads', 50, 9),
        minuteAt(10_001),
        replyId('fifty-one-threads', 50, 0),
      ),
    )
    .commit()
})
afterAll(() => site.close())

const topLevelIds = () =>
  Array.from(document.querySelectorAll('ol.comment-list:not(.comment-list--replies) > li')).map((li) => li.id)
const params = (slug: string, page: string) => ({params: Promise.resolve({slug, page})})

async function renderSection(a: VolumeArticle, commentCount: number) {
  await renderPage(
    await resolveServerTree(
      CommentsSection({articleId: a.articleId, articleSlug: a.slug, commentCount, timeZone: 'UTC'}),
    ),
  )
}

test('exactly 50 threads: all on the article, no "Show more", no page 2', async () => {
  await renderSection(fifty, fifty.total)
  expect(topLevelIds()).toEqual(fifty.roots)
  expect(screen.queryByRole('link', {name: 'Show more comments'})).toBeNull()
  expect(screen.getByRole('heading', {name: '100 Comments'})).toBeInTheDocument()
  await expectNotFound(CommentsPage(params('fifty-threads', '2')))
})

test('51 threads: 50 on the article and "Show more comments" links to page 2, which holds the 51st', async () => {
  await renderSection(fiftyOne, fiftyOne.total + 2)
  expect(topLevelIds()).toEqual(fiftyOne.roots.slice(0, 50))
  expect(screen.getByRole('link', {name: 'Show more comments'})).toHaveAttribute(
    'href',
    '/articles/fifty-one-threads/comments/2',
  )
  document.body.innerHTML = ''

  await renderPage(await resolveServerTree(CommentsPage(params('fifty-one-threads', '2'))))
  expect(topLevelIds()).toEqual([fiftyOne.roots[50]])
  const pager = screen.getByRole('navigation', {name: 'Comment pages'})
  expect(within(pager).getByRole('link', {name: '← Previous page'})).toHaveAttribute('rel', 'prev')
  expect(within(pager).getByRole('link', {name: '← Previous page'})).toHaveAttribute(
    'href',
    '/articles/fifty-one-threads#comments',
  )
  expect(within(pager).queryByRole('link', {name: /Next page/})).toBeNull()
  await expectNotFound(CommentsPage(params('fifty-one-threads', '3')))
})

test('a late reply travels with its thread: on page 1 under the first thread, not on page 2', async () => {
  const page1 = await getThreadPage(fiftyOne.articleId, 1, 50, 'oldest')
  expect(page1.threads[0].replies.map((r) => r._id)).toEqual([
    replyId('fifty-one-threads', 0, 0),
    replyId('fifty-one-threads', 0, 9),
  ])
  expect(page1.threads[0].replies[0].replies.map((r) => r._id)).toEqual([replyId('fifty-one-threads', 0, 1)])
  const page2 = await getThreadPage(fiftyOne.articleId, 2, 50, 'oldest')
  expect(page2.threads).toHaveLength(1)
  // Third level: the reply to the 51st thread's first reply.
  expect(page2.threads[0].replies[0].replies.map((r) => r._id)).toEqual([
    replyId('fifty-one-threads', 50, 1),
    replyId('fifty-one-threads', 50, 9),
  ])
})

test('newest first: page 1 holds the newest threads, page 2 the oldest', async () => {
  const page1 = await getThreadPage(fiftyOne.articleId, 1, 50, 'newest')
  expect(page1.threads.map((t) => t._id)).toEqual(fiftyOne.roots.slice(1).reverse())
  expect((await getThreadPage(fiftyOne.articleId, 2, 50, 'newest')).threads.map((t) => t._id)).toEqual([
    fiftyOne.roots[0],
  ])
})

test('/comments/1 redirects to the article’s comments', async () => {
  let digest = ''
  try {
    await CommentsPage(params('fifty-one-threads', '1'))
  } catch (e) {
    digest = (e as {digest?: string}).digest ?? ''
  }
  expect(digest).toContain('/articles/fifty-one-threads#comments')
  expect(digest).toContain('308')
})
