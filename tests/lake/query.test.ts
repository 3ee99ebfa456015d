/** @jest-environment node */
import {startTestLake, type TestLake} from '../support/lake'
import {uid} from './helpers'

let t: TestLake
const type = uid('queryType')
beforeAll(async () => {
  t = await startTestLake()
  const tx = t.writer.transaction()
  for (let i = 0; i < 5; i++) tx.create({_id: `${type}-${i}`, _type: type, n: i, tags: i % 2 ? ['odd'] : ['even']})
  await tx.commit()
})
afterAll(() => t.lake.close())

test('the response has result, ms and the query', async () => {
  const query = 'count(*[_type == $type])'
  const response = await t.anon.fetch(query, {type}, {filterResponse: false})
  expect(response).toMatchObject({result: 5, ms: expect.any(Number), query})
})

test('returnQuery=false leaves the query out', async () => {
  const res = await fetch(
    `${t.lake.url}/v2025-02-19/data/query/production?query=${encodeURIComponent('1')}&returnQuery=false`,
  )
  expect(await res.json()).toEqual({result: 1, ms: expect.any(Number)})
})

test('params of every JSON type reach the query as values', async () => {
  const params = {s: 'text', n: 3, b: true, nil: null, list: ['odd'], obj: {a: {b: 1}}}
  expect(await t.anon.fetch('{"s": $s, "n": $n, "b": $b, "nil": $nil, "list": $list, "obj": $obj}', params)).toEqual(
    params,
  )
  expect(await t.anon.fetch('*[_type == $type && n >= $n] | order(n asc).n', {type, n: 3})).toEqual([3, 4])
  expect(
    await t.anon.fetch('*[_type == $type && count(tags[@ in $list]) > 0] | order(n asc).n', {type, list: ['odd']}),
  ).toEqual([1, 3])
})

test('a param may bound a slice', async () => {
  expect(await t.anon.fetch('*[_type == $type] | order(n asc)[0...$limit].n', {type, limit: 2})).toEqual([0, 1])
})

test('GET and POST (a query over the client GET limit) give the same answer', async () => {
  const short = '*[_type == $type] | order(n desc).n'
  const long = `${short}${' '.repeat(12000)}`
  const viaGet = await t.anon.fetch(short, {type})
  const viaPost = await t.anon.fetch(long, {type})
  expect(viaGet).toEqual([4, 3, 2, 1, 0])
  expect(viaPost).toEqual(viaGet)
})

test('a query sees a write as soon as it is acknowledged', async () => {
  const id = uid('fresh')
  expect(await t.anon.fetch('count(*[_id == $id])', {id})).toBe(0)
  await t.writer.create({_id: id, _type: type, n: 99})
  expect(await t.anon.fetch('*[_id == $id][0].n', {id})).toBe(99)
  await t.writer.delete(id)
  expect(await t.anon.fetch('count(*[_id == $id])', {id})).toBe(0)
})
