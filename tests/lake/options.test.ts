/** @jest-environment node */
import {startTestLake, type TestLake} from '../support/lake'
import {failure, uid} from './helpers'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.lake.close())

const mutate = (body: Record<string, unknown>, query: Record<string, string> = {}) =>
  t.writer.request<{transactionId: string; results: Array<{id: string; operation: string; document?: unknown}>}>({
    method: 'POST',
    uri: '/data/mutate/production',
    query: {returnIds: 'true', ...query},
    body,
  })

test('dryRun as a query parameter answers as if written and writes nothing', async () => {
  const id = uid('dry')
  const outcome = await t.writer.create({_id: id, _type: 'note'}, {dryRun: true})
  expect(outcome).toMatchObject({_id: id, _type: 'note'})
  expect(await t.reader.getDocument(id)).toBeUndefined()
})

test('dryRun in the request body is honoured too', async () => {
  const id = uid('dry')
  const outcome = await mutate({mutations: [{create: {_id: id, _type: 'note'}}], dryRun: true})
  expect(outcome.results).toEqual([{id, operation: 'create'}])
  expect(await t.reader.getDocument(id)).toBeUndefined()
})

test('dryRun still reports errors, reference integrity included', async () => {
  const error = await failure(
    t.writer.create({_id: uid('dry'), _type: 'note', author: {_type: 'reference', _ref: uid('none')}}, {dryRun: true}),
  )
  expect(error.body.error.items[0].error.type).toBe('documentReferenceNonexistentError')
})

test('autoGenerateArrayKeys gives array objects without _key a key, on create and on patch', async () => {
  const id = uid('keys')
  await t.writer.create(
    {
      _id: id,
      _type: 'note',
      items: [
        {_type: 'item', n: 1},
        {_key: 'mine', _type: 'item', n: 2},
      ],
      tags: ['a', 'b'],
    },
    {autoGenerateArrayKeys: true},
  )
  await t.writer
    .patch(id)
    .insert('after', 'items[-1]', [{_type: 'item', n: 3, nested: [{x: 1}]}])
    .commit({autoGenerateArrayKeys: true})
  const doc = await t.reader.getDocument(id)
  const items = doc?.items as Array<{_key: string; n: number; nested?: Array<{_key: string}>}>
  expect(items.map((item) => item.n)).toEqual([1, 2, 3])
  expect(items[1]._key).toBe('mine')
  for (const item of items) expect(item._key).toMatch(/^[\w-]{4,}$/)
  expect(new Set(items.map((item) => item._key)).size).toBe(3)
  expect(items[2].nested?.[0]._key).toMatch(/^[\w-]{6,}$/)
  expect(doc?.tags).toEqual(['a', 'b'])
})

test('autoGenerateArrayKeys in the body counts too; without it no key is added', async () => {
  const withKeys = uid('keys')
  const without = uid('keys')
  await mutate({mutations: [{create: {_id: withKeys, _type: 'note', items: [{n: 1}]}}], autoGenerateArrayKeys: true})
  await mutate({mutations: [{create: {_id: without, _type: 'note', items: [{n: 1}]}}]})
  expect((await t.reader.getDocument(withKeys))?.items).toEqual([{n: 1, _key: expect.any(String)}])
  expect((await t.reader.getDocument(without))?.items).toEqual([{n: 1}])
})

test.each([
  ['explain', {explain: 'true'}],
  ['resultSourceMap', {resultSourceMap: 'withKeyArraySelector'}],
])('the query option %s, which the lake does not implement, is a 400 naming it', async (option, query) => {
  const error = await failure(t.reader.request({uri: '/data/query/production', query: {query: '*[0]', ...query}}))
  expect(error.statusCode).toBe(400)
  expect(error.body.error.type).toBe('unsupportedOptionError')
  expect(error.message).toContain(`"${option}"`)
})

test('resultSourceMap through the client (as stega asks for it) is refused, not ignored', async () => {
  const error = await failure(t.reader.fetch('*[0]', {}, {resultSourceMap: true}))
  expect(error.statusCode).toBe(400)
  expect(error.message).toContain('resultSourceMap')
})

test('options that ask for nothing (resultSourceMap=false) and the tag are accepted', async () => {
  await expect(
    t.reader.request({uri: '/data/query/production', query: {query: 'count(*)', resultSourceMap: 'false', tag: 'x.y'}}),
  ).resolves.toMatchObject({result: expect.any(Number)})
})

test('export types= exports only those types', async () => {
  const id = uid('typed')
  await t.writer.create({_id: id, _type: 'exportOnlyMe'})
  const ndjson = await t.reader.request<string>({
    uri: '/data/export/production',
    query: {types: 'exportOnlyMe'},
    json: false,
  })
  const docs = String(ndjson)
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
  expect(docs.map((doc) => doc._id)).toEqual([id])
})
