import {render, screen, within} from '@testing-library/react'
import {CommentThread} from '@/components/comments/CommentThread'
import {approvedCommentsQuery, buildThreads, getApprovedComments, type PublicComment} from '@/lib/queries/comments'
import {moderate} from '../support/moderate'
import {startSiteLake, type SiteLake} from '../support/site'
import {SEED, SEED_ARTICLE, acceptedToken, commentForm, freshAddress, storedFor, submit, uniqueEmail} from './support'

let mockHeaders = new Headers()
jest.mock('next/headers', () => ({headers: async () => mockHeaders}))

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

const TZ = 'Asia/Thimphu'

/** The ids of the comments at each nesting level, in document order: [[level 1], [level 2], ...]. */
function levels(container: HTMLElement): string[][] {
  const out: string[][] = []
  const walk = (list: Element, depth: number) => {
    for (const li of list.querySelectorAll(':scope > li')) {
      ;(out[depth] ??= []).push(li.id)
      const nested = li.querySelector(':scope > ol')
      if (nested) walk(nested, depth + 1)
    }
  }
  const top = container.querySelector('ol.comment-list')
  if (top) walk(top, 0)
  return out
}

const comment = (id: string, createdAt: string, parentId: string | null = null): PublicComment => ({
  _id: id,
  authorName: `Author ${id}`,
  body: `Body of ${id}`,
  createdAt,
  parentId,
})

test('the seed article thread: oldest first, replies nested under their parents, pending and trash left out', async () => {
  const comments = await getApprovedComments(SEED_ARTICLE)
  const {container} = render(
    <CommentThread comments={buildThreads(comments)} articleSlug="druk-nato-nexus" timeZone={TZ} />,
  )
  expect(levels(container)).toEqual([
    [
      'comment-druk-nato-nexus-01',
      'comment-druk-nato-nexus-04',
      'comment-druk-nato-nexus-05',
      'comment-druk-nato-nexus-07',
    ],
    ['comment-druk-nato-nexus-02', 'comment-druk-nato-nexus-06'],
    ['comment-druk-nato-nexus-03'],
  ])
  const second = container.querySelector(`#${SEED.second}`) as HTMLElement
  expect(second.parentElement?.closest('li')?.id).toBe(SEED.root)
  expect(container.querySelector(`#${SEED.pending}`)).toBeNull()
  expect(container.querySelector(`#${SEED.trash}`)).toBeNull()
  // Each comment is labelled by its author and has a no-JavaScript reply link to the reply page.
  const pema = screen.getAllByRole('article', {name: 'Pema Wangmo'})
  expect(pema.map((a) => a.closest('li')?.id)).toEqual([SEED.root, SEED.third])
  const first = pema[0]
  const reply = within(first).getByRole('link', {name: 'Reply to Pema Wangmo'})
  expect(reply).toHaveAttribute('href', `/articles/druk-nato-nexus/reply/${SEED.root}#respond`)
  expect(reply).toHaveAttribute('data-reply-to', SEED.root)
  expect(within(first).getByText(/January 10, 2026/)).toHaveAttribute('dateTime', '2026-01-10T08:14:00Z')
})

test('replies posted between later top-level comments are grouped under their parent, oldest first', () => {
  // In the query's order (oldest first overall).
  const comments = [
    comment('c-early-root', '2026-01-01T00:00:00Z'),
    comment('c-reply-a', '2026-01-01T02:00:00Z', 'c-early-root'),
    comment('c-middle-root', '2026-01-01T02:30:00Z'),
    comment('c-reply-b', '2026-01-01T03:00:00Z', 'c-early-root'),
    comment('c-late-root', '2026-01-02T00:00:00Z'),
  ]
  const {container} = render(<CommentThread comments={buildThreads(comments)} articleSlug="x" timeZone={TZ} />)
  expect(levels(container)).toEqual([
    ['c-early-root', 'c-middle-root', 'c-late-root'],
    ['c-reply-a', 'c-reply-b'],
  ])
})

test('threads nest at most three levels; deeper replies are still shown, at the third level', () => {
  const chain = ['c1', 'c2', 'c3', 'c4', 'c5'].map((id, i, all) =>
    comment(id, `2026-01-01T0${i}:00:00Z`, i === 0 ? null : all[i - 1]),
  )
  const {container} = render(<CommentThread comments={buildThreads(chain)} articleSlug="x" timeZone={TZ} />)
  expect(container.querySelectorAll('ol ol ol ol')).toHaveLength(0)
  expect(container.querySelectorAll('ol.comment-list--replies')).toHaveLength(2)
  expect(levels(container)).toEqual([['c1'], ['c2'], ['c3', 'c4', 'c5']])
  // Nothing approved is lost.
  for (const c of chain) expect(screen.getByText(c.body)).toBeInTheDocument()
})

test('a reply whose parent is not shown appears at the top level', () => {
  const comments = [comment('c-orphan', '2026-01-01T01:00:00Z', 'c-pending'), comment('c-root', '2026-01-01T02:00:00Z')]
  const {container} = render(<CommentThread comments={buildThreads(comments)} articleSlug="x" timeZone={TZ} />)
  expect(levels(container)).toEqual([['c-orphan', 'c-root']])
})

test('no comments, no list', () => {
  const {container} = render(<CommentThread comments={[]} articleSlug="x" timeZone={TZ} />)
  expect(container.querySelector('ol')).toBeNull()
})

describe('the public comments query', () => {
  let newId: string
  beforeAll(async () => {
    // A fresh pending comment, flagged, with an e-mail hash: none of it may come back.
    mockHeaders = new Headers({'x-forwarded-for': freshAddress()})
    const email = uniqueEmail()
    const state = await submit(
      commentForm({email, startedAt: '', body: 'Links: https://a.example/1 https://b.example/2'}),
    )
    expect(state.status).toBe('success')
    newId = (await storedFor(site.reader, email)).comments[0]._id
    // A comment approved before hashes and flags moved to the private document (an older dataset)
    // still carries them: the query must not select them.
    await site.writer.createOrReplace({
      _id: 'comment-approved-with-flags',
      _type: 'comment',
      article: {_type: 'reference', _ref: SEED_ARTICLE, _weak: true},
      authorName: 'Flagged but approved',
      body: 'Approved by a moderator despite its flags.',
      status: 'approved',
      createdAt: '2026-01-11T00:00:00Z',
      emailHash: 'a'.repeat(64),
      flags: ['links', 'unverified'],
    })
  })

  test('returns approved comments only, with public fields only', async () => {
    const comments = await getApprovedComments(SEED_ARTICLE)
    const ids = comments.map((c) => c._id)
    expect(ids).toContain('comment-approved-with-flags')
    expect(ids).not.toContain(newId)
    expect(ids).not.toContain(SEED.pending)
    expect(ids).not.toContain(SEED.trash)
    for (const c of comments)
      expect(Object.keys(c).sort()).toEqual(['_id', 'authorName', 'body', 'createdAt', 'parentId'])
    const statuses = await site.reader.fetch<string[]>('*[_id in $ids].status', {ids})
    expect(new Set(statuses)).toEqual(new Set(['approved']))
  })

  test('run raw by the tokenless client, on every article, it never returns hashes, flags or pending comments', async () => {
    const articleIds = await site.anon.fetch<string[]>('*[_type == "article"]._id')
    expect(articleIds.length).toBeGreaterThan(5)
    let seen = 0
    for (const articleId of articleIds) {
      const rows = await site.anon.fetch<Record<string, unknown>[]>(approvedCommentsQuery, {articleId})
      for (const row of rows) {
        seen++
        expect(row).not.toHaveProperty('emailHash')
        expect(row).not.toHaveProperty('flags')
        expect(row).not.toHaveProperty('status')
        expect(row).not.toHaveProperty('email')
      }
      const ids = rows.map((r) => r._id as string)
      const statuses = await site.reader.fetch<string[]>('*[_id in $ids].status', {ids})
      expect(statuses.every((s) => s === 'approved')).toBe(true)
    }
    // Every approved comment of the edition, plus the one approved above.
    expect(seen).toBe(23)
  })

  test('an accepted reply shows up under the right parent once approved', async () => {
    mockHeaders = new Headers({'x-forwarded-for': freshAddress()})
    const email = uniqueEmail()
    const state = await submit(
      commentForm({email, parentId: SEED.third, startedAt: acceptedToken(), body: 'A reply to the third level.'}),
    )
    expect(state.status).toBe('success')
    const [reply] = (await storedFor(site.reader, email)).comments
    expect(await getApprovedComments(SEED_ARTICLE).then((cs) => cs.map((c) => c._id))).not.toContain(reply._id)
    await moderate(site.writer, reply._id, 'approved')
    const {container} = render(
      <CommentThread
        comments={buildThreads(await getApprovedComments(SEED_ARTICLE))}
        articleSlug="druk-nato-nexus"
        timeZone={TZ}
      />,
    )
    expect(levels(container)[2]).toEqual([SEED.third, reply._id])
  })
})
