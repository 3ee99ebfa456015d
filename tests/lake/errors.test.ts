/** @jest-environment node */
import {WRITE_TOKEN, startTestLake, type TestLake} from '../support/lake'
import {failure, uid} from './helpers'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.lake.close())

const url = (path: string) => `${t.lake.url}/v2025-02-19${path}`
const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(url(path), {
    method: 'POST',
    headers: {authorization: `Bearer ${WRITE_TOKEN}`, 'content-type': 'application/json', ...headers},
    body,
  })

describe('queries', () => {
  test('a GROQ syntax error is a 400 queryParseError with start, end and the query', async () => {
    const query = '*[_type == ]{title}'
    const error = await failure(t.anon.fetch(query))
    expect(error.statusCode).toBe(400)
    const {type, description, start, end, query: echoed} = error.body.error
    expect(type).toBe('queryParseError')
    expect(description).toEqual(expect.any(String))
    expect(echoed).toBe(query)
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true)
    expect(start).toBeGreaterThanOrEqual(8)
    expect(start).toBeLessThanOrEqual(11)
    expect(end).toBeGreaterThan(start)
    expect(end).toBeLessThanOrEqual(query.length)
  })

  test('a syntax error at the very end still has start <= end <= query length', async () => {
    const query = '*[_type == "a"]{title'
    const {body} = await failure(t.anon.fetch(query))
    expect(body.error.type).toBe('queryParseError')
    expect(body.error.start).toBeLessThanOrEqual(body.error.end)
    expect(body.error.end).toBeLessThanOrEqual(query.length)
  })

  test('a $param that is not JSON is a 400', async () => {
    const res = await fetch(url(`/data/query/production?query=${encodeURIComponent('*[_id == $id]')}&$id=not-json`))
    expect(res.status).toBe(400)
    expect((await res.json()).error.description).toContain('$id')
  })

  test('params are JSON values, never spliced into the query', async () => {
    const id = uid('param')
    await t.writer.create({_id: id, _type: 'note'})
    expect(await t.anon.fetch('count(*[_id == $id])', {id: `${id}" || true || "`})).toBe(0)
    expect(await t.anon.fetch('count(*[_id == $id])', {id})).toBe(1)
  })

  test('a $param the query uses but the request does not give is a 400, as on Sanity', async () => {
    const query = '*[_id == $id && slug.current == $slug]'
    const error = await failure(t.anon.fetch(query, {id: 'x'}))
    expect(error.statusCode).toBe(400)
    expect(error.body.error).toMatchObject({
      type: 'queryParseError',
      query,
      start: query.indexOf('$slug'),
      end: query.indexOf('$slug') + 5,
    })
    expect(error.body.error.description).toContain('$slug')
    // A param given as null is provided.
    expect(await t.anon.fetch(query, {id: 'x', slug: null})).toEqual([])
  })

  test('a missing query is a 400', async () => {
    const res = await fetch(url('/data/query/production'))
    expect(res.status).toBe(400)
  })

  test('POST query with a malformed JSON body or non-object params is a 400', async () => {
    expect((await post('/data/query/production', '{"query": "*"')).status).toBe(400)
    const res = await post('/data/query/production', JSON.stringify({query: '*', params: ['a']}))
    expect(res.status).toBe(400)
    expect((await res.json()).error.description).toMatch(/params/)
  })

  test('a JSON body that is not an object is a 400, not an internal error', async () => {
    for (const body of ['null', '[]', '"*"', '42']) {
      const res = await post('/data/query/production', body)
      expect(res.status).toBe(400)
      expect((await res.json()).error.type).toBe('httpBadRequest')
    }
  })

  test('a malformed percent-encoding in the path is a 400, not an internal error', async () => {
    const res = await fetch(url('/data/doc/production/%zz'))
    expect(res.status).toBe(400)
    expect((await res.json()).error.type).toBe('httpBadRequest')
  })

  test('an unknown dataset or endpoint is a 404', async () => {
    expect((await fetch(url('/data/query/staging?query=*'))).status).toBe(404)
    expect((await fetch(url('/data/nothing/production'))).status).toBe(404)
    expect((await fetch(`${t.lake.url}/not-versioned/data/query/production?query=*`)).status).toBe(404)
  })
})

describe('mutations', () => {
  test('a malformed JSON body is a 400 and writes nothing', async () => {
    const id = uid('bad')
    const res = await post('/data/mutate/production', `{"mutations": [{"create": {"_id": "${id}", "_type": "note"}}`)
    expect(res.status).toBe(400)
    expect((await res.json()).error.description).toMatch(/JSON/)
    expect(await t.reader.getDocument(id)).toBeUndefined()
  })

  test.each(['text/plain', 'application/x-www-form-urlencoded', ''])(
    'content type "%s" is a 400 and writes nothing',
    async (contentType) => {
      const id = uid('ctype')
      const res = await post(
        '/data/mutate/production',
        JSON.stringify({mutations: [{create: {_id: id, _type: 'note'}}]}),
        {'content-type': contentType},
      )
      expect(res.status).toBe(400)
      expect((await res.json()).error.description).toMatch(/Content-Type/)
      expect(await t.reader.getDocument(id)).toBeUndefined()
    },
  )

  test('a body without a mutations array is a 400', async () => {
    for (const body of [
      {},
      {mutations: []},
      {mutations: {create: {_type: 'note'}}},
      null,
      [{create: {_type: 'note'}}],
    ]) {
      expect((await post('/data/mutate/production', JSON.stringify(body))).status).toBe(400)
    }
  })

  test('an unknown mutation type is a 400 mutationError', async () => {
    const id = uid('unknown')
    const error = await failure(t.writer.mutate([{upsert: {_id: id, _type: 'note'}}] as never))
    expect(error.statusCode).toBe(400)
    expect(error.body.error).toMatchObject({
      type: 'mutationError',
      items: [{index: 0, error: {type: 'invalidMutation'}}],
    })
    expect(error.message).toContain('upsert')
    expect(await t.reader.getDocument(id)).toBeUndefined()
  })

  test('a mutation with two operation keys is a 400', async () => {
    const id = uid('twokeys')
    const error = await failure(t.writer.mutate([{create: {_id: id, _type: 'note'}, delete: {id}}] as never))
    expect(error.statusCode).toBe(400)
    expect(await t.reader.getDocument(id)).toBeUndefined()
  })

  test.each(['has space', 'slash/in/id', '.leading', '-leading-dash', 'ümlaut', 'double..dot', 'x'.repeat(129), ''])(
    'invalid document id %j is a 400',
    async (id) => {
      const error = await failure(t.writer.mutate([{create: {_id: id, _type: 'note'}}]))
      expect(error.statusCode).toBe(400)
      expect(error.body.error.type).toBe('mutationError')
    },
  )

  test('an invalid id in delete or patch is a 400', async () => {
    expect((await failure(t.writer.mutate([{delete: {id: 'has space'}}]))).statusCode).toBe(400)
    expect((await failure(t.writer.mutate([{patch: {id: 'a/b', set: {x: 1}}}]))).statusCode).toBe(400)
  })

  test('a duplicate id on create is a 409', async () => {
    const id = uid('dup')
    await t.writer.create({_id: id, _type: 'note'})
    const error = await failure(t.writer.create({_id: id, _type: 'note'}))
    expect(error.statusCode).toBe(409)
    expect(error.body.error.items[0].error.id).toBe(id)
  })
})

describe('oversize bodies', () => {
  const big = 'x'.repeat(4 * 1024 * 1024 + 10)

  test('a mutation body over 4 MB is a 413, writes nothing, and the lake answers afterwards', async () => {
    const id = uid('big')
    const error = await failure(t.writer.create({_id: id, _type: 'note', big}))
    expect(error.statusCode).toBe(413)
    expect(await t.anon.fetch('count(*[_id == $id])', {id})).toBe(0)
    const after = await t.writer.create({_id: uid('after'), _type: 'note'})
    expect(await t.anon.getDocument(after._id)).toMatchObject({_id: after._id})
  })

  test('a query body over 4 MB is a 413', async () => {
    const res = await post('/data/query/production', JSON.stringify({query: '*[0]', params: {big}}))
    expect(res.status).toBe(413)
    expect((await res.json()).error.type).toBe('httpPayloadTooLarge')
  })

  test('a chunked body (no Content-Length) over 4 MB is a 413 too', async () => {
    const id = uid('chunked')
    const payload = Buffer.from(JSON.stringify({mutations: [{create: {_id: id, _type: 'note', big}}]}))
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < payload.length; i += 64 * 1024) controller.enqueue(payload.subarray(i, i + 64 * 1024))
        controller.close()
      },
    })
    const res = await fetch(url('/data/mutate/production'), {
      method: 'POST',
      headers: {authorization: `Bearer ${WRITE_TOKEN}`, 'content-type': 'application/json'},
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
    expect(await t.reader.getDocument(id)).toBeUndefined()
    expect(await t.anon.fetch('1 + 1')).toBe(2)
  })
})
