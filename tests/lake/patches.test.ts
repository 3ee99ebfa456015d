/** @jest-environment node */
import type {SanityDocument} from '@sanity/client'
import {startTestLake, type TestLake} from '../support/lake'
import {failure, uid} from './helpers'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.lake.close())

const items = () => [
  {_key: 'a', _type: 'item', n: 1},
  {_key: 'b', _type: 'item', n: 2},
  {_key: 'c', _type: 'item', n: 3},
]
const keysOf = (doc: SanityDocument | undefined) => (doc?.items as Array<{_key: string}>).map((i) => i._key)

async function seed(fields: Record<string, unknown> = {}) {
  const id = uid('patch')
  await t.writer.create({
    _id: id,
    _type: 'note',
    title: 'Title',
    count: 10,
    tags: ['x', 'y'],
    items: items(),
    meta: {a: 1, b: 2},
    ...fields,
  })
  return id
}

test('set replaces values, deep paths included, and adds new fields', async () => {
  const id = await seed()
  await t.writer
    .patch(id)
    .set({title: 'New', 'meta.a': 100, 'items[_key=="b"].n': 20, fresh: [1, 2]})
    .commit()
  const doc = await t.anon.getDocument(id)
  expect(doc).toMatchObject({title: 'New', meta: {a: 100, b: 2}, fresh: [1, 2]})
  expect(doc?.items).toEqual([items()[0], {...items()[1], n: 20}, items()[2]])
})

test('setIfMissing sets absent fields only', async () => {
  const id = await seed()
  await t.writer.patch(id).setIfMissing({title: 'Ignored', subtitle: 'Added', 'meta.c': 3}).commit()
  expect(await t.anon.getDocument(id)).toMatchObject({title: 'Title', subtitle: 'Added', meta: {a: 1, b: 2, c: 3}})
})

test('unset removes fields and array items', async () => {
  const id = await seed()
  await t.writer.patch(id).unset(['title', 'meta.a', 'items[_key=="b"]', 'tags[0]']).commit()
  const doc = await t.anon.getDocument(id)
  expect(doc).not.toHaveProperty('title')
  expect(doc?.meta).toEqual({b: 2})
  expect(keysOf(doc)).toEqual(['a', 'c'])
  expect(doc?.tags).toEqual(['y'])
})

test('inc and dec add to and subtract from numbers', async () => {
  const id = await seed()
  await t.writer.patch(id).inc({count: 5, 'items[_key=="a"].n': 1}).commit()
  expect(await t.anon.fetch('*[_id == $id][0]{count, "n": items[_key=="a"][0].n}', {id})).toEqual({count: 15, n: 2})
  await t.writer.patch(id).dec({count: 3}).commit()
  expect((await t.anon.getDocument(id))?.count).toBe(12)
})

test('insert before, after and replace, by index and by _key', async () => {
  const id = await seed()
  await t.writer
    .patch(id)
    .insert('before', 'items[0]', [{_key: 'first', _type: 'item'}])
    .commit()
  expect(keysOf(await t.anon.getDocument(id))).toEqual(['first', 'a', 'b', 'c'])
  await t.writer
    .patch(id)
    .insert('after', 'items[-1]', [{_key: 'last', _type: 'item'}])
    .commit()
  expect(keysOf(await t.anon.getDocument(id))).toEqual(['first', 'a', 'b', 'c', 'last'])
  await t.writer
    .patch(id)
    .insert('after', 'items[_key=="a"]', [
      {_key: 'a2', _type: 'item'},
      {_key: 'a3', _type: 'item'},
    ])
    .commit()
  expect(keysOf(await t.anon.getDocument(id))).toEqual(['first', 'a', 'a2', 'a3', 'b', 'c', 'last'])
  await t.writer
    .patch(id)
    .insert('replace', 'items[_key=="b"]', [{_key: 'B', _type: 'item'}])
    .commit()
  expect(keysOf(await t.anon.getDocument(id))).toEqual(['first', 'a', 'a2', 'a3', 'B', 'c', 'last'])
  await t.writer.patch(id).insert('before', 'tags[1]', ['between']).commit()
  expect((await t.anon.getDocument(id))?.tags).toEqual(['x', 'between', 'y'])
})

test('diffMatchPatch patches a string', async () => {
  const id = await seed({body: 'The quick brown fox'})
  await t.writer.patch(id).diffMatchPatch({body: '@@ -7,13 +7,17 @@\n ick \n-brown fox\n+red fox jumps\n'}).commit()
  expect((await t.anon.getDocument(id))?.body).toBe('The quick red fox jumps')
})

test("operations apply in Sanity's order (setIfMissing, set, unset, inc, dec, insert) whatever the order in the request", async () => {
  const id = await seed({count: 100, list: ['old']})
  // Sent in reverse order; each pair only gives the expected result in Sanity's order.
  const res = await fetch(`${t.lake.url}/v2025-02-19/data/mutate/production?returnDocuments=true`, {
    method: 'POST',
    headers: {'content-type': 'application/json', authorization: `Bearer ${t.writer.config().token}`},
    body: JSON.stringify({
      mutations: [
        {
          patch: {
            id,
            insert: {after: 'list[-1]', items: ['inserted']},
            dec: {count: 2},
            inc: {count: 5},
            unset: ['gone', 'temp'],
            set: {count: 1, list: ['fresh'], temp: 'set then unset'},
            setIfMissing: {obj: {}, gone: 'created then unset', count: 999},
          },
        },
      ],
    }),
  })
  expect(res.status).toBe(200)
  const doc = await t.anon.getDocument(id)
  // setIfMissing(count) loses to set; set(count)=1, then inc 5 then dec 2 → 4.
  expect(doc?.count).toBe(4)
  // set replaced the list before insert appended to it.
  expect(doc?.list).toEqual(['fresh', 'inserted'])
  // unset ran after set and setIfMissing.
  expect(doc).not.toHaveProperty('temp')
  expect(doc).not.toHaveProperty('gone')
  expect(doc?.obj).toEqual({})
})

test('setIfMissing runs before set, so set can fill an object it created', async () => {
  const id = await seed()
  await t.writer
    .patch(id)
    .set({'address.city': 'Oslo'})
    .setIfMissing({address: {_type: 'address'}})
    .commit()
  expect((await t.anon.getDocument(id))?.address).toEqual({_type: 'address', city: 'Oslo'})
})

test('several patches in one transaction apply in turn', async () => {
  const id = await seed()
  await t.writer
    .transaction()
    .patch(id, (p) => p.set({count: 1}))
    .patch(id, (p) => p.inc({count: 1}))
    .patch(id, (p) => p.inc({count: 1}))
    .commit()
  expect((await t.anon.getDocument(id))?.count).toBe(3)
})

test('a malformed patch is a 400 and changes nothing', async () => {
  const id = await seed()
  const before = await t.anon.getDocument(id)
  const error = await failure(t.writer.mutate([{patch: {id, insert: {somewhere: 'items[0]', items: []}}}] as never))
  expect(error.statusCode).toBe(400)
  expect(error.body.error.type).toBe('mutationError')
  const unknownOp = await failure(t.writer.mutate([{patch: {id, frobnicate: {title: 'x'}}}] as never))
  expect(unknownOp.statusCode).toBe(400)
  expect(await t.anon.getDocument(id)).toEqual(before)
})
