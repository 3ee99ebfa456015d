/** @jest-environment node */
import {startTestLake, type TestLake} from '../support/lake'
import {failure, uid} from './helpers'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.lake.close())

describe('a transaction is all or nothing', () => {
  const thirdMutations: Array<[string, (ids: {existing: string; victim: string}) => Record<string, unknown>, number]> =
    [
      ['creates an id that exists', ({existing}) => ({create: {_id: existing, _type: 'note'}}), 409],
      ['patches a missing document', () => ({patch: {id: uid('nowhere'), set: {x: 1}}}), 409],
      ['has an unknown mutation type', () => ({upsert: {_id: uid('u'), _type: 'note'}}), 400],
      ['has an invalid id', () => ({create: {_id: 'not valid!', _type: 'note'}}), 400],
      ['fails a revision check', ({victim}) => ({patch: {id: victim, ifRevisionID: 'not-the-rev', set: {x: 1}}}), 409],
    ]

  test.each(thirdMutations)(
    'when the third mutation %s, the first two are not applied',
    async (_name, third, status) => {
      const existing = uid('existing')
      const victim = uid('victim')
      const created = uid('created')
      await t.writer.create({_id: existing, _type: 'note', title: 'untouched'})
      await t.writer.create({_id: victim, _type: 'note', title: 'before'})
      const before = await t.anon.getDocuments([existing, victim])
      const logLength = t.lake.lake.store.transactions(0, 100000).length

      const error = await failure(
        t.writer.mutate([
          {create: {_id: created, _type: 'note'}},
          {patch: {id: victim, set: {title: 'after'}}},
          third({existing, victim}),
        ] as never),
      )
      expect(error.statusCode).toBe(status)
      expect(error.body.error).toMatchObject({type: 'mutationError', items: [expect.objectContaining({index: 2})]})

      expect(await t.reader.getDocument(created)).toBeUndefined()
      expect(await t.anon.getDocuments([existing, victim])).toEqual(before)
      expect(await t.reader.fetch('count(*[_id == $created])', {created}, {perspective: 'raw'})).toBe(0)
      expect(t.lake.lake.store.transactions(0, 100000)).toHaveLength(logLength)
    },
  )

  test('later mutations see the effect of earlier ones in the same transaction', async () => {
    const id = uid('seq')
    const result = await t.writer
      .transaction()
      .create({_id: id, _type: 'note', count: 1})
      .patch(id, (p) => p.inc({count: 1}))
      .createOrReplace({_id: uid('other'), _type: 'note'})
      .commit()
    expect(result.results.map((r) => r.operation)).toEqual(['create', 'update', 'create'])
    expect((await t.anon.getDocument(id))?.count).toBe(2)
  })

  test('create then delete in one transaction leaves nothing behind', async () => {
    const id = uid('ephemeral')
    await t.writer.transaction().create({_id: id, _type: 'note'}).delete(id).commit()
    expect(await t.reader.getDocument(id)).toBeUndefined()
  })
})

describe('ifRevisionID', () => {
  test('a matching revision lets the patch through', async () => {
    const id = uid('rev')
    const created = await t.writer.create({_id: id, _type: 'note', title: 'v1'})
    const patched = await t.writer.patch(id).ifRevisionId(created._rev).set({title: 'v2'}).commit()
    expect(patched.title).toBe('v2')
  })

  test('a stale revision is a 409 mutationError and nothing changes', async () => {
    const id = uid('rev')
    const other = uid('rev-other')
    const v1 = await t.writer.create({_id: id, _type: 'note', title: 'v1'})
    const v2 = await t.writer.patch(id).set({title: 'v2'}).commit()
    const error = await failure(
      t.writer
        .transaction()
        .create({_id: other, _type: 'note'})
        .patch(id, (p) => p.ifRevisionId(v1._rev).set({title: 'lost update'}))
        .commit(),
    )
    expect(error.statusCode).toBe(409)
    expect(error.body.error.type).toBe('mutationError')
    expect(error.body.error.items[0]).toMatchObject({index: 1, error: {id}})
    expect(error.body.error.items[0].error.description).toContain(v1._rev)
    expect(await t.anon.getDocument(id)).toEqual(v2)
    expect(await t.reader.getDocument(other)).toBeUndefined()
  })
})

describe('transactionId', () => {
  test('a transaction id can be used only once', async () => {
    const transactionId = uid('once')
    const a = uid('tx')
    const b = uid('tx')
    await t.writer.mutate([{create: {_id: a, _type: 'note'}}], {transactionId})
    const error = await failure(t.writer.mutate([{create: {_id: b, _type: 'note'}}], {transactionId}))
    expect(error.statusCode).toBe(409)
    expect(await t.reader.getDocument(b)).toBeUndefined()
    expect((await t.anon.getDocument(a))?._rev).toBe(transactionId)
  })

  test('the id of a failed transaction was never used and can be used again', async () => {
    const transactionId = uid('retry')
    const a = uid('tx')
    const existing = uid('tx')
    await t.writer.create({_id: existing, _type: 'note'})
    await failure(
      t.writer.mutate([{create: {_id: a, _type: 'note'}}, {create: {_id: existing, _type: 'note'}}], {transactionId}),
    )
    await t.writer.mutate([{create: {_id: a, _type: 'note'}}], {transactionId})
    expect((await t.anon.getDocument(a))?._rev).toBe(transactionId)
  })

  test('a transaction id with characters outside [A-Za-z0-9_.-] is refused', async () => {
    const a = uid('tx')
    const error = await failure(
      t.writer.mutate([{create: {_id: a, _type: 'note'}}], {transactionId: 'has space/slash'}),
    )
    expect(error.statusCode).toBe(400)
    expect(await t.reader.getDocument(a)).toBeUndefined()
  })
})

describe('the transaction log', () => {
  test('records id, author, timestamp and each changed document before and after', async () => {
    const id = uid('logged')
    const created = await t.writer.create({_id: id, _type: 'note', title: 'before'})
    const transactionId = uid('log-tx')
    const started = new Date().toISOString()
    const patched = await t.writer.patch(id).set({title: 'after'}).commit({transactionId})
    const finished = new Date().toISOString()

    const entry = t.lake.lake.store.transactions(0, 100000).find((tx) => tx.id === transactionId)
    expect(entry).toBeDefined()
    expect(entry!.author).toBe('test-editor')
    expect(entry!.timestamp >= started && entry!.timestamp <= finished).toBe(true)
    expect(entry!.timestamp).toBe(patched._updatedAt)
    expect(entry!.changes).toEqual([{id, before: created, after: patched}])
    expect(entry!.changes[0].before).toMatchObject({title: 'before', _rev: created._rev})
    expect(entry!.changes[0].after).toMatchObject({title: 'after', _rev: transactionId})
  })

  test('records deletes with after = null and creates with before = null, in commit order', async () => {
    const id = uid('logged')
    const createTx = uid('log-create')
    const deleteTx = uid('log-delete')
    // (The client sends a transactionId only from mutate() and transaction().commit(), not from create()/delete().)
    await t.writer.mutate([{create: {_id: id, _type: 'note'}}], {transactionId: createTx})
    const created = await t.anon.getDocument(id)
    await t.writer.mutate([{delete: {id}}], {transactionId: deleteTx})
    const log = t.lake.lake.store.transactions(0, 100000)
    const createIndex = log.findIndex((tx) => tx.id === createTx)
    const deleteIndex = log.findIndex((tx) => tx.id === deleteTx)
    expect(createIndex).toBeGreaterThanOrEqual(0)
    expect(deleteIndex).toBeGreaterThan(createIndex)
    expect(log[createIndex].changes).toEqual([{id, before: null, after: created}])
    expect(log[deleteIndex].changes).toEqual([{id, before: created, after: null}])
    expect(log[deleteIndex].seq).toBeGreaterThan(log[createIndex].seq)
  })
})
