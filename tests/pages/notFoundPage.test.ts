/** @jest-environment node */
/**
 * The production server's swap of Next's empty 404 shell for the rendered not-found page
 * (scripts/serve/notFoundPage.ts), over a real HTTP server: the shell, however it is written,
 * gives way to the page with Next's status and headers; every other response streams through as
 * it was; a failed fetch sends the shell whole; and the fetch accepts only a real not-found page.
 */
import {createServer, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {fetchNotFoundPage, NOT_FOUND_PATH, replaceErrorShell} from '../../scripts/serve/notFoundPage'

// Next's error shell as a notFound() page sends it (shortened), long enough to arrive in pieces.
const SHELL =
  '<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/>' +
  '<script src="/_next/static/chunks/a.js" async=""></script></head><body><div hidden=""></div>' +
  `<script>self.__next_f.push([1,"${'x'.repeat(2000)}"])</script></body></html>`
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><title>Page not found</title></head><body><h1>We couldn’t find that page</h1></body></html>'
const ARTICLE = `<!DOCTYPE html><html lang="en"><head><title>Druk</title></head><body>${'é'.repeat(3000)}</body></html>`

function sendInPieces(res: ServerResponse, body: string, status: number, size: number) {
  res.statusCode = status
  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.setHeader('cache-control', 's-maxage=3600')
  res.setHeader('content-length', Buffer.byteLength(body))
  const bytes = Buffer.from(body)
  for (let at = 0; at < bytes.length - size; at += size) res.write(bytes.subarray(at, at + size))
  res.end(bytes.subarray(Math.floor((bytes.length - 1) / size) * size))
}

let server: Server
let base: string
let fetched = 0
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const size = Number(url.searchParams.get('size') ?? 100_000)
    if (url.pathname === NOT_FOUND_PATH) return sendInPieces(res, PAGE, 404, size)
    if (url.pathname === '/shell-as-not-found') return sendInPieces(res, SHELL, 404, size)
    if (url.pathname === '/not-found-200') return sendInPieces(res, PAGE, 200, size)
    const failing = url.pathname === '/failing'
    replaceErrorShell(res, async () => {
      fetched++
      if (failing) throw new Error('the server is stopping')
      return Buffer.from(PAGE)
    })
    if (url.pathname === '/missing' || failing) return sendInPieces(res, SHELL, 404, size)
    if (url.pathname === '/article') return sendInPieces(res, ARTICLE, 200, size)
    if (url.pathname === '/error') return sendInPieces(res, SHELL, 500, size)
    if (url.pathname === '/plain-404') return sendInPieces(res, PAGE, 404, size)
    res.writeHead(404, {'content-type': 'application/json'}).end('{"error":"missing"}')
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((done) => server.close(done)))

test.each([1, 7, 300, 100_000])('a 404 shell written %s bytes at a time becomes the page', async (size) => {
  const res = await fetch(`${base}/missing?size=${size}`)
  expect(res.status).toBe(404)
  expect(res.headers.get('cache-control')).toBe('s-maxage=3600')
  expect(await res.text()).toBe(PAGE)
})

test('other responses pass as written: a page, an error shell with another status, a real 404, JSON', async () => {
  const before = fetched
  for (const [path, status, body] of [
    ['/article?size=100', 200, ARTICLE],
    ['/error?size=100', 500, SHELL],
    ['/plain-404?size=10', 404, PAGE],
    ['/json', 404, '{"error":"missing"}'],
  ] as const) {
    const res = await fetch(base + path)
    expect({path, status: res.status, body: await res.text()}).toEqual({path, status, body})
    if (path !== '/json') expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(body)))
  }
  expect(fetched).toBe(before)
})

test('when the page cannot be fetched, the shell goes out whole', async () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => {})
  const res = await fetch(`${base}/failing?size=64`)
  expect(res.status).toBe(404)
  expect(await res.text()).toBe(SHELL)
  expect(errors).toHaveBeenCalledWith(expect.stringContaining('not-found page'), expect.any(Error))
  errors.mockRestore()
})

test("the fetch takes the server's /_not-found only when it is a rendered 404 page", async () => {
  expect((await fetchNotFoundPage(base))?.toString()).toBe(PAGE)
  const elsewhere = (path: string) => fetchNotFoundPage(`${base}${path}?`)
  // The origin is the whole prefix: point it at the other answers through a query string.
  expect(await elsewhere('/shell-as-not-found')).toBeNull()
  expect(await elsewhere('/not-found-200')).toBeNull()
})
