/** @jest-environment node */
/**
 * The production server's rewrite that loads the App Router's chunks after the first paint
 * (scripts/serve/scriptsAfterPaint.ts): which tags go, what the loader holds, that a page cut into
 * any pieces comes out the same, and that only HTML is touched, over a real HTTP server.
 */
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {createRewriter, rewriteHead, rewriteHtmlResponse, rewritesPath} from '../../scripts/serve/scriptsAfterPaint'

const chunk = (name: string) => `/_next/static/chunks/${name}.js`
// The head and body as React and Next 16 write them (taken from a built page, shortened).
const HEAD =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/2o114ai96h660.css" data-precedence="next"/>' +
  `<link rel="preload" as="script" fetchPriority="low" href="${chunk('boot')}"/>` +
  `<script src="${chunk('a')}" async=""></script><script src="${chunk('b')}" async=""></script>` +
  '<title>Druk’s NATO nexus | The Meridian Review</title>' +
  `<script src="${chunk('polyfills')}" noModule=""></script></head>`
const BODY =
  '<body><h1>Druk’s NATO nexus — é</h1><p>Text</p>' +
  '<script>(globalThis.TURBOPACK = globalThis.TURBOPACK || []).push({"otherChunks":["static/chunks/a.js"]});</script>' +
  `<script src="${chunk('boot')}" async=""></script>` +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  `<script src="${chunk('other')}" async="" integrity="sha384-x"></script></body></html>`
const PAGE = HEAD + BODY

function rewriteInPieces(text: string, size: number): string {
  const bytes = Buffer.from(text)
  const rewriter = createRewriter()
  const out: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) out.push(...rewriter.write(bytes.subarray(i, i + size)))
  return Buffer.concat([...out, ...rewriter.end()]).toString('utf8')
}

test("the head's chunk scripts and preload give way to one loader holding them all, in order", () => {
  const {head, later} = rewriteHead(HEAD)
  expect(head).not.toMatch(/<script src="[^"]+" async=""><\/script>/)
  expect(head).not.toContain('rel="preload" as="script"')
  expect(later).toEqual([chunk('boot')])
  const loader = /<script>\(\(s,d\)=>\{[^<]*\}\)\((\[[^\]]*\])\)<\/script><\/head>$/.exec(head)
  expect(loader && JSON.parse(loader[1])).toEqual([chunk('a'), chunk('b'), chunk('boot')])
  // Everything else stays: the stylesheet, the title, the legacy-browser polyfill.
  expect(head).toContain('<link rel="stylesheet" href="/_next/static/chunks/2o114ai96h660.css"')
  expect(head).toContain('<title>Druk’s NATO nexus | The Meridian Review</title>')
  expect(head).toContain(`<script src="${chunk('polyfills')}" noModule=""></script>`)
})

test("the body loses the bootstrap chunk's tag, and keeps the flight data and tags it does not know", () => {
  const out = rewriteInPieces(PAGE, PAGE.length * 4)
  expect(out).not.toContain(`<script src="${chunk('boot')}" async=""></script>`)
  expect(out).toContain('<script>(self.__next_f=self.__next_f||[]).push([0])</script>')
  expect(out).toContain('"otherChunks":["static/chunks/a.js"]')
  expect(out).toContain(`<script src="${chunk('other')}" async="" integrity="sha384-x"></script>`)
  expect(out).toContain('<h1>Druk’s NATO nexus — é</h1>')
})

test('a page written in pieces of any size, cut inside tags and characters, comes out the same', () => {
  const whole = rewriteInPieces(PAGE, PAGE.length * 4)
  for (const size of [1, 2, 3, 5, 7, 13, 64, 200]) expect(rewriteInPieces(PAGE, size)).toBe(whole)
})

test('a page without Next chunk tags, and a head that never ends, pass through unchanged', () => {
  const plain = '<!DOCTYPE html><html><head><title>Offline</title></head><body><p>Back soon.</p></body></html>'
  expect(rewriteInPieces(plain, 5)).toBe(plain)
  const cut = `<html><head><script src="${chunk('a')}" async=""></script>`
  expect(rewriteInPieces(cut, 4)).toBe(cut)
})

test("Next's error shell, which shows nothing until its chunks run, keeps its tags", () => {
  const shell = PAGE.replace('<html lang="en">', '<html id="__next_error__">')
  expect(rewriteInPieces(shell, 9)).toBe(shell)
})

test('the Studio is left as Next writes it; reader pages are rewritten', () => {
  expect(rewritesPath('/studio')).toBe(false)
  expect(rewritesPath('/studio/structure/article')).toBe(false)
  expect(rewritesPath('/studio?x=1')).toBe(false)
  expect(rewritesPath('/')).toBe(true)
  expect(rewritesPath('/articles/studio-notes')).toBe(true)
  expect(rewritesPath('/studios')).toBe(true)
})

describe('over HTTP', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    server = createServer((req, res) => {
      rewriteHtmlResponse(res)
      if (req.url === '/page') {
        // As Next sends a prerendered page: length set up front, the body in two writes.
        res.setHeader('content-type', 'text/html; charset=utf-8')
        res.setHeader('content-length', Buffer.byteLength(PAGE))
        res.write(PAGE.slice(0, 150))
        res.end(PAGE.slice(150))
      } else if (req.url === '/head-object') {
        res.writeHead(200, {'content-type': 'text/html', 'content-length': String(Buffer.byteLength(PAGE))})
        res.end(PAGE)
      } else {
        const json = JSON.stringify({html: PAGE})
        res.writeHead(200, {'content-type': 'application/json', 'content-length': String(Buffer.byteLength(json))})
        res.end(json)
      }
    })
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((done) => server.close(done)))

  test.each(['/page', '/head-object'])('%s: an HTML response is rewritten and loses its stale length', async (path) => {
    const res = await fetch(base + path)
    const body = await res.text()
    expect(res.headers.get('content-length')).toBeNull()
    expect(body).toBe(rewriteInPieces(PAGE, PAGE.length))
    expect(body).not.toBe(PAGE)
  })

  test('any other response is passed on byte for byte, length and all', async () => {
    const res = await fetch(`${base}/data`)
    const body = await res.text()
    expect(JSON.parse(body)).toEqual({html: PAGE})
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(body)))
  })
})
