/** @jest-environment node */
/**
 * A web page the developer happens to visit must not read or write the local lake: only the
 * configured origins get CORS answers, foreign writes are refused, and a request addressed to a
 * host name that is not the lake's own (DNS rebinding) is refused before any work.
 */
import {request} from 'node:http'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {startLake, type RunningLake} from '@/sanity/lake/server/start'
import {lakeConfigFromEnv} from '@/sanity/lake/server/config'
import {GRANTS, READ_TOKEN, WRITE_TOKEN, clientFor} from '../support/lake'

const SITE = 'http://localhost:3000'
const EVIL = 'https://evil.example'
let lake: RunningLake

beforeAll(async () => {
  lake = await startLake({
    port: 0,
    dataFile: join(mkdtempSync(join(tmpdir(), 'lake-origins-')), 'lake.sqlite'),
    grants: GRANTS,
    corsOrigins: [
      {origin: SITE, credentials: true},
      {origin: 'https://viewer.example', credentials: false},
    ],
  })
  await clientFor(lake.url, WRITE_TOKEN).create({
    _id: 'comment-contact.c1',
    _type: 'commentContact',
    email: 'reader@example.com',
  })
})
afterAll(() => lake.close())

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request, so that Host and Origin are exactly what an attacker's browser would send. */
function send(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${lake.url}${path}`, {method, headers}, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body: text}))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const emailQuery = `/v2025-02-19/data/query/production?query=${encodeURIComponent('*[_type=="commentContact"]{email}')}`

describe('CORS', () => {
  test('a foreign origin gets no CORS headers, so its page cannot read the answer', async () => {
    const res = await send(emailQuery, {origin: EVIL, authorization: `Bearer ${READ_TOKEN}`})
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
    expect(res.headers['access-control-allow-credentials']).toBeUndefined()
  })

  test('a foreign preflight is granted nothing, private-network access included', async () => {
    const res = await send(
      emailQuery,
      {
        origin: EVIL,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
        'access-control-request-private-network': 'true',
      },
      'OPTIONS',
    )
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
    expect(res.headers['access-control-allow-headers']).toBeUndefined()
    expect(res.headers['access-control-allow-private-network']).toBeUndefined()
  })

  test('the site’s own origin gets CORS with credentials and private-network access', async () => {
    const res = await send(
      emailQuery,
      {
        origin: SITE,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, x-sanity-app',
        'access-control-request-private-network': 'true',
      },
      'OPTIONS',
    )
    expect(res.headers['access-control-allow-origin']).toBe(SITE)
    expect(res.headers['access-control-allow-credentials']).toBe('true')
    expect(res.headers['access-control-allow-headers']).toContain('authorization')
    expect(res.headers['access-control-allow-private-network']).toBe('true')
  })

  test('an origin configured without credentials gets CORS but no credentials', async () => {
    const res = await send('/v1/ping', {origin: 'https://viewer.example'})
    expect(res.headers['access-control-allow-origin']).toBe('https://viewer.example')
    expect(res.headers['access-control-allow-credentials']).toBeUndefined()
  })

  test('a write from a foreign origin is refused, and nothing is stored', async () => {
    const body = JSON.stringify({mutations: [{create: {_id: 'planted', _type: 'article', title: 'Planted'}}]})
    const res = await send(
      '/v2025-02-19/data/mutate/production',
      {
        origin: EVIL,
        authorization: `Bearer ${WRITE_TOKEN}`,
        'content-type': 'application/json',
      },
      'POST',
      body,
    )
    expect(res.status).toBe(403)
    expect(JSON.parse(res.body).error.type).toBe('corsOriginError')
    expect(await clientFor(lake.url, READ_TOKEN).getDocument('planted')).toBeUndefined()
  })
})

describe('Host names (DNS rebinding)', () => {
  test('a request addressed to a foreign host name is refused before any work', async () => {
    const res = await send(emailQuery, {host: 'evil.example:3333', authorization: `Bearer ${READ_TOKEN}`})
    expect(res.status).toBe(421)
    expect(JSON.parse(res.body).error).toMatchObject({type: 'hostNotAllowedError'})
    expect(res.body).not.toContain('reader@example.com')
  })

  test.each(['localhost:3333', '127.0.0.1', '[::1]:3333', 'local.localhost:3334', 'LOCALHOST'])(
    '%s is one of the lake’s names',
    async (host) => {
      expect((await send('/v1/ping', {host})).status).toBe(200)
    },
  )

  test('a WebSocket upgrade from a foreign page is refused', async () => {
    const res = await send('/v2022-06-30/socket/production', {
      origin: EVIL,
      connection: 'Upgrade',
      upgrade: 'websocket',
      'sec-websocket-version': '13',
      'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
    }).catch((err: Error) => ({status: 0, headers: {}, body: err.message}))
    expect(res.status).not.toBe(101)
  })
})

describe('configuration', () => {
  test('the tokens once published in .env.example are refused, not trusted', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lake-secrets-')), 'secrets.json')
    expect(() =>
      lakeConfigFromEnv({
        LOCAL_SECRETS_FILE: file,
        SANITY_API_WRITE_TOKEN: 'local-lake-write-token-for-development-only',
      }),
    ).toThrow(/published in \.env\.example/)
  })

  test('a lake on a non-loopback address with generated secrets is refused', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lake-secrets-')), 'secrets.json')
    expect(() => lakeConfigFromEnv({LOCAL_SECRETS_FILE: file, LAKE_HOST: '0.0.0.0'})).toThrow(
      /LAKE_HOST=0\.0\.0\.0.*set your own/,
    )
  })

  test('LAKE_CORS_ORIGINS is checked: a path or a wildcard is not an origin', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lake-secrets-')), 'secrets.json')
    for (const value of ['*', 'https://x.example/path', 'https://x.example;always']) {
      expect(() => lakeConfigFromEnv({LOCAL_SECRETS_FILE: file, LAKE_CORS_ORIGINS: value})).toThrow(/LAKE_CORS_ORIGINS/)
    }
    expect(lakeConfigFromEnv({LOCAL_SECRETS_FILE: file}).corsOrigins).toEqual([
      {origin: 'http://localhost:3000', credentials: true},
      {origin: 'http://127.0.0.1:3000', credentials: true},
    ])
  })
})
