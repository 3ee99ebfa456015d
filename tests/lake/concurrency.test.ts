/** @jest-environment node */
import {startTestLake, type TestLake} from '../support/lake'
import {uid} from './helpers'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.lake.close())

test('of 20 concurrent creates with the same _id exactly one succeeds', async () => {
  const id = uid('race')
  const outcomes = await Promise.allSettled(
    Array.from({length: 20}, (_, i) => t.writer.create({_id: id, _type: 'note', attempt: i})),
  )
  const won = outcomes.filter((o) => o.status === 'fulfilled')
  const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')
  expect(won).toHaveLength(1)
  expect(lost).toHaveLength(19)
  for (const o of lost) expect((o.reason as {statusCode?: number}).statusCode).toBe(409)
  const winner = (won[0] as PromiseFulfilledResult<{attempt: number; _rev: string}>).value
  expect(await t.reader.fetch('*[_id == $id]{attempt, _rev}', {id}, {perspective: 'raw'})).toEqual([
    {attempt: winner.attempt, _rev: winner._rev},
  ])
})

test('20 concurrent increments lose no update', async () => {
  const id = uid('counter')
  await t.writer.create({_id: id, _type: 'note', count: 0})
  await Promise.all(Array.from({length: 20}, () => t.writer.patch(id).inc({count: 1}).commit()))
  expect((await t.anon.getDocument(id))?.count).toBe(20)
})

test('20 concurrent createIfNotExists create the document once', async () => {
  const id = uid('once')
  const results = await Promise.all(
    Array.from({length: 20}, (_, i) =>
      t.writer.mutate([{createIfNotExists: {_id: id, _type: 'note', attempt: i}}], {returnDocuments: false}),
    ),
  )
  const operations = results.map((r) => r.results[0].operation)
  expect(operations.filter((op) => op === 'create')).toHaveLength(1)
  expect(operations.filter((op) => op === 'none')).toHaveLength(19)
  const creator = results.find((r) => r.results[0].operation === 'create')!
  expect((await t.anon.getDocument(id))?._rev).toBe(creator.transactionId)
})
