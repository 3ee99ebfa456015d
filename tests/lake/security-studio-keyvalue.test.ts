/** @jest-environment node */
import type {SanityClient} from '@sanity/client'
import {READ_TOKEN} from '../support/lake'
import {startStudioLake, type StudioLake} from '../studio/support'
import {failure} from './helpers'

let t: StudioLake
beforeAll(async () => {
  t = await startStudioLake()
})
afterAll(() => t.lake.close())

const KEYVALUE = '/v2025-02-19/users/me/keyvalue'
// What the Studio's key-value store sends, through the same client.
const put = (client: SanityClient, body: unknown) => client.request({uri: '/users/me/keyvalue', method: 'PUT', body})
const get = (client: SanityClient, keys: string[]) => client.request({uri: `/users/me/keyvalue/${keys.join(',')}`})

test("an anonymous write is refused with 401 in Sanity's shape, and stores nothing", async () => {
  const res = await fetch(`${t.lake.url}${KEYVALUE}`, {
    method: 'PUT',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify([{key: 'anon.big', value: 'x'.repeat(1024 * 1024 - 100)}]),
  })
  expect(res.status).toBe(401)
  const body = await res.json()
  expect(body).toEqual({statusCode: 401, error: 'Unauthorized', message: expect.stringContaining('Sign in')})
  expect(await get(t.anon, ['anon.big'])).toEqual([])
})

test('a value over 16 KB of JSON is refused with 413, and the rest of its write is not stored', async () => {
  const refused = await failure(
    put(t.writer, [
      {key: 'small', value: 1},
      {key: 'big', value: 'x'.repeat(17 * 1024)},
    ]),
  )
  expect(refused.statusCode).toBe(413)
  expect(refused.body.error).toMatchObject({type: 'httpPayloadTooLarge', description: expect.stringContaining('"big"')})
  expect(await get(t.writer, ['small', 'big'])).toEqual([])
  // Just under the limit is fine.
  const value = 'y'.repeat(16 * 1024 - 10)
  expect(await put(t.writer, [{key: 'almost', value}])).toEqual([{key: 'almost', value}])
})

test('a user keeps at most 200 keys; overwriting a kept key still works', async () => {
  const pairs = Array.from({length: 200}, (_, i) => ({key: `pref.${i}`, value: i}))
  expect(await put(t.reader, pairs)).toHaveLength(200)
  const refused = await failure(
    put(t.reader, [
      {key: 'pref.0', value: 'changed'},
      {key: 'pref.200', value: 200},
    ]),
  )
  expect(refused.statusCode).toBe(400)
  const error = {type: 'keyValueLimitError', description: expect.stringContaining('at most 200')}
  expect(refused.body.error).toMatchObject(error)
  expect(await get(t.reader, ['pref.0', 'pref.200'])).toEqual([{key: 'pref.0', value: 0}])
  expect(await put(t.reader, [{key: 'pref.0', value: 'changed'}])).toEqual([{key: 'pref.0', value: 'changed'}])
  // Another user's allowance is their own.
  expect(await put(t.writer, [{key: 'pref.200', value: 200}])).toEqual([{key: 'pref.200', value: 200}])
})

test('an oversized body, a malformed body and an overlong key are refused with clear errors', async () => {
  const headers = {'content-type': 'application/json', authorization: `Bearer ${READ_TOKEN}`}
  const oversized = JSON.stringify([{key: 'k', value: 'z'.repeat(300 * 1024)}])
  const big = await fetch(`${t.lake.url}${KEYVALUE}`, {method: 'PUT', headers, body: oversized})
  expect(big.status).toBe(413)
  expect((await big.json()).error.type).toBe('httpPayloadTooLarge')
  const malformed = await fetch(`${t.lake.url}${KEYVALUE}`, {method: 'PUT', headers, body: '[{"value": 1}]'})
  expect(malformed.status).toBe(400)
  expect((await malformed.json()).error.description).toMatch(/"key": string/)
  const longKey = await failure(put(t.writer, [{key: 'k'.repeat(201), value: 1}]))
  expect(longKey.statusCode).toBe(400)
})
