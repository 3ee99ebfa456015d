/** @jest-environment node */
import {startTestLake, type TestLake} from '../support/lake'
import {QUADRANTS, builderFor, fetchImage, near, pixel, quadrantImage} from './imageHelpers'

// The lake as Sanity's image CDN: every parameter checked against the real size, format and
// pixels of what it answers, read back with sharp.
let t: TestLake
let base: string
let jpegBase: string
let assetId: string
beforeAll(async () => {
  t = await startTestLake()
  const asset = await t.writer.assets.upload('image', await quadrantImage(400, 200), {filename: 'quadrants.png'})
  assetId = asset._id
  base = `${t.lake.url}/${asset.path}`
  const jpeg = await t.writer.assets.upload('image', await quadrantImage(300, 300, 'jpeg'))
  jpegBase = `${t.lake.url}/${jpeg.path}`
})
afterAll(() => t.lake.close())

const get = (query: string, headers?: Record<string, string>) => fetchImage(`${base}?${query}`, headers)

test('without parameters the original bytes are served', async () => {
  const res = await fetchImage(base)
  expect(res).toMatchObject({status: 200, width: 400, height: 200, format: 'png'})
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
})

test('w and h alone keep the aspect ratio, upscaling like Sanity', async () => {
  expect(await get('w=100')).toMatchObject({status: 200, width: 100, height: 50, format: 'png'})
  expect(await get('h=50')).toMatchObject({width: 100, height: 50})
  expect(await get('w=800')).toMatchObject({width: 800, height: 400})
})

test.each([
  ['clip', 'w=100&h=100', 100, 50],
  ['clip, upscaled', 'w=800&h=800', 800, 400],
  ['max never upscales', 'w=800&h=800&fit=max', 400, 200],
  ['max downscales', 'w=100&h=100&fit=max', 100, 50],
  ['scale stretches', 'w=100&h=100&fit=scale', 100, 100],
  ['crop fills the box', 'w=100&h=100&fit=crop', 100, 100],
  ['crop upscales', 'w=600&h=600&fit=crop', 600, 600],
  ['min keeps the box ratio', 'w=100&h=100&fit=min', 100, 100],
  ['min never upscales', 'w=1000&h=500&fit=min', 400, 200],
  ['min cuts to the ratio within the source', 'w=600&h=600&fit=min', 200, 200],
  ['fill pads to the box', 'w=100&h=100&fit=fill', 100, 100],
  ['fillmax pads to the box', 'w=800&h=800&fit=fillmax', 800, 800],
  ['max-w bounds the width', 'w=300&max-w=200', 200, 100],
  ['max-h bounds the height', 'w=300&h=300&fit=crop&max-h=120', 120, 120],
  ['dpr multiplies', 'w=100&dpr=2', 200, 100],
  ['dpr with a box', 'w=50&h=50&fit=crop&dpr=3', 150, 150],
  ['rect cuts first', 'rect=200,0,200,100', 200, 100],
  ['rect past the edge is clamped', 'rect=300,100,500,500', 100, 100],
  ['rect then w', 'rect=0,0,200,200&w=50', 50, 50],
  ['pad adds to every side', 'w=100&pad=10', 120, 70],
])('fit and size: %s (%s)', async (_name, query, width, height) => {
  expect(await get(query)).toMatchObject({status: 200, width, height})
})

test('fill and fillmax centre the image on bg; fillmax does not enlarge it', async () => {
  const fill = await get('w=100&h=100&fit=fill&bg=ff00ff&fm=png')
  expect(near(await pixel(fill.data, 50, 2), [255, 0, 255])).toBe(true)
  expect(near(await pixel(fill.data, 10, 30), QUADRANTS.topLeft)).toBe(true)
  const fillmax = await get('w=800&h=800&fit=fillmax&bg=00ffff')
  expect(near(await pixel(fillmax.data, 2, 2), [0, 255, 255])).toBe(true)
  // The 400×200 source sits unscaled in the middle: x 200–600, y 300–500.
  expect(near(await pixel(fillmax.data, 210, 310), QUADRANTS.topLeft)).toBe(true)
  expect(near(await pixel(fillmax.data, 190, 310), [0, 255, 255])).toBe(true)
  // ARGB: a transparent background stays transparent in PNG.
  const transparent = await get('w=100&h=100&fit=fill&bg=00000000')
  const {data} = await (
    await import('sharp')
  )
    .default(transparent.data)
    .ensureAlpha()
    .raw()
    .toBuffer({resolveWithObject: true})
  expect(data[3]).toBe(0)
})

test('crop edges and the focal point choose which part of the source is kept', async () => {
  const cases: Array<[string, number[]]> = [
    ['crop=left', QUADRANTS.topLeft],
    ['crop=right', QUADRANTS.topRight],
    ['crop=focalpoint&fp-x=0.9&fp-y=0.5', QUADRANTS.topRight],
    ['crop=focalpoint&fp-x=0.1&fp-y=0.5', QUADRANTS.topLeft],
  ]
  for (const [query, colour] of cases) {
    const res = await get(`w=100&h=100&fit=crop&${query}`)
    expect(res).toMatchObject({width: 100, height: 100})
    expect(near(await pixel(res.data, 5, 5), colour)).toBe(true)
  }
  // A wide box from the left half (red over blue): top and bottom choose rows.
  const top = await get('w=100&h=25&fit=crop&crop=top&rect=0,0,200,200')
  const bottom = await get('w=100&h=25&fit=crop&crop=bottom&rect=0,0,200,200')
  expect(near(await pixel(top.data, 50, 12), QUADRANTS.topLeft)).toBe(true)
  expect(near(await pixel(bottom.data, 50, 12), QUADRANTS.bottomLeft)).toBe(true)
  // Entropy is sharp's own strategy; only its size is Sanity's promise.
  expect(await get('w=120&h=100&fit=crop&crop=entropy')).toMatchObject({width: 120, height: 100})
})

test('rect chooses the region', async () => {
  const bottomRight = await get('rect=200,100,200,100')
  expect(near(await pixel(bottomRight.data, 100, 50), QUADRANTS.bottomRight)).toBe(true)
  const blue = await get('rect=0,100,200,100&w=20')
  expect(near(await pixel(blue.data, 10, 5), QUADRANTS.bottomLeft)).toBe(true)
})

test.each([
  ['fm=jpg', 'jpeg', 'image/jpeg'],
  ['fm=pjpg', 'jpeg', 'image/jpeg'],
  ['fm=png', 'png', 'image/png'],
  ['fm=webp', 'webp', 'image/webp'],
  ['fm=avif', 'heif', 'image/avif'],
])('output format %s', async (query, format, contentType) => {
  const res = await get(`w=64&${query}`)
  expect(res).toMatchObject({status: 200, format, width: 64, height: 32})
  expect(res.headers.get('content-type')).toBe(contentType)
  expect(res.headers.get('vary')).toBeNull()
})

test('pjpg is progressive', async () => {
  const sharp = (await import('sharp')).default
  expect((await sharp((await get('w=64&fm=pjpg')).data).metadata()).isProgressive).toBe(true)
  expect((await sharp((await get('w=64&fm=jpg')).data).metadata()).isProgressive).toBe(false)
})

test('auto=format follows the Accept header, says Vary: Accept, and fm wins over it', async () => {
  const avif = await get('w=64&auto=format', {accept: 'image/avif,image/webp,*/*'})
  expect(avif).toMatchObject({format: 'heif'})
  expect(avif.headers.get('content-type')).toBe('image/avif')
  expect(avif.headers.get('vary')).toBe('Accept')
  expect(await get('w=64&auto=format', {accept: 'image/webp,*/*'})).toMatchObject({format: 'webp'})
  const plain = await get('w=64&auto=format', {accept: '*/*'})
  expect(plain).toMatchObject({format: 'png'})
  expect(plain.headers.get('vary')).toBe('Accept')
  const fixed = await get('w=64&auto=format&fm=jpg', {accept: 'image/avif'})
  expect(fixed).toMatchObject({format: 'jpeg'})
  expect(fixed.headers.get('vary')).toBeNull()
  // A JPEG source stays JPEG when the browser takes neither.
  expect(await fetchImage(`${jpegBase}?w=30&auto=format`, {accept: 'image/png'})).toMatchObject({format: 'jpeg'})
})

test('q trades size for quality', async () => {
  const low = await fetchImage(`${jpegBase}?w=300&q=5`)
  const high = await fetchImage(`${jpegBase}?w=300&q=95`)
  expect(low.format).toBe('jpeg')
  expect(low.data.length).toBeLessThan(high.data.length)
  const lowWebp = await get('w=300&fm=webp&q=5&blur=20')
  const highWebp = await get('w=300&fm=webp&q=100&blur=20')
  expect(lowWebp.data.length).toBeLessThan(highWebp.data.length)
})

test('blur softens the edge between quadrants', async () => {
  const sharp = (await import('sharp')).default
  const sharpEdge = await get('w=100&fm=png')
  const blurred = await get('w=100&fm=png&blur=100')
  expect(near(await pixel(sharpEdge.data, 46, 10), QUADRANTS.topLeft, 5)).toBe(true)
  expect(near(await pixel(blurred.data, 46, 10), QUADRANTS.topLeft, 5)).toBe(false)
  const stats = async (data: Buffer) => (await sharp(data).stats()).channels[0].stdev
  expect(await stats(blurred.data)).toBeLessThan(await stats(sharpEdge.data))
})

test('flip, orientation, saturation and invert', async () => {
  expect(near(await pixel((await get('w=100&flip=h')).data, 2, 2), QUADRANTS.topRight)).toBe(true)
  expect(near(await pixel((await get('w=100&flip=v')).data, 2, 2), QUADRANTS.bottomLeft)).toBe(true)
  expect(await get('w=100&or=90')).toMatchObject({width: 100, height: 200})
  expect(near(await pixel((await get('w=100&invert=true')).data, 2, 2), [0, 255, 255])).toBe(true)
  const grey = await pixel((await get('w=100&sat=-100')).data, 2, 2)
  expect(Math.max(...grey) - Math.min(...grey)).toBeLessThan(10)
})

test("the image field's hotspot and crop, applied through @sanity/image-url", async () => {
  const builder = builderFor(t.lake.url)
  // The editor kept the right half and put the hotspot low in it.
  const field = {
    _type: 'image',
    asset: {_type: 'reference', _ref: assetId},
    crop: {_type: 'sanity.imageCrop', left: 0.5, right: 0, top: 0, bottom: 0},
    hotspot: {_type: 'sanity.imageHotspot', x: 0.75, y: 0.9, width: 0.2, height: 0.2},
  }
  const croppedUrl = builder.image(field).width(100).url()
  expect(croppedUrl).toContain('rect=200,0,200,200')
  const cropped = await fetchImage(croppedUrl)
  expect(cropped).toMatchObject({width: 100, height: 100})
  expect(near(await pixel(cropped.data, 5, 5), QUADRANTS.topRight)).toBe(true)
  // A wide box from that square: the hotspot keeps the bottom rows.
  const wide = await fetchImage(builder.image(field).width(200).height(50).url())
  expect(wide).toMatchObject({width: 200, height: 50})
  expect(near(await pixel(wide.data, 100, 25), QUADRANTS.bottomRight)).toBe(true)
  // The same field with the hotspot high keeps the top rows.
  const high = {...field, hotspot: {...field.hotspot, y: 0.1}}
  expect(
    near(
      await pixel((await fetchImage(builder.image(high).width(200).height(50).url())).data, 100, 25),
      QUADRANTS.topRight,
    ),
  ).toBe(true)
  // fit=crop with the focal point straight from the hotspot.
  const focal = builder.image(assetId).width(100).height(100).fit('crop').crop('focalpoint').focalPoint(0.95, 0.5)
  expect(near(await pixel((await fetchImage(focal.url())).data, 50, 5), QUADRANTS.topRight)).toBe(true)
})

test('results are cached on disk: the second answer is a hit with the same bytes', async () => {
  const query = `w=123&fm=webp&q=61`
  const first = await get(query)
  const second = await get(query)
  expect(first.headers.get('x-lake-image-cache')).toBe('miss')
  expect(second.headers.get('x-lake-image-cache')).toBe('hit')
  expect(second.data.equals(first.data)).toBe(true)
  expect(second.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  // The same parameters in another order are the same result.
  expect((await get('q=61&fm=webp&w=123')).headers.get('x-lake-image-cache')).toBe('hit')
})

test('HEAD answers the headers of the transformed image', async () => {
  const res = await fetch(`${base}?w=77&fm=webp`, {method: 'HEAD'})
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('image/webp')
})
