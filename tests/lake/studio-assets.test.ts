/** @jest-environment node */
import {createHash} from 'node:crypto'
import {png, startStudioLake, type StudioLake} from '../studio/support'
import {failure} from './helpers'

let t: StudioLake
beforeAll(async () => {
  t = await startStudioLake()
})
afterAll(() => t.lake.close())

const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex')

test("an uploaded image gets Sanity's asset document, id and metadata", async () => {
  const bytes = png(40, 30, 10)
  const asset = await t.writer.assets.upload('image', bytes, {filename: 'portrait.png'})
  const hash = sha1(bytes)
  expect(asset).toMatchObject({
    _id: `image-${hash}-40x30-png`,
    _type: 'sanity.imageAsset',
    assetId: hash,
    sha1hash: hash,
    extension: 'png',
    mimeType: 'image/png',
    originalFilename: 'portrait.png',
    size: bytes.length,
    path: `images/local/production/${hash}-40x30.png`,
    metadata: {dimensions: {width: 40, height: 30, aspectRatio: 40 / 30}},
  })
  expect(asset.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/images/local/production/${hash}-40x30\\.png$`))
  // A document like any other: queryable, and referenced by `_ref` from an article's image field.
  expect(await t.anon.fetch('*[_id == $id][0]._type', {id: asset._id})).toBe('sanity.imageAsset')
})

test('the same bytes uploaded twice give the same asset and no second transaction', async () => {
  const bytes = png(12, 12, 99)
  const first = await t.writer.assets.upload('image', bytes, {filename: 'a.png'})
  const log = t.lake.lake.store.transactions(0, 1e6).length
  const second = await t.writer.assets.upload('image', bytes, {filename: 'b.png'})
  expect(second._id).toBe(first._id)
  expect(second._rev).toBe(first._rev)
  expect(t.lake.lake.store.transactions(0, 1e6)).toHaveLength(log)
})

test('images are served where @sanity/image-url points, with their content type (originals without parameters)', async () => {
  const bytes = png(20, 10, 200)
  const asset = await t.writer.assets.upload('image', bytes)
  // With parameters the lake transforms: tests/lake/images-transform.test.ts.
  for (const query of ['', '?dl=']) {
    const res = await fetch(`${t.lake.url}/${asset.path}${query}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('cache-control')).toContain('immutable')
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true)
  }
  expect((await fetch(`${t.lake.url}/images/local/production/${'0'.repeat(40)}-1x1.png`)).status).toBe(404)
})

test('files upload and serve as files, with the type their bytes show', async () => {
  const bytes = Buffer.from('%PDF-1.4 a tiny document')
  const asset = await t.writer.assets.upload('file', bytes, {filename: 'report.pdf', contentType: 'application/pdf'})
  expect(asset).toMatchObject({
    _id: `file-${sha1(bytes)}-pdf`,
    _type: 'sanity.fileAsset',
    mimeType: 'application/pdf',
    extension: 'pdf',
  })
  const res = await fetch(`${t.lake.url}/${asset.path}`)
  expect(res.headers.get('content-type')).toBe('application/pdf')
  expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true)
})

test('uploads need a write token and a real image', async () => {
  expect((await failure(t.reader.assets.upload('image', png(2, 2)))).statusCode).toBe(403)
  expect((await failure(t.anon.assets.upload('image', png(2, 2)))).statusCode).toBe(401)
  expect((await failure(t.writer.assets.upload('image', Buffer.from('not an image')))).statusCode).toBe(400)
})
