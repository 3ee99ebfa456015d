/** @jest-environment node */
/**
 * A dataset from before held comments became drafts: the migration must leave nothing private
 * readable without a token, keep every comment and its data for the moderator, and be repeatable.
 */
import {migrateCommentPrivacy} from '@/lib/comments/migratePrivacy'
import {startTestLake, type TestLake} from '../support/lake'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
  const legacy = (id: string, status: string, extra: Record<string, unknown> = {}) => ({
    _id: id,
    _type: 'comment',
    article: {_type: 'reference', _ref: 'article-x', _weak: true},
    authorName: 'Old Reader',
    body: `Legacy ${id}`,
    status,
    createdAt: '2025-06-01T00:00:00Z',
    emailHash: 'e'.repeat(64),
    flags: ['links'],
    ...extra,
  })
  await t.writer
    .transaction()
    .create(legacy('comment-old-pending', 'pending'))
    .create(legacy('comment-old-approved', 'approved'))
    .create(legacy('comment-old-spam', 'spam', {ipHash: 'i'.repeat(32)}))
    // A moderator's unfinished edit of the spam comment: it is kept, cleaned, as the draft.
    .create({...legacy('drafts.comment-old-spam', 'spam'), body: 'Edited legacy spam'})
    .create({
      _id: 'comment-contact.comment-old-pending',
      _type: 'commentContact',
      email: 'old@example.org',
      ipHash: 'a'.repeat(32),
    })
    .commit()
})
afterAll(() => t.lake.close())

test('held comments become drafts and private fields move to the private half', async () => {
  expect(await t.anon.fetch('count(*[_type == "comment" && status != "approved"])')).toBe(2)
  expect(await migrateCommentPrivacy(t.writer, 2)).toEqual({unpublished: 2, moved: 4})

  for (const perspective of ['published', 'drafts', 'raw'] as const) {
    const visible = await t.anon.fetch<Record<string, unknown>[]>('*[_type == "comment"]', {}, {perspective})
    expect(visible.map((c) => [c._id, c.status])).toEqual([['comment-old-approved', 'approved']])
    expect(visible[0]).not.toHaveProperty('emailHash')
    expect(visible[0]).not.toHaveProperty('flags')
    expect(visible[0]).toMatchObject({contact: {_ref: 'comment-contact.comment-old-approved'}})
  }

  const held = await t.reader.fetch<Record<string, unknown>[]>(
    '*[_id in path("drafts.**")] | order(_id)',
    {},
    {perspective: 'raw'},
  )
  expect(held.map((c) => [c._id, c.status, c.body])).toEqual([
    ['drafts.comment-old-pending', 'pending', 'Legacy comment-old-pending'],
    ['drafts.comment-old-spam', 'spam', 'Edited legacy spam'],
  ])
  for (const c of held) {
    expect(Object.keys(c).filter((k) => ['emailHash', 'ipHash', 'flags'].includes(k))).toEqual([])
  }

  const contacts = await t.reader.fetch<Record<string, unknown>[]>('*[_type == "commentContact"] | order(_id)')
  expect(contacts).toEqual([
    expect.objectContaining({
      _id: 'comment-contact.comment-old-approved',
      emailHash: 'e'.repeat(64),
      flags: ['links'],
    }),
    // What the private document already held wins over the copy on the comment.
    expect.objectContaining({
      _id: 'comment-contact.comment-old-pending',
      email: 'old@example.org',
      ipHash: 'a'.repeat(32),
      emailHash: 'e'.repeat(64),
    }),
    expect.objectContaining({
      _id: 'comment-contact.comment-old-spam',
      ipHash: 'i'.repeat(32),
      comment: expect.objectContaining({_ref: 'comment-old-spam'}),
    }),
  ])
})

test('a migrated dataset is left alone', async () => {
  const before = await t.reader.fetch('*[_type in ["comment", "commentContact"]]{_id, _rev}', {}, {perspective: 'raw'})
  expect(await migrateCommentPrivacy(t.writer)).toEqual({unpublished: 0, moved: 0})
  const after = await t.reader.fetch('*[_type in ["comment", "commentContact"]]{_id, _rev}', {}, {perspective: 'raw'})
  expect(after).toEqual(before)
})
