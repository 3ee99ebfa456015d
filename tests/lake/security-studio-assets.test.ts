/** @jest-environment node */
import {servedTypeOf} from '@/sanity/lake/server/assetContentType'
import {png, startStudioLake, type StudioLake} from '../studio/support'
import {failure} from './helpers'

let t: StudioLake
beforeAll(async () => {
  t = await startStudioLake()
})
afterAll(() => t.lake.close())

const CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
const HTML = Buffer.from(
  '<!doctype html><html><body><script>fetch("/v1/users/me").then(r => r.text()).then(alert)</script></body></html>',
)

async function served(path: string) {
  const res = await fetch(`${t.lake.url}/${path}`)
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    nosniff: res.headers.get('x-content-type-options'),
    csp: res.headers.get('content-security-policy'),
    body: Buffer.from(await res.arrayBuffer()),
  }
}

test('an HTML page uploaded as a file is served as a download, never as text/html', async () => {
  const asset = await t.writer.assets.upload('file', HTML, {filename: 'invoice.html', contentType: 'text/html'})
  const res = await served(asset.path)
  expect(res).toMatchObject({status: 200, type: 'application/octet-stream', nosniff: 'nosniff', csp: CSP})
  expect(res.disposition).toMatch(/^attachment; filename="[a-f0-9]{40}\.html"$/)
  expect(res.body.equals(HTML)).toBe(true)
})

test('an HTML page uploaded as an image is refused, and so is one behind a GIF header (it does not decode)', async () => {
  expect((await failure(t.writer.assets.upload('image', HTML, {contentType: 'text/html'}))).statusCode).toBe(400)
  const polyglot = Buffer.concat([Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), HTML])
  const refused = await failure(
    t.writer.assets.upload('image', polyglot, {filename: 'x.html', contentType: 'text/html'}),
  )
  expect(refused.statusCode).toBe(400)
})

test('a PNG is still served inline as image/png, with nosniff and the sandbox', async () => {
  const bytes = png(8, 8, 1)
  const asset = await t.writer.assets.upload('image', bytes)
  const res = await served(asset.path)
  expect(res).toMatchObject({status: 200, type: 'image/png', disposition: null, nosniff: 'nosniff', csp: CSP})
  expect(res.body.equals(bytes)).toBe(true)
})

test('SVG and text are shown inline, sandboxed; other files are downloads, whatever type is claimed', async () => {
  const svgText = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
  const svg = Buffer.from(svgText)
  const svgAsset = await t.writer.assets.upload('file', svg, {filename: 'logo.svg', contentType: 'text/html'})
  expect(await served(svgAsset.path)).toMatchObject({type: 'image/svg+xml', disposition: null, csp: CSP})
  const notes = Buffer.from('Notes: ünïcödé\n')
  const text = await t.writer.assets.upload('file', notes, {filename: 'notes.txt', contentType: 'text/html'})
  expect(await served(text.path)).toMatchObject({type: 'text/plain; charset=utf-8', disposition: null, csp: CSP})
  const zipBytes = Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1')
  const zip = await t.writer.assets.upload('file', zipBytes, {filename: 'a.zip', contentType: 'image/png'})
  const download = {type: 'application/octet-stream', disposition: expect.stringMatching(/^attachment/)}
  expect(await served(zip.path)).toMatchObject(download)
})

test('an asset stored before this check with a text/html type is served safely too', async () => {
  const hash = 'f'.repeat(40)
  t.lake.lake.store.putAsset(`file-${hash}-html`, 'text/html', HTML)
  const res = await served(`files/local/production/${hash}.html`)
  expect(res).toMatchObject({type: 'application/octet-stream', csp: CSP})
})

test('errors on asset paths carry the same headers', async () => {
  const missing = await served(`images/local/production/${'0'.repeat(40)}-1x1.png`)
  expect(missing).toMatchObject({status: 404, nosniff: 'nosniff', csp: CSP})
  expect((await served('files/local/production/%E0%A4%A.txt')).status).toBe(404)
})

test('the sniffer knows each allowed type by its first bytes', () => {
  const cases: Array<[string, Buffer]> = [
    ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ['image/webp', Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 ', 'latin1')],
    ['image/avif', Buffer.from('\x00\x00\x00\x1cftypavif\x00\x00\x00\x00', 'latin1')],
    ['application/pdf', Buffer.from('%PDF-1.7\n')],
    ['image/svg+xml', Buffer.from('\uFEFF<!-- logo --><!DOCTYPE svg><svg viewBox="0 0 1 1"/>')],
    ['text/plain; charset=utf-8', Buffer.from('plain\r\n\ttext')],
    ['application/octet-stream', Buffer.from('<html><svg></svg></html>')],
    ['application/octet-stream', Buffer.from('  <?xml version="1.0"?><x/>')],
    ['application/octet-stream', Buffer.from([0x74, 0x65, 0x00, 0x78])],
    ['application/octet-stream', Buffer.from([0xc3, 0x28])],
  ]
  for (const [type, data] of cases) expect([type, servedTypeOf(data).contentType]).toEqual([type, type])
})
