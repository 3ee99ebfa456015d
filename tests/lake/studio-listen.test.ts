/** @jest-environment node */
import type {MutationEvent} from '@sanity/client'
import {applyPatch} from 'mendoza'
import {collect, startStudioLake, type StudioLake} from '../studio/support'
import {uid} from './helpers'

let t: StudioLake
beforeAll(async () => {
  t = await startStudioLake()
})
afterAll(() => t.lake.close())

const mutations = (events: unknown[]) =>
  events.filter((e): e is MutationEvent => (e as {type: string}).type === 'mutation')

test('welcome comes first, then one event per transaction in commit order, chained by revision', async () => {
  const id = uid('listened')
  const listener = await collect(t.writer, '*[_id in $ids]', {ids: [id, `drafts.${id}`]})
  expect(listener.events[0].type).toBe('welcome')

  // The Studio names its transactions; the lake must keep those names.
  await t.writer.mutate([{create: {_id: id, _type: 'note', title: 'one'}}], {transactionId: `tx-create-${id}`})
  await t.writer
    .patch(id)
    .set({title: 'two'})
    .commit({transactionId: `tx-patch-${id}`})
  await t.writer.mutate([{delete: {id}}], {transactionId: `tx-delete-${id}`})
  await listener.next(4)
  listener.close()

  const [created, patched, deleted] = mutations(listener.events)
  expect([created, patched, deleted].map((e) => [e.transactionId, e.transition, e.documentId])).toEqual([
    [`tx-create-${id}`, 'appear', id],
    [`tx-patch-${id}`, 'update', id],
    [`tx-delete-${id}`, 'disappear', id],
  ])
  // The revision chain the Studio follows: each event starts where the previous one ended,
  // and the new revision is the transaction id.
  expect(created.previousRev).toBeUndefined()
  expect(created.resultRev).toBe(`tx-create-${id}`)
  expect(patched.previousRev).toBe(created.resultRev)
  expect(patched.resultRev).toBe(`tx-patch-${id}`)
  expect(deleted.previousRev).toBe(patched.resultRev)
  for (const e of [created, patched, deleted]) {
    expect(e).toMatchObject({
      identity: 'test-editor',
      visibility: 'query',
      transactionTotalEvents: 1,
      transactionCurrentEvent: 1,
    })
    expect(typeof e.timestamp).toBe('string')
  }
})

test('mendoza effects and mutations reproduce each document state', async () => {
  const id = uid('effects')
  const listener = await collect(t.writer, '*[_id == $id]', {id})
  await t.writer.create({_id: id, _type: 'note', title: 'first', tags: ['a']})
  await t.writer.patch(id).set({title: 'second'}).unset(['tags']).commit()
  await t.writer.delete(id)
  await listener.next(4)
  listener.close()

  let doc: unknown = null
  for (const event of mutations(listener.events)) {
    const before = doc
    doc = applyPatch(doc, event.effects!.apply)
    expect(applyPatch(doc, event.effects!.revert)).toEqual(before)
  }
  const [created, patched] = mutations(listener.events)
  expect(applyPatch(null, created.effects!.apply)).toMatchObject({_id: id, title: 'first', tags: ['a']})
  expect(applyPatch(null, patched.effects!.apply)).not.toHaveProperty('tags')
  expect(doc).toBeNull()
  // The mutations carry whole documents, so a client without mendoza arrives at the same state.
  expect(patched.mutations).toEqual([
    {createOrReplace: expect.objectContaining({_id: id, title: 'second', _rev: patched.resultRev})},
  ])
})

test("the listener's filter decides: documents appear, update and disappear as they match", async () => {
  const id = uid('filtered')
  const other = uid('other')
  const listener = await collect(t.writer, '*[_type == "note" && status == $status]', {status: 'pending'})
  await t.writer.create({_id: other, _type: 'note', status: 'approved'}) // never matches: no event
  await t.writer.create({_id: id, _type: 'note', status: 'pending'})
  await t.writer.patch(id).set({status: 'approved'}).commit()
  await listener.next(3)
  await new Promise((r) => setTimeout(r, 100))
  listener.close()
  expect(mutations(listener.events).map((e) => [e.documentId, e.transition])).toEqual([
    [id, 'appear'],
    [id, 'disappear'],
  ])
})

test('a transaction touching several matching documents numbers its events', async () => {
  const [a, b] = [uid('multi'), uid('multi')]
  const listener = await collect(t.writer, '*[_id in $ids]', {ids: [a, b]}, {includeResult: true})
  await t.writer
    .transaction()
    .create({_id: a, _type: 'note'})
    .create({_id: b, _type: 'note'})
    .commit({transactionId: `tx-multi-${a}`})
  await listener.next(3)
  listener.close()
  const events = mutations(listener.events)
  expect(
    events.map((e) => [e.documentId, e.transactionId, e.transactionTotalEvents, e.transactionCurrentEvent]),
  ).toEqual([
    [a, `tx-multi-${a}`, 2, 1],
    [b, `tx-multi-${a}`, 2, 2],
  ])
  expect(events[0].result).toMatchObject({_id: a, _rev: `tx-multi-${a}`})
})

test('drafts reach only listeners with a token', async () => {
  const id = uid('private')
  const anonymous = await collect(t.anon, '*[_type == "secretNote"]')
  const reader = await collect(t.reader, '*[_type == "secretNote"]')
  await t.writer.create({_id: `drafts.${id}`, _type: 'secretNote'})
  await t.writer.create({_id: id, _type: 'secretNote'})
  await reader.next(3)
  await anonymous.next(2)
  await new Promise((r) => setTimeout(r, 100))
  anonymous.close()
  reader.close()
  expect(mutations(reader.events).map((e) => e.documentId)).toEqual([`drafts.${id}`, id])
  expect(mutations(anonymous.events).map((e) => e.documentId)).toEqual([id])
})

test('a malformed listener query is reported on the stream as a channel error', async () => {
  const url = `${t.lake.url}/v2025-02-19/data/listen/production?query=${encodeURIComponent('*[_type ==')}`
  const res = await fetch(url, {headers: {accept: 'text/event-stream'}})
  expect(res.status).toBe(200)
  expect(await res.text()).toMatch(/^event: channelError\ndata: \{"message":/)
})
