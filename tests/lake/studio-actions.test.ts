/** @jest-environment node */
import {collect, startStudioLake, type StudioLake} from '../studio/support'
import {runActions} from '@/sanity/lake/studio/actions'
import {failure, uid} from './helpers'

let t: StudioLake
beforeAll(async () => {
  t = await startStudioLake()
})
afterAll(() => t.lake.close())

// The Studio's own calls: every action request carries the Studio's transactionId.
const act = (actions: unknown[], transactionId?: string) => t.writer.action(actions as never, {transactionId})
const raw = (ids: string[]) => t.reader.getDocuments(ids)

async function draftOf(id: string, fields: Record<string, unknown> = {}) {
  await act([
    {
      actionType: 'sanity.action.document.create',
      publishedId: id,
      attributes: {_id: `drafts.${id}`, _type: 'article', ...fields},
      ifExists: 'fail',
    },
  ])
}

test('create makes a draft whose revision is the transaction id', async () => {
  const id = uid('art')
  const tx = `tx-${id}`
  expect(
    await act(
      [
        {
          actionType: 'sanity.action.document.create',
          publishedId: id,
          attributes: {_id: `drafts.${id}`, _type: 'article', title: 'New', _rev: 'studio-guess'},
          ifExists: 'fail',
        },
      ],
      tx,
    ),
  ).toEqual({transactionId: tx})
  const [published, draft] = await raw([id, `drafts.${id}`])
  expect(published).toBeNull()
  expect(draft).toMatchObject({_id: `drafts.${id}`, _type: 'article', title: 'New', _rev: tx})
})

test('create with ifExists "fail" refuses an existing draft with 409; "ignore" leaves it', async () => {
  const id = uid('art')
  await draftOf(id, {title: 'first'})
  const create = (ifExists: string) =>
    act([
      {
        actionType: 'sanity.action.document.create',
        publishedId: id,
        attributes: {_id: `drafts.${id}`, _type: 'article', title: 'second'},
        ifExists,
      },
    ])
  expect((await failure(create('fail'))).statusCode).toBe(409)
  await create('ignore')
  expect((await t.reader.getDocument(`drafts.${id}`))?.title).toBe('first')
})

test('edit applies set, unset and diffMatchPatch, several edits in one transaction', async () => {
  const id = uid('art')
  await draftOf(id, {title: 'Hello world', dek: 'to remove'})
  const edit = (patch: Record<string, unknown>) => ({
    actionType: 'sanity.action.document.edit',
    draftId: `drafts.${id}`,
    publishedId: id,
    patch,
  })
  const tx = `tx-edit-${id}`
  await act(
    [
      edit({set: {slug: {_type: 'slug', current: 'hello'}}}),
      edit({unset: ['dek']}),
      edit({diffMatchPatch: {title: '@@ -1,11 +1,12 @@\n Hello \n+big \n world\n'}}),
    ],
    tx,
  )
  const draft = await t.reader.getDocument(`drafts.${id}`)
  expect(draft).toMatchObject({title: 'Hello big world', slug: {current: 'hello'}, _rev: tx})
  expect(draft).not.toHaveProperty('dek')
})

test('edit of a published document without a draft starts the draft from the published content', async () => {
  const id = uid('art')
  await t.writer.create({_id: id, _type: 'article', title: 'Live', body: 'text'})
  await act([
    {
      actionType: 'sanity.action.document.edit',
      draftId: `drafts.${id}`,
      publishedId: id,
      patch: {set: {title: 'Live, revised'}},
    },
  ])
  const [published, draft] = await raw([id, `drafts.${id}`])
  expect(published).toMatchObject({title: 'Live'})
  expect(draft).toMatchObject({_id: `drafts.${id}`, title: 'Live, revised', body: 'text'})
})

test('edit with a stale ifRevisionID fails with 409 and changes nothing', async () => {
  const id = uid('art')
  await draftOf(id, {title: 'kept'})
  const error = await failure(
    act([
      {
        actionType: 'sanity.action.document.edit',
        draftId: `drafts.${id}`,
        publishedId: id,
        patch: {ifRevisionID: 'stale', set: {title: 'lost'}},
      },
    ]),
  )
  expect(error.statusCode).toBe(409)
  expect((await t.reader.getDocument(`drafts.${id}`))?.title).toBe('kept')
})

test('publish replaces the published document with the draft and removes the draft, in one transaction', async () => {
  const id = uid('art')
  await draftOf(id, {title: 'To publish'})
  const listener = await collect(t.writer, '*[_id in $ids]', {ids: [id, `drafts.${id}`]})
  const tx = `tx-publish-${id}`
  await act([{actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id}], tx)
  const [published, draft] = await raw([id, `drafts.${id}`])
  expect(draft).toBeNull()
  expect(published).toMatchObject({_id: id, title: 'To publish', _rev: tx})
  expect(await t.anon.fetch('*[_id == $id][0].title', {id})).toBe('To publish')
  await listener.next(3)
  listener.close()
  const events = listener.events.slice(1)
  expect(events.map((e) => [e.documentId, e.transition, e.transactionId, e.transactionTotalEvents])).toEqual(
    expect.arrayContaining([
      [id, 'appear', tx, 2],
      [`drafts.${id}`, 'disappear', tx, 2],
    ]),
  )
})

test('publish preconditions: stale ifPublishedRevisionId or ifDraftRevisionId fails with 409', async () => {
  const id = uid('art')
  await t.writer.create({_id: id, _type: 'article', title: 'v1'})
  await draftOf(id, {title: 'v2'})
  const publish = (extra: Record<string, unknown>) =>
    act([{actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id, ...extra}])
  expect((await failure(publish({ifPublishedRevisionId: 'stale'}))).statusCode).toBe(409)
  expect((await failure(publish({ifDraftRevisionId: 'stale'}))).statusCode).toBe(409)
  expect((await t.anon.getDocument(id))?.title).toBe('v1')
  const current = (await t.anon.getDocument(id))!._rev
  await publish({ifPublishedRevisionId: current})
  expect((await t.anon.getDocument(id))?.title).toBe('v2')
})

test('publish without a draft fails with 409', async () => {
  const id = uid('art')
  expect(
    (await failure(act([{actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id}])))
      .statusCode,
  ).toBe(409)
})

test('unpublish removes the published document and keeps its content as the draft', async () => {
  const id = uid('art')
  await t.writer.create({_id: id, _type: 'article', title: 'Was live'})
  await act([{actionType: 'sanity.action.document.unpublish', draftId: `drafts.${id}`, publishedId: id}])
  const [published, draft] = await raw([id, `drafts.${id}`])
  expect(published).toBeNull()
  expect(draft).toMatchObject({title: 'Was live'})
  expect(
    (await failure(act([{actionType: 'sanity.action.document.unpublish', draftId: `drafts.${id}`, publishedId: id}])))
      .statusCode,
  ).toBe(409)
})

test('discard removes the draft only; discarding a missing draft fails with 409', async () => {
  const id = uid('art')
  await t.writer.create({_id: id, _type: 'article', title: 'published'})
  await draftOf(id, {title: 'draft'})
  // As the Studio sends it: the draft id only.
  await act([{actionType: 'sanity.action.document.discard', draftId: `drafts.${id}`}])
  expect(await raw([id, `drafts.${id}`])).toEqual([expect.objectContaining({title: 'published'}), null])
  expect(
    (await failure(act([{actionType: 'sanity.action.document.discard', draftId: `drafts.${id}`, publishedId: id}])))
      .statusCode,
  ).toBe(409)
})

test('delete removes the published document and the drafts it names; an unnamed draft makes it fail', async () => {
  const id = uid('art')
  await t.writer.create({_id: id, _type: 'article'})
  await draftOf(id)
  const del = (includeDrafts: string[]) =>
    act([{actionType: 'sanity.action.document.delete', publishedId: id, includeDrafts}])
  expect((await failure(del([]))).statusCode).toBe(409)
  await del([`drafts.${id}`])
  expect(await raw([id, `drafts.${id}`])).toEqual([null, null])
})

test('a read token cannot act, a reused transaction id is refused, nothing half-applies', async () => {
  const id = uid('art')
  expect(
    (
      await failure(
        t.reader.action({
          actionType: 'sanity.action.document.create',
          publishedId: id,
          attributes: {_type: 'article'},
          ifExists: 'fail',
        } as never),
      )
    ).statusCode,
  ).toBe(403)
  await draftOf(id)
  const tx = `tx-once-${id}`
  await act(
    [{actionType: 'sanity.action.document.edit', draftId: `drafts.${id}`, publishedId: id, patch: {set: {n: 1}}}],
    tx,
  )
  expect(
    (
      await failure(
        act(
          [{actionType: 'sanity.action.document.edit', draftId: `drafts.${id}`, publishedId: id, patch: {set: {n: 2}}}],
          tx,
        ),
      )
    ).statusCode,
  ).toBe(409)
  // Second action fails (no draft to publish for another id): the first must not be applied.
  const other = uid('art')
  const error = await failure(
    act([
      {actionType: 'sanity.action.document.edit', draftId: `drafts.${id}`, publishedId: id, patch: {set: {n: 3}}},
      {actionType: 'sanity.action.document.publish', draftId: `drafts.${other}`, publishedId: other},
    ]),
  )
  expect(error.statusCode).toBe(409)
  expect((await t.reader.getDocument(`drafts.${id}`))?.n).toBe(1)
})

test('a publish planned before a concurrent edit is planned again, and publishes the edit', async () => {
  const id = uid('art')
  await draftOf(id, {n: 0})
  const lake = t.lake.lake
  const mutate = jest.spyOn(lake, 'mutate')
  // The edit is queued first but runs only after this tick, so the publish reads the old draft
  // (n: 0), queues behind the edit, fails its revision guard and is planned again.
  const edit = lake.mutate([{patch: {id: `drafts.${id}`, set: {n: 1}}}], {author: 'other-editor'})
  const publish = runActions(
    lake,
    [{actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id}],
    {author: 'test-editor', transactionId: `tx-race-${id}`},
  )
  await Promise.all([edit, publish])
  expect(mutate).toHaveBeenCalledTimes(3)
  mutate.mockRestore()
  const [published, draft] = await raw([id, `drafts.${id}`])
  expect(published).toMatchObject({n: 1, _rev: `tx-race-${id}`})
  expect(draft).toBeNull()
})
