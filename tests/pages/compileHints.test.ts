/** @jest-environment node */
/**
 * The production server's compile hint on the startup chunks (scripts/serve/compileHints.ts):
 * which chunks the build manifest names, and, over a real HTTP server that sends files with Next's
 * own static-file function behind the same compression layer as scripts/serve.ts, that the hint
 * leads the body with the length to match, plain and gzipped, and nothing else changes.
 */
import compression from 'compression'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createServer, request, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {serveStatic} from 'next/dist/server/serve-static'
import {COMPILE_HINT, hintResponse, hintsRequest, startupChunks} from '../../scripts/serve/compileHints'

const REACT_DOM = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["react-dom", é'.repeat(400)
const PAGE_CHUNK = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["comment form"])'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'compile-hints-'))
  mkdirSync(join(dir, '.next', 'static', 'chunks'), {recursive: true})
  writeFileSync(join(dir, '.next', 'static', 'chunks', 'rd.js'), REACT_DOM)
  writeFileSync(join(dir, '.next', 'static', 'chunks', 'page.js'), PAGE_CHUNK)
  writeFileSync(
    join(dir, '.next', 'build-manifest.json'),
    JSON.stringify({
      polyfillFiles: ['static/chunks/polyfills.js'],
      rootMainFiles: ['static/chunks/rd.js', 'static/chunks/main.css', '../outside.js', 7],
    }),
  )
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

test("the startup chunks are the manifest's rootMainFiles that are chunks, as URL paths", () => {
  expect([...startupChunks(dir)]).toEqual(['/_next/static/chunks/rd.js'])
})

test('a build without a readable manifest gets no hints rather than an error', () => {
  expect(startupChunks(join(dir, 'missing')).size).toBe(0)
  const broken = mkdtempSync(join(tmpdir(), 'compile-hints-broken-'))
  mkdirSync(join(broken, '.next'))
  writeFileSync(join(broken, '.next', 'build-manifest.json'), '{"rootMainFiles": [')
  expect(startupChunks(broken).size).toBe(0)
  rmSync(broken, {recursive: true, force: true})
})

describe('over HTTP, served as Next serves static files', () => {
  let server: Server
  let port: number
  beforeAll(async () => {
    const chunks = startupChunks(dir)
    const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void
    server = createServer((req, res) =>
      compress(req, res, () => {
        if (hintsRequest(req, chunks)) hintResponse(res)
        const file = join(dir, '.next', (req.url ?? '').replace(/^\/_next\//, '').split('?')[0])
        serveStatic(req, res, file, {}).catch(() => {
          res.statusCode = 404
          res.end('not found')
        })
      }),
    )
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise((done) => server.close(done)))

  /** A raw request, so no client decodes or asks for anything the test does not say. */
  function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
    return new Promise<{status: number; headers: IncomingMessage['headers']; body: Buffer}>((done, fail) => {
      const req = request({host: '127.0.0.1', port, path, method, headers}, (res) => {
        const parts: Buffer[] = []
        res.on('data', (part: Buffer) => parts.push(part))
        res.on('end', () => done({status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts)}))
      })
      req.on('error', fail).end()
    })
  }
  const hinted = Buffer.concat([COMPILE_HINT, Buffer.from(REACT_DOM)])

  test('a startup chunk starts with the hint, and its length counts it', async () => {
    const res = await get('/_next/static/chunks/rd.js')
    expect(res.status).toBe(200)
    expect(res.body.equals(hinted)).toBe(true)
    expect(res.headers['content-length']).toBe(String(hinted.length))
    expect(res.headers['content-type']).toMatch(/javascript/)
  })

  test('gzipped, it holds the same bytes', async () => {
    const res = await get('/_next/static/chunks/rd.js?v=1', {'accept-encoding': 'gzip'})
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(res.body).equals(hinted)).toBe(true)
  })

  test('HEAD reports the length a GET sends; a revalidation with its ETag gets an empty 304', async () => {
    const head = await get('/_next/static/chunks/rd.js', {}, 'HEAD')
    expect(head.headers['content-length']).toBe(String(hinted.length))
    expect(head.body.length).toBe(0)
    const again = await get('/_next/static/chunks/rd.js', {'if-none-match': String(head.headers.etag)})
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  test('a range of a startup chunk is answered whole, since its offsets would miss the hint', async () => {
    const res = await get('/_next/static/chunks/rd.js', {range: 'bytes=0-9'})
    expect(res.status).toBe(200)
    expect(res.body.equals(hinted)).toBe(true)
  })

  test("a page's own chunk and a missing chunk pass as Next sends them", async () => {
    const page = await get('/_next/static/chunks/page.js')
    expect(page.body.toString()).toBe(PAGE_CHUNK)
    expect(page.headers['content-length']).toBe(String(Buffer.byteLength(PAGE_CHUNK)))
    const ranged = await get('/_next/static/chunks/page.js', {range: 'bytes=0-9'})
    expect(ranged.status).toBe(206)
    expect(ranged.body.toString()).toBe(PAGE_CHUNK.slice(0, 10))
    const missing = await get('/_next/static/chunks/gone.js')
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toBe('not found')
  })
})
