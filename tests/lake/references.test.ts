/** @jest-environment node */
import {startTestLake, type TestLake} from '../support/lake'
import {failure, uid} from './helpers'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.lake.close())

const ref = (id: string, extra: Record<string, unknown> = {}) => ({_type: 'reference', _ref: id, ...extra})

test('a strong reference to a missing document fails the whole transaction, naming both documents', async () => {
  const missing = uid('missing')
  const okId = uid('ok')
  const id = uid('doc')
  const error = await failure(
    t.writer
      .transaction()
      .create({_id: okId, _type: 'note'})
      .create({_id: id, _type: 'note', author: ref(missing)})
      .commit(),
  )
  expect(error.statusCode).toBe(409)
  expect(error.body.error.type).toBe('mutationError')
  expect(error.body.error.items[0]).toMatchObject({
    index: 1,
    error: {type: 'documentReferenceNonexistentError', id, referenceIds: [missing]},
  })
  expect(error.message).toContain(`Document "${id}" references non-existent document "${missing}"`)
  expect(await t.reader.getDocuments([okId, id])).toEqual([null, null])
})

test('a patch that adds a strong reference to a missing document fails too', async () => {
  const id = uid('doc')
  await t.writer.create({_id: id, _type: 'note'})
  const error = await failure(
    t.writer
      .patch(id)
      .set({author: ref(uid('nobody'))})
      .commit(),
  )
  expect(error.statusCode).toBe(409)
  expect(error.body.error.items[0].error.type).toBe('documentReferenceNonexistentError')
  expect((await t.reader.getDocument(id))?.author).toBeUndefined()
})

test('weak references, and the Studio draft references with _strengthenOnPublish, may point anywhere', async () => {
  const id = uid('doc')
  await t.writer.create({
    _id: id,
    _type: 'note',
    weak: ref(uid('gone'), {_weak: true}),
    list: [{...ref(uid('later'), {_weak: true, _strengthenOnPublish: {type: 'person'}}), _key: 'a'}],
  })
  expect(await t.reader.getDocument(id)).toBeTruthy()
})

test('a transaction may create a document and another that refers to it, in either order', async () => {
  const a = uid('a')
  const b = uid('b')
  await t.writer
    .transaction()
    .create({_id: a, _type: 'note', b: ref(b)})
    .create({_id: b, _type: 'note'})
    .commit()
  expect(await t.reader.getDocument(a)).toMatchObject({b: {_ref: b}})
})

test('deleting a strongly referenced document fails, naming the documents that refer to it', async () => {
  const target = uid('target')
  const from = uid('from')
  await t.writer
    .transaction()
    .create({_id: target, _type: 'person'})
    .create({_id: from, _type: 'note', author: ref(target)})
    .commit()
  const error = await failure(t.writer.delete(target))
  expect(error.statusCode).toBe(409)
  expect(error.body.error.items[0]).toMatchObject({
    index: 0,
    error: {type: 'documentHasExistingReferencesError', id: target, referencingIDs: [from]},
  })
  expect(error.message).toContain(`Document "${target}" cannot be deleted as there are references to it from "${from}"`)
  expect(await t.reader.getDocument(target)).toBeTruthy()
  // Deleting both in one transaction, or removing the reference first, is allowed.
  await t.writer.transaction().delete(from).delete(target).commit()
  expect(await t.reader.getDocuments([from, target])).toEqual([null, null])
})

test('a weakly referenced document (a comment on an article) can be deleted', async () => {
  const article = uid('article')
  const comment = uid('comment')
  await t.writer
    .transaction()
    .create({_id: article, _type: 'article'})
    .create({_id: comment, _type: 'comment', article: ref(article, {_weak: true})})
    .commit()
  await t.writer.delete(article)
  expect(await t.reader.getDocument(article)).toBeUndefined()
  expect(await t.reader.getDocument(comment)).toBeTruthy()
})

test('the Studio publish strengthens _strengthenOnPublish references, and fails while the target is unpublished', async () => {
  const person = uid('person')
  const post = uid('post')
  const draftRef = {...ref(person, {_weak: true, _strengthenOnPublish: {type: 'person'}})}
  await t.writer.create({_id: `drafts.${person}`, _type: 'person', name: 'New'})
  await t.writer.create({
    _id: `drafts.${post}`,
    _type: 'post',
    author: draftRef,
    keptWeak: {...draftRef, _strengthenOnPublish: {type: 'person', weak: true}},
  })
  const publish = (id: string) =>
    t.writer.request({
      method: 'POST',
      uri: '/data/actions/production',
      body: {actions: [{actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id}]},
    })
  const error = await failure(publish(post))
  expect(error.statusCode).toBe(409)
  expect(error.body.error.items[0].error).toMatchObject({
    type: 'documentReferenceNonexistentError',
    referenceIds: [person],
  })
  await publish(person)
  await publish(post)
  const published = await t.reader.getDocument(post)
  expect(published?.author).toEqual({_type: 'reference', _ref: person})
  expect(published?.keptWeak).toEqual({_type: 'reference', _ref: person, _weak: true})
  // Now strongly referenced: unpublishing the person is refused, as in hosted Sanity.
  const unpublish = await failure(
    t.writer.request({
      method: 'POST',
      uri: '/data/actions/production',
      body: {
        actions: [{actionType: 'sanity.action.document.unpublish', draftId: `drafts.${person}`, publishedId: person}],
      },
    }),
  )
  expect(unpublish.body.error.items[0].error).toMatchObject({
    type: 'documentHasExistingReferencesError',
    referencingIDs: [post],
  })
})
