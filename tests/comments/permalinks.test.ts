/** @jest-environment node */
import {GET as permalink} from '@/app/(site)/articles/[slug]/comment/[commentId]/route'
import {commentDoc, minuteAt, replyId, rootId, seedVolumeArticle, type VolumeArticle} from '../support/commentVolume'
import {startSiteLake, type SiteLake} from '../support/site'

/** Every comment's lasting URL redirects to the page that holds its thread now. */
let site: SiteLake
let fifty: VolumeArticle
beforeAll(async () => {
  site = await startSiteLake()
  fifty = await seedVolumeArticle(site.writer, {slug: 'fifty-threads', threads: 50, repliesPerThread: 1})
  const a = await seedVolumeArticle(site.writer, {slug: 'fifty-one-threads', threads: 51, repliesPerThread: 2})
  await site.writer
    .transaction()
    .create(
      commentDoc(a.articleId, replyId('fifty-one-threads', 0, 9), minuteAt(10_000), rootId('fifty-one-threads', 0)),
    )
    .create(
      commentDoc(
        a.articleId,
        replyId('fifty-one-threads', 50, 9),
        minuteAt(10_001),
        replyId('fifty-one-threads', 50, 0),
      ),
    )
    .commit()
})
afterAll(() => site.close())

describe('permalinks', () => {
  const go = async (slug: string, commentId: string) => {
    const res = await permalink(new Request(`http://localhost/articles/${slug}/comment/${commentId}`), {
      params: Promise.resolve({slug, commentId}),
    })
    return {status: res.status, location: res.headers.get('location')}
  }

  test.each([
    ['a thread on page 1', () => rootId('fifty-one-threads', 3), '/articles/fifty-one-threads#'],
    ['a late reply on page 1', () => replyId('fifty-one-threads', 0, 9), '/articles/fifty-one-threads#'],
    ['the thread on page 2', () => rootId('fifty-one-threads', 50), '/articles/fifty-one-threads/comments/2#'],
    [
      'a third-level reply on page 2',
      () => replyId('fifty-one-threads', 50, 9),
      '/articles/fifty-one-threads/comments/2#',
    ],
  ])('%s → 307 to its page, with its element id', async (_label, id, path) => {
    expect(await go('fifty-one-threads', id())).toEqual({status: 307, location: `${path}${id()}`})
  })

  test('a comment that moved to a later page since the link was shared redirects to where it is now', async () => {
    const slug = 'moving-threads'
    const a = await seedVolumeArticle(site.writer, {slug, threads: 50})
    const last = rootId(slug, 49)
    expect((await go(slug, last)).location).toBe(`/articles/${slug}#${last}`)
    // An earlier comment approved late pushes the 50th thread onto page 2.
    await site.writer.create(commentDoc(a.articleId, `comment-${slug}-late`, minuteAt(-5)))
    expect((await go(slug, last)).location).toBe(`/articles/${slug}/comments/2#${last}`)
  })

  test('unknown, pending, other-article and malformed ids → 404', async () => {
    await site.writer.create(commentDoc(fifty.articleId, 'comment-fifty-pending', minuteAt(1), undefined, 'pending'))
    for (const [slug, id] of [
      ['fifty-threads', 'comment-nope'],
      ['fifty-threads', 'comment-fifty-pending'],
      ['fifty-threads', rootId('fifty-one-threads', 0)],
      ['no-such-article', rootId('fifty-threads', 0)],
      ['fifty-threads', 'drafts.comment-fifty-pending'],
    ]) {
      expect(await go(slug, id)).toMatchObject({status: 404})
    }
  })
})
