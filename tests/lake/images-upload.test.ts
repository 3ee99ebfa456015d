/** @jest-environment node */
/* eslint-disable @typescript-eslint/no-explicit-any -- metadata read back as the lake stores it */
import {decode, isBlurhashValid} from 'blurhash'
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import sharp, {type Color} from 'sharp'
import {startTestLake, type TestLake} from '../support/lake'
import {failure} from './helpers'
import {fetchImage, quadrantImage} from './imageHelpers'

// Uploads get Sanity's metadata and keep what the uploader said; SVG is taken and served safely.
let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.lake.close())

const solid = (width: number, height: number, background: Color, channels: 3 | 4 = 3) =>
  sharp({create: {width, height, channels, background}})

test('an image upload gets dimensions, lqip, palette, blurHash, hasAlpha and isOpaque', async () => {
  const asset = await t.writer.assets.upload('image', await quadrantImage(300, 150), {filename: 'q.png'})
  const metadata = asset.metadata as any
  expect(metadata).toMatchObject({
    _type: 'sanity.imageMetadata',
    dimensions: {_type: 'sanity.imageDimensions', width: 300, height: 150, aspectRatio: 2},
    hasAlpha: false,
    isOpaque: true,
  })
  // lqip: a 20 px wide JPEG in a data URL, as Sanity makes it.
  expect(metadata.lqip).toMatch(/^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/)
  const lqip = await sharp(Buffer.from(metadata.lqip.split(',')[1], 'base64')).metadata()
  expect(lqip).toMatchObject({format: 'jpeg', width: 20, height: 10})
  // The palette: four colours in equal parts; red is the most vibrant, white the lightest.
  const palette = metadata.palette
  expect(palette._type).toBe('sanity.imagePalette')
  for (const name of ['dominant', 'vibrant']) {
    expect(palette[name]).toMatchObject({
      _type: 'sanity.imagePaletteSwatch',
      background: expect.stringMatching(/^#[0-9a-f]{6}$/),
      foreground: expect.stringMatching(/^#(000|fff)$/),
      population: expect.any(Number),
    })
  }
  expect(['#ff0000', '#00ff00', '#0000ff', '#ffffff']).toContain(palette.dominant.background)
  // Resizing blends the edges between quadrants into colours of their own.
  expect(palette.dominant.population).toBeGreaterThan(20)
  expect(palette.dominant.population).toBeLessThanOrEqual(25)
  // blurHash: valid, and it decodes to the quadrants' colours (red top left).
  expect(isBlurhashValid(metadata.blurHash).result).toBe(true)
  const pixels = decode(metadata.blurHash, 8, 4)
  expect(pixels[0]).toBeGreaterThan(pixels[1])
  expect(pixels[0]).toBeGreaterThan(pixels[2])
  // Stored, and queryable like any document.
  expect(await t.anon.fetch('*[_id == $id][0].metadata.lqip', {id: asset._id})).toBe(metadata.lqip)
})

test('alpha: transparent pixels make an image not opaque; an alpha channel alone does not', async () => {
  const transparent = await t.writer.assets.upload(
    'image',
    await solid(20, 20, {r: 0, g: 0, b: 0, alpha: 0}, 4).png().toBuffer(),
  )
  expect(transparent.metadata).toMatchObject({hasAlpha: true, isOpaque: false})
  expect(transparent.metadata.lqip).toMatch(/^data:image\/png;base64,/)
  const opaqueWithAlpha = await t.writer.assets.upload(
    'image',
    await solid(21, 20, {r: 9, g: 90, b: 200, alpha: 1}, 4).png().toBuffer(),
  )
  expect(opaqueWithAlpha.metadata).toMatchObject({hasAlpha: true, isOpaque: true})
})

test('meta chooses what is extracted, as Sanity’s `extract` option does', async () => {
  const bytes = await solid(30, 20, '#336699').jpeg().toBuffer()
  const none = await t.writer.assets.upload('image', bytes, {extract: []})
  expect(none.metadata.dimensions).toMatchObject({width: 30, height: 20})
  expect(none.metadata).not.toHaveProperty('lqip')
  expect(none.metadata).not.toHaveProperty('palette')
  expect(none.metadata).not.toHaveProperty('blurHash')
  const onlyLqip = await t.writer.assets.upload('image', await solid(31, 20, '#336699').jpeg().toBuffer(), {
    extract: ['lqip'],
  })
  expect(onlyLqip.metadata).toHaveProperty('lqip')
  expect(onlyLqip.metadata).not.toHaveProperty('palette')
})

test("the upload's title, description, label, credit line and source are kept", async () => {
  const asset = await t.writer.assets.upload('image', await solid(12, 8, '#aa0000').png().toBuffer(), {
    filename: 'map.png',
    title: 'Locator map',
    description: 'Bhutan between India and China',
    label: 'maps',
    creditLine: 'Natural Earth (public domain)',
    source: {id: 'ne-110m', name: 'natural-earth', url: 'https://www.naturalearthdata.com/'},
  })
  expect(asset).toMatchObject({
    originalFilename: 'map.png',
    title: 'Locator map',
    description: 'Bhutan between India and China',
    label: 'maps',
    creditLine: 'Natural Earth (public domain)',
    source: {id: 'ne-110m', name: 'natural-earth', url: 'https://www.naturalearthdata.com/'},
  })
})

test.each([
  ['jpeg', 'jpg', 'image/jpeg'],
  ['webp', 'webp', 'image/webp'],
  ['gif', 'gif', 'image/gif'],
  ['avif', 'avif', 'image/avif'],
] as const)('%s uploads get their id, type and size from the decoded image', async (format, extension, mimeType) => {
  const bytes = await solid(64, 48, '#208040').toFormat(format).toBuffer()
  const asset = await t.writer.assets.upload('image', bytes)
  expect(asset).toMatchObject({extension, mimeType, metadata: {dimensions: {width: 64, height: 48}}})
  expect(asset._id).toMatch(new RegExp(`-64x48-${extension}$`))
})

test('EXIF orientation: the dimensions are those a reader sees', async () => {
  const bytes = await solid(60, 20, '#000000').jpeg().withMetadata({orientation: 6}).toBuffer()
  const asset = await t.writer.assets.upload('image', bytes)
  expect(asset.metadata.dimensions).toMatchObject({width: 20, height: 60})
  expect(await fetchImage(`${t.lake.url}/${asset.path}?w=10`)).toMatchObject({width: 10, height: 30})
})

test('bytes that are not a whole image are refused with invalidImageError', async () => {
  const png = await solid(50, 50, '#123456').png().toBuffer()
  for (const bytes of [Buffer.from('not an image'), png.subarray(0, 40), Buffer.from('<html><body>hi</body></html>')]) {
    const error = await failure(t.writer.assets.upload('image', bytes))
    expect(error.statusCode).toBe(400)
    expect(error.body.error.type).toBe('invalidImageError')
  }
})

const SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60" onload="alert(1)">
  <script>alert(document.cookie)</script>
  <rect width="120" height="60" fill="#0a6"/>
  <a href="javascript:alert(2)"><circle cx="30" cy="30" r="20" fill="#fff"/></a>
  <image href="http://127.0.0.1:9/steal.png" width="10" height="10"/>
</svg>`

test('SVG is accepted as an image and served as image/svg+xml in a sandbox that runs no script', async () => {
  const asset = await t.writer.assets.upload('image', Buffer.from(SVG), {filename: 'logo.svg'})
  expect(asset).toMatchObject({extension: 'svg', mimeType: 'image/svg+xml'})
  expect(asset._id).toMatch(/-120x60-svg$/)
  expect(asset.metadata).toMatchObject({dimensions: {width: 120, height: 60}, hasAlpha: true})
  const res = await fetch(`${t.lake.url}/${asset.path}`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('image/svg+xml')
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  const csp = res.headers.get('content-security-policy') ?? ''
  // No script source at all, and a sandbox: opened directly, the file's script and handlers do not run.
  expect(csp).toContain("default-src 'none'")
  expect(csp).toMatch(/(^|;\s*)sandbox(;|$)/)
  expect(csp).not.toMatch(/script-src/)
  expect(res.headers.get('content-disposition')).toBeNull()
})

test('an SVG with transformation parameters is rasterised: plain pixels, nothing of the markup', async () => {
  const asset = await t.writer.assets.upload('image', Buffer.from(SVG.replace('#0a6', '#0b7')))
  const png = await fetchImage(`${t.lake.url}/${asset.path}?w=240`)
  expect(png).toMatchObject({status: 200, format: 'png', width: 240, height: 120})
  expect(png.headers.get('content-type')).toBe('image/png')
  expect(png.data.includes(Buffer.from('script'))).toBe(false)
  const webp = await fetchImage(`${t.lake.url}/${asset.path}?w=60&h=60&fit=crop&auto=format`, {accept: 'image/webp'})
  expect(webp).toMatchObject({format: 'webp', width: 60, height: 60})
})

test('rasterising an SVG reads no file from the lake’s disk', async () => {
  // A picture the lake's machine certainly has: one of the sample edition's own.
  const onDisk = join(process.cwd(), 'sanity/sample/images', readdirSync('sanity/sample/images')[0])
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="80" height="40">
    <image xlink:href="file://${onDisk}" width="80" height="40"/><image href="${onDisk}" width="80" height="40"/></svg>`
  const asset = await t.writer.assets.upload('image', Buffer.from(svg))
  const png = await fetchImage(`${t.lake.url}/${asset.path}?w=80&fm=png`)
  expect(png).toMatchObject({status: 200, width: 80, height: 40})
  const {data} = await sharp(png.data).ensureAlpha().raw().toBuffer({resolveWithObject: true})
  const drawn = data.filter((_, i) => i % 4 === 3 && data[i] !== 0).length
  expect(drawn).toBe(0)
})
