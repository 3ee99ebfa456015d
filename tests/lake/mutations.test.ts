/** @jest-environment node */
import type {SanityDocument} from '@sanity/client'
import {startTestLake, type TestLake} from '../support/lake'
import {failure, tick, uid} from './helpers'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.lake.close())

describe('create', () => {
  test('stores the document with server-set _createdAt, _updatedAt and _rev', async () => {
    const id = uid('create')
    const before = new Date().toISOString()
    const created = await t.writer.create({_id: id, _type: 'note', title: 'First', tags: ['a', 'b']})
    const after = new Date().toISOString()
    expect(created).toMatchObject({_id: id, _type: 'note', title: 'First', tags: ['a', 'b']})
    expect(created._rev).toEqual(expect.any(String))
    expect(created._createdAt >= before && created._createdAt <= after).toBe(true)
    expect(created._updatedAt).toBe(created._createdAt)
    expect(await t.anon.getDocument(id)).toEqual(created)
  })

  test('the server sets _updatedAt and _rev whatever the client sends', async () => {
    const id = uid('create')
    const created = await t.writer.create({
      _id: id,
      _type: 'note',
      _updatedAt: '2001-01-01T00:00:00Z',
      _rev: 'client-rev',
    })
    expect(created._updatedAt).not.toBe('2001-01-01T00:00:00Z')
    expect(created._rev).not.toBe('client-rev')
  })

  test('generates an id when none is given, and the rest of an id ending in "."', async () => {
    const generated = await t.writer.create({_type: 'note'})
    expect(generated._id).toMatch(/^[A-Za-z0-9]{10,}$/)
    const draft = await t.writer.create({_id: 'drafts.', _type: 'note'})
    expect(draft._id).toMatch(/^drafts\.[A-Za-z0-9]{10,}$/)
    expect(await t.reader.getDocument(draft._id)).toMatchObject({_id: draft._id})
  })

  test('an id that already exists is a 409 mutationError and leaves the document alone', async () => {
    const id = uid('dup')
    const original = await t.writer.create({_id: id, _type: 'note', title: 'original'})
    const error = await failure(t.writer.create({_id: id, _type: 'note', title: 'second'}))
    expect(error.statusCode).toBe(409)
    expect(error.body.error).toMatchObject({
      type: 'mutationError',
      items: [{index: 0, error: {type: 'documentAlreadyExistsError', id}}],
    })
    expect(await t.anon.getDocument(id)).toEqual(original)
  })

  test('a document without _type is refused', async () => {
    const id = uid('notype')
    const error = await failure(t.writer.mutate([{create: {_id: id, title: 'x'}}] as never))
    expect(error.statusCode).toBe(400)
    expect(error.body.error.type).toBe('mutationError')
    expect(await t.reader.getDocument(id)).toBeUndefined()
  })
})

describe('createOrReplace', () => {
  test('replaces the whole document, keeps _createdAt and moves _updatedAt and _rev', async () => {
    const id = uid('cor')
    const first = await t.writer.createOrReplace({_id: id, _type: 'note', title: 'one', extra: true})
    await tick()
    const second = await t.writer.createOrReplace({_id: id, _type: 'note', title: 'two'})
    expect(second).toMatchObject({_id: id, title: 'two', _createdAt: first._createdAt})
    expect(second).not.toHaveProperty('extra')
    expect(second._updatedAt > first._updatedAt).toBe(true)
    expect(second._rev).not.toBe(first._rev)
    expect(await t.anon.getDocument(id)).toEqual(second)
  })

  test('reports create for a new id and update for an existing one', async () => {
    const id = uid('cor')
    const created = await t.writer.mutate([{createOrReplace: {_id: id, _type: 'note'}}], {returnDocuments: false})
    const replaced = await t.writer.mutate([{createOrReplace: {_id: id, _type: 'note'}}], {returnDocuments: false})
    expect(created.results).toEqual([{id, operation: 'create'}])
    expect(replaced.results).toEqual([{id, operation: 'update'}])
  })
})

describe('createIfNotExists', () => {
  test('creates a missing document', async () => {
    const id = uid('cine')
    const result = await t.writer.mutate([{createIfNotExists: {_id: id, _type: 'note', title: 'new'}}], {
      returnDocuments: false,
    })
    expect(result.results).toEqual([{id, operation: 'create'}])
    expect(await t.anon.getDocument(id)).toMatchObject({title: 'new', _rev: result.transactionId})
  })

  test('leaves an existing document untouched', async () => {
    const id = uid('cine')
    const original = await t.writer.create({_id: id, _type: 'note', title: 'kept'})
    await tick()
    const result = await t.writer.mutate([{createIfNotExists: {_id: id, _type: 'note', title: 'ignored'}}], {
      returnDocuments: false,
    })
    expect(result.results).toEqual([{id, operation: 'none'}])
    expect(await t.anon.getDocument(id)).toEqual(original)
  })
})

describe('delete', () => {
  test('by id', async () => {
    const id = uid('del')
    await t.writer.create({_id: id, _type: 'note'})
    const result = await t.writer.delete(id)
    expect(result.results).toEqual([{id, operation: 'delete'}])
    expect(await t.anon.getDocument(id)).toBeUndefined()
  })

  test('by query, with params, deletes exactly the matching documents', async () => {
    const group = uid('group')
    const [a, b, keep] = [uid('del'), uid('del'), uid('del')]
    await t.writer
      .transaction()
      .create({_id: a, _type: 'note', group, doomed: true})
      .create({_id: b, _type: 'note', group, doomed: true})
      .create({_id: keep, _type: 'note', group, doomed: false})
      .commit()
    const result = await t.writer.delete({query: '*[group == $group && doomed]', params: {group}})
    const results = result.results as Array<{id: string; operation: string}>
    expect(results.map((r) => r.id).sort()).toEqual([a, b].sort())
    expect(results.every((r) => r.operation === 'delete')).toBe(true)
    expect(await t.anon.fetch('*[group == $group]._id', {group})).toEqual([keep])
  })
})

describe('patch', () => {
  test('by id', async () => {
    const id = uid('patch')
    const created = await t.writer.create({_id: id, _type: 'note', title: 'old', views: 1})
    await tick()
    const patched = await t.writer.patch(id).set({title: 'new'}).inc({views: 2}).commit()
    expect(patched).toMatchObject({_id: id, title: 'new', views: 3, _createdAt: created._createdAt})
    expect(patched._updatedAt > created._updatedAt).toBe(true)
    expect(patched._rev).not.toBe(created._rev)
    expect(await t.anon.getDocument(id)).toEqual(patched)
  })

  test('by query patches every match and nothing else', async () => {
    const group = uid('group')
    const [a, b, other] = [uid('pq'), uid('pq'), uid('pq')]
    await t.writer
      .transaction()
      .create({_id: a, _type: 'note', group, status: 'draft'})
      .create({_id: b, _type: 'note', group, status: 'draft'})
      .create({_id: other, _type: 'note', group: uid('other'), status: 'draft'})
      .commit()
    const docs = (await t.writer
      .patch({query: '*[group == $group]', params: {group}})
      .set({status: 'done'})
      .commit()) as unknown as SanityDocument[]
    expect(docs.map((d) => d._id).sort()).toEqual([a, b].sort())
    expect(await t.anon.fetch('*[_id in $ids]{_id, status} | order(_id)', {ids: [a, b, other]})).toEqual(
      [
        {_id: a, status: 'done'},
        {_id: b, status: 'done'},
        {_id: other, status: 'draft'},
      ].sort((x, y) => x._id.localeCompare(y._id)),
    )
  })

  test('of a missing document is a 409 and creates nothing', async () => {
    const id = uid('missing')
    const error = await failure(t.writer.patch(id).set({title: 'x'}).commit())
    expect(error.statusCode).toBe(409)
    expect(error.body.error.items[0].error).toMatchObject({type: 'documentNotFoundError', id})
    expect(await t.reader.getDocument(id)).toBeUndefined()
  })

  test('cannot change _id or remove _type', async () => {
    const id = uid('sys')
    const created = await t.writer.create({_id: id, _type: 'note'})
    expect(
      (
        await failure(
          t.writer
            .patch(id)
            .set({_id: uid('other')})
            .commit(),
        )
      ).statusCode,
    ).toBe(400)
    expect((await failure(t.writer.patch(id).unset(['_type']).commit())).statusCode).toBe(400)
    expect(await t.anon.getDocument(id)).toEqual(created)
  })
})

describe('response shape', () => {
  test('returnIds without returnDocuments: transactionId, results and ids, no documents', async () => {
    const [a, b] = [uid('ret'), uid('ret')]
    const result = await t.writer.mutate(
      [{create: {_id: a, _type: 'note'}}, {createOrReplace: {_id: b, _type: 'note'}}],
      {returnDocuments: false},
    )
    expect(result).toEqual({
      transactionId: expect.any(String),
      results: [
        {id: a, operation: 'create'},
        {id: b, operation: 'create'},
      ],
      documentIds: [a, b],
    })
  })

  test('returnDocuments puts each document beside its id and in "documents"', async () => {
    const a = uid('ret')
    const res = await fetch(`${t.lake.url}/v2025-02-19/data/mutate/production?returnIds=true&returnDocuments=true`, {
      method: 'POST',
      headers: {'content-type': 'application/json', authorization: `Bearer ${t.writer.config().token}`},
      body: JSON.stringify({mutations: [{create: {_id: a, _type: 'note', n: 1}}]}),
    })
    const body = await res.json()
    expect(res.status).toBe(200)
    expect(body.results).toEqual([{id: a, operation: 'create', document: expect.objectContaining({_id: a, n: 1})}])
    expect(body.documents).toEqual([expect.objectContaining({_id: a, n: 1, _rev: body.transactionId})])
  })

  test('without returnDocuments the response has no documents', async () => {
    const a = uid('ret')
    const res = await fetch(`${t.lake.url}/v2025-02-19/data/mutate/production?returnIds=true`, {
      method: 'POST',
      headers: {'content-type': 'application/json', authorization: `Bearer ${t.writer.config().token}`},
      body: JSON.stringify({mutations: [{create: {_id: a, _type: 'note'}}]}),
    })
    const body = await res.json()
    expect(body).toEqual({transactionId: expect.any(String), results: [{id: a, operation: 'create'}]})
  })

  test('a client-supplied transactionId becomes the response transactionId and every touched _rev', async () => {
    const [a, b] = [uid('txid'), uid('txid')]
    await t.writer.create({_id: b, _type: 'note'})
    const transactionId = uid('my-transaction')
    const result = await t.writer
      .transaction()
      .create({_id: a, _type: 'note'})
      .patch(b, (p) => p.set({touched: true}))
      .commit({transactionId})
    expect(result.transactionId).toBe(transactionId)
    expect(await t.anon.getDocuments([a, b])).toEqual([
      expect.objectContaining({_id: a, _rev: transactionId}),
      expect.objectContaining({_id: b, _rev: transactionId, touched: true}),
    ])
  })

  test('without a transactionId the server makes one and uses it as _rev', async () => {
    const a = uid('txid')
    const result = await t.writer.mutate([{create: {_id: a, _type: 'note'}}], {returnDocuments: false})
    expect(result.transactionId).toMatch(/^[A-Za-z0-9]{22}$/)
    expect((await t.anon.getDocument(a))?._rev).toBe(result.transactionId)
  })

  test('dryRun answers as if it wrote, but writes nothing', async () => {
    const a = uid('dry')
    const result = await t.writer.mutate([{create: {_id: a, _type: 'note'}}], {dryRun: true, returnDocuments: false})
    expect(result.results).toEqual([{id: a, operation: 'create'}])
    expect(await t.reader.getDocument(a)).toBeUndefined()
  })
})
