/** @jest-environment node */
import {readFileSync} from 'node:fs'
import {connect, type ClientHttp2Session} from 'node:http2'
import {ensureCertificate} from '@/sanity/lake/studio/tls'
import {READ_TOKEN, WRITE_TOKEN} from '../support/lake'
import {startStudioLake, type StudioLake} from '../studio/support'

let t: StudioLake
let session: ClientHttp2Session
beforeAll(async () => {
  t = await startStudioLake()
  // Verified against the lake's own certificate, under the name the Studio's client uses.
  session = connect(`https://127.0.0.1:${t.lake.tls!.port}`, {
    ca: readFileSync(t.lake.tls!.certFile),
    servername: 'local.localhost',
  })
})
afterAll(async () => {
  session.close()
  await t.lake.close()
})

function h2(
  path: string,
  token?: string,
  init: {method?: string; body?: unknown} = {},
): Promise<{status: number; body: string; headers: Record<string, unknown>}> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      ':path': path,
      ':method': init.method ?? 'GET',
      origin: 'http://localhost:3000',
    }
    if (token) headers.authorization = `Bearer ${token}`
    if (init.body !== undefined) headers['content-type'] = 'application/json'
    const stream = session.request(headers)
    let status = 0
    let responseHeaders: Record<string, unknown> = {}
    let body = ''
    stream.on('response', (h) => {
      status = Number(h[':status'])
      responseHeaders = h
    })
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => (body += chunk))
    stream.on('end', () => resolve({status, body, headers: responseHeaders}))
    stream.on('error', reject)
    stream.end(init.body === undefined ? undefined : JSON.stringify(init.body))
  })
}
const json = async (path: string, token?: string, init?: {method?: string; body?: unknown}) =>
  JSON.parse((await h2(path, token, init)).body)

test('HTTPS speaks HTTP/2 with a certificate for localhost and <project>.localhost, and answers CORS', async () => {
  const res = await h2('/v1/ping')
  expect(res.status).toBe(200)
  expect(res.headers['access-control-allow-origin']).toBe('http://localhost:3000')
})

test('a dozen listener streams and a query share one connection (what the Studio needs)', async () => {
  const streams = Array.from({length: 12}, () => {
    const stream = session.request({
      ':path': '/v2025-02-19/data/listen/production?query=*',
      authorization: `Bearer ${WRITE_TOKEN}`,
    })
    return new Promise<string>((resolve) =>
      stream.once('data', (chunk: Buffer) => resolve(chunk.toString())).on('error', () => undefined),
    ).finally(() => stream.close())
  })
  const welcomes = await Promise.all(streams)
  expect(welcomes.every((w) => w.startsWith('event: welcome'))).toBe(true)
  expect(await json('/v2025-02-19/data/query/production?query=count(*)', WRITE_TOKEN)).toMatchObject({
    result: expect.any(Number),
  })
})

test('users/me: a write token is an editor, a read token a viewer, no token is not logged in', async () => {
  expect(await json('/v2025-02-19/users/me', WRITE_TOKEN)).toMatchObject({
    id: 'test-editor',
    role: 'editor',
    roles: [{name: 'editor'}],
  })
  expect(await json('/v2025-02-19/users/me', READ_TOKEN)).toMatchObject({id: 'test-viewer', role: 'viewer'})
  expect(await json('/v2025-02-19/users/me')).toEqual({})
  expect((await h2('/v2025-02-19/users/me', 'not-a-token-of-this-lake-0123456789')).status).toBe(401)
  expect(await json('/v2025-02-19/auth/id', WRITE_TOKEN)).toEqual({id: 'test-editor'})
  expect(await json('/v2025-02-19/auth/providers')).toMatchObject({providers: []})
})

test('dataset grants let editors write and viewers only read', async () => {
  const acl = '/v2025-02-19/projects/local/datasets/production/acl'
  expect(await json(acl, WRITE_TOKEN)).toEqual([
    {filter: '_id in path("**")', permissions: expect.arrayContaining(['read', 'create', 'update'])},
  ])
  const viewer = await json(acl, READ_TOKEN)
  expect(viewer[0].permissions).not.toContain('update')
  expect(await json('/v2025-02-19/projects/local/datasets', WRITE_TOKEN)).toEqual([
    expect.objectContaining({name: 'production', aclMode: 'public'}),
  ])
  expect(await json('/v2025-02-19/projects/local', WRITE_TOKEN)).toMatchObject({
    id: 'local',
    members: [expect.objectContaining({id: 'test-editor', isCurrentUser: true})],
  })
  expect((await h2('/v2025-02-19/projects/elsewhere', WRITE_TOKEN)).status).toBe(404)
})

test('Studio preferences round-trip through users/me/keyvalue, per user', async () => {
  const put = await json('/v2025-02-19/users/me/keyvalue', WRITE_TOKEN, {
    method: 'PUT',
    body: [{key: 'studio.layout', value: {width: 3}}],
  })
  expect(put).toEqual([{key: 'studio.layout', value: {width: 3}}])
  expect(await json('/v2025-02-19/users/me/keyvalue/studio.layout,unknown', WRITE_TOKEN)).toEqual([
    {key: 'studio.layout', value: {width: 3}},
  ])
  expect(await json('/v2025-02-19/users/me/keyvalue/studio.layout', READ_TOKEN)).toEqual([])
})

test('history of a document with none, and hosted-only services, answer empty (history itself: history.test.ts)', async () => {
  expect(await json('/v2025-02-19/data/history/production/events/documents/x', WRITE_TOKEN)).toEqual({
    events: {x: []},
    nextCursor: '',
  })
  expect((await h2('/v2025-02-19/data/history/production/transactions/x', WRITE_TOKEN)).body).toBe('')
  expect(await json('/v2025-02-19/features', WRITE_TOKEN)).toEqual([])
  expect(await json('/v2025-02-19/projects/local/user-applications', WRITE_TOKEN)).toEqual([])
  expect(await json('/v2025-02-19/intake/telemetry-status', WRITE_TOKEN)).toEqual({status: 'denied'})
})

test('the certificate is made once and reused at the next start', () => {
  const dir = t.lake.tls!.certFile.replace(/\/lake-cert\.pem$/, '')
  const before = readFileSync(t.lake.tls!.certFile, 'utf8')
  expect(ensureCertificate(dir, 'local').certFile).toBe(t.lake.tls!.certFile)
  expect(readFileSync(t.lake.tls!.certFile, 'utf8')).toBe(before)
})
