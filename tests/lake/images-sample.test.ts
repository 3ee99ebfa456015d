/** @jest-environment node */
/* eslint-disable @typescript-eslint/no-explicit-any -- documents read back as the lake stores them */
import {importNdjson} from '@/sanity/lake/store/ndjson'
import {startTestLake, type TestLake} from '../support/lake'
import {builderFor, fetchImage} from './imageHelpers'
import {join} from 'node:path'

// The sample edition loads with its pictures: every article leads with one, every author has a
// portrait, and the lake serves them through its image pipeline.
let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
  const report = await importNdjson(t.lake.lake.store, join(process.cwd(), 'sanity/sample/edition.ndjson'))
  expect(report.missingFiles).toEqual([])
})
afterAll(() => t.lake.close())

test('every article has a main image with alt text, caption, credit and an asset with Sanity’s metadata', async () => {
  const articles = await t.anon.fetch<
    Array<{slug: string; image: {alt: string; caption: string; credit: string; asset: Record<string, any>}}>
  >(`*[_type == "article"]{"slug": slug.current, "image": mainImage{alt, caption, credit, hotspot, "asset": asset->}}`)
  expect(articles.length).toBeGreaterThanOrEqual(13)
  for (const {slug, image} of articles) {
    expect({slug, alt: image?.alt?.length > 10}).toEqual({slug, alt: true})
    expect(image.caption).toBeTruthy()
    expect(image.credit).toMatch(/^(Map|Chart): The Meridian Review/)
    expect(image.asset).toMatchObject({
      _type: 'sanity.imageAsset',
      mimeType: 'image/png',
      creditLine: image.credit,
      metadata: {
        dimensions: {width: 1600, height: 900},
        lqip: expect.stringMatching(/^data:image\/jpeg;base64,/),
        blurHash: expect.any(String),
        palette: {dominant: {background: expect.stringMatching(/^#/)}},
      },
    })
  }
})

test('every author has a drawn portrait, served square through the pipeline', async () => {
  const authors = await t.anon.fetch<Array<{name: string; photo: any}>>(
    `*[_type == "author"]{name, "photo": photo{alt, asset, crop, hotspot}}`,
  )
  expect(authors.length).toBe(5)
  const builder = builderFor(t.lake.url)
  for (const {name, photo} of authors) {
    expect(photo.alt).toContain(name)
    const portrait = await fetchImage(builder.image(photo).width(96).height(96).fit('crop').format('webp').url())
    expect(portrait).toMatchObject({status: 200, format: 'webp', width: 96, height: 96})
  }
})

test('a featured map, cut to 16:9, 4:3 and 1:1 around its hotspot, answers in the asked size', async () => {
  const image = await t.anon.fetch(`*[_type == "article" && slug.current == "druk-nato-nexus"][0].mainImage`)
  expect(image.hotspot).toMatchObject({_type: 'sanity.imageHotspot'})
  const builder = builderFor(t.lake.url)
  for (const [w, h] of [
    [1200, 675],
    [1200, 900],
    [1200, 1200],
    [1200, 630],
  ]) {
    const url = builder.image(image).width(w).height(h).fit('crop').auto('format').url()
    expect(await fetchImage(url, {accept: 'image/avif,image/webp'})).toMatchObject({status: 200, width: w, height: h})
  }
})
