/** @jest-environment node */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createHash} from 'node:crypto'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {importNdjson, type ImportReport} from '@/sanity/lake/store/ndjson'
import {startTestLake, type TestLake} from '../support/lake'
import {uid} from './helpers'

const FIXTURE = '/work/shared/fixtures/sanity-starter-export'
const AVATAR_FILE = 'images/96981f278bf65cc35d4c864b55c957ea68fc0881-128x128.jpg'
const AVATAR_ID = 'image-96981f278bf65cc35d4c864b55c957ea68fc0881-128x128-jpg'
const MISSING_COVERS = [
  'images/591fd8bacc4f2fc649329cbc717b997119b48635-2560x1440.jpg',
  'images/f878e3c26717cd6c945d9cd5fa3dceff3f33a9ea-2560x1440.jpg',
  'images/6a11229b5953e13ce02bedcb19fed0474481555e-2560x1440.jpg',
]

type Json = Record<string, unknown>
const exported: Json[] = readFileSync(join(FIXTURE, 'data.ndjson'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))

/** The export as it should read back: present asset files become references, missing ones stay as exported. */
function expectedOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expectedOf)
  if (!value || typeof value !== 'object') return value
  const {_sanityAsset, ...rest} = value as Json
  if (_sanityAsset === `image@file://./${AVATAR_FILE}`) {
    return {
      ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, expectedOf(v)])),
      asset: {_type: 'reference', _ref: AVATAR_ID},
    }
  }
  return Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, expectedOf(v)]))
}

let t: TestLake
let report: ImportReport
beforeAll(async () => {
  t = await startTestLake()
  report = await importNdjson(t.lake.lake.store, FIXTURE, {dataset: 'production'})
})
afterAll(() => t.lake.close())

test('the report counts the documents and the one asset present, and names the three missing cover images', () => {
  expect(report.documents).toBe(exported.length + 1)
  expect(report.assets).toBe(1)
  expect([...report.missingFiles].sort()).toEqual([...MISSING_COVERS].sort())
})

test('every document reads back through the client unchanged: ids, _rev, dates, references, Portable Text', async () => {
  const ids = exported.map((doc) => doc._id as string)
  const docs = await t.reader.getDocuments(ids)
  expect(docs).toEqual(exported.map(expectedOf))
  // And through GROQ, in the raw perspective.
  for (const doc of exported) {
    expect(await t.reader.fetch('*[_id == $id][0]', {id: doc._id}, {perspective: 'raw'})).toEqual(expectedOf(doc))
  }
})

test('only the _sanityAsset markers whose file is present changed', () => {
  const changed = exported
    .filter((doc) => JSON.stringify(expectedOf(doc)) !== JSON.stringify(doc))
    .map((doc) => doc._id)
  expect(changed).toEqual(['3cbb297f-3e80-471d-a4e5-a2b92dfe8bc2'])
  const missingMarkers = exported.flatMap((doc) => JSON.stringify(doc).match(/image@file:\/\/\.\/images\/[^"]+/g) ?? [])
  for (const cover of MISSING_COVERS) expect(missingMarkers).toContain(`image@file://./${cover}`)
})

test('the avatar image became a sanity.imageAsset document with its metadata and bytes', async () => {
  const asset = await t.anon.getDocument(AVATAR_ID)
  const meta = JSON.parse(readFileSync(join(FIXTURE, 'assets.json'), 'utf8'))[
    'image-96981f278bf65cc35d4c864b55c957ea68fc0881'
  ]
  const bytes = readFileSync(join(FIXTURE, AVATAR_FILE))
  expect(asset).toMatchObject({
    _id: AVATAR_ID,
    _type: 'sanity.imageAsset',
    _rev: meta._rev,
    _createdAt: meta._createdAt,
    originalFilename: 'sanity-monogram--white-on-red 1.jpg',
    sha1hash: createHash('sha1').update(bytes).digest('hex'),
    size: bytes.length,
    extension: 'jpg',
    mimeType: 'image/jpeg',
    metadata: {dimensions: {width: 128, height: 128}},
  })
  expect(t.lake.lake.store.getAsset(AVATAR_ID)?.data.equals(bytes)).toBe(true)
})

test('references resolve with ->, the avatar included', async () => {
  const posts = await t.anon.fetch<Array<{title: string; author: Json}>>(
    '*[_type == "post"] | order(_id){title, "author": author->{firstName, lastName, "avatar": picture.asset->{_type, size}}}',
  )
  expect(posts).toHaveLength(3)
  for (const post of posts) {
    expect(post.author).toEqual({
      firstName: 'Sanity',
      lastName: 'CMS',
      avatar: {_type: 'sanity.imageAsset', size: 9392},
    })
  }
})

test('the dotted system documents of the export stay private', async () => {
  const dotted = exported.map((doc) => doc._id as string).filter((id) => id.includes('.'))
  expect(dotted.length).toBeGreaterThan(0)
  expect((await t.anon.getDocuments(dotted)).every((doc) => doc === null)).toBe(true)
  expect((await t.reader.getDocuments(dotted)).every((doc) => doc !== null)).toBe(true)
})

test('importing again keeps what is stored unless asked to replace', async () => {
  const id = exported[0]._id as string
  await t.writer.patch(id).set({name: 'Edited here'}).commit()
  expect((await importNdjson(t.lake.lake.store, FIXTURE)).documents).toBe(0)
  expect((await t.anon.getDocument(id))?.name).toBe('Edited here')
  await importNdjson(t.lake.lake.store, FIXTURE, {replace: true})
  expect(await t.anon.getDocument(id)).toEqual(expectedOf(exported[0]))
})

describe('a file with a bad line', () => {
  const write = (lines: string[]) => {
    const file = join(mkdtempSync(join(tmpdir(), 'lake-import-')), 'data.ndjson')
    writeFileSync(file, lines.join('\n') + '\n')
    return file
  }

  test.each([
    ['broken JSON', (a: string) => `{"_id": "${a}-2", "_type": "note", `, /line 2\b.*JSON/],
    ['an invalid id', (_a: string) => `{"_id": "bad id", "_type": "note"}`, /line 2\b/],
    ['no _type', (a: string) => `{"_id": "${a}-2"}`, /line 2\b/],
    ['a duplicate id', (a: string) => `{"_id": "${a}-1", "_type": "note"}`, /line 2\b.*duplicate/],
  ])('(%s) imports nothing and names the line', async (_name, badLine, message) => {
    const prefix = uid('bad')
    const file = write([
      `{"_id": "${prefix}-1", "_type": "note"}`,
      badLine(prefix),
      `{"_id": "${prefix}-3", "_type": "note"}`,
    ])
    const sizeBefore = t.lake.lake.store.size
    const logBefore = t.lake.lake.store.transactions(0, 100000).length
    await expect(importNdjson(t.lake.lake.store, file)).rejects.toThrow(message)
    expect(t.lake.lake.store.size).toBe(sizeBefore)
    expect(t.lake.lake.store.transactions(0, 100000)).toHaveLength(logBefore)
    expect(await t.reader.getDocuments([`${prefix}-1`, `${prefix}-3`])).toEqual([null, null])
  })

  test('blank lines are skipped and later line numbers still count them', async () => {
    const prefix = uid('blank')
    const file = write([`{"_id": "${prefix}-1", "_type": "note"}`, '', '{oops'])
    await expect(importNdjson(t.lake.lake.store, file)).rejects.toThrow(/line 3\b/)
    expect(await t.reader.getDocument(`${prefix}-1`)).toBeUndefined()
  })

  test('a hand-written document without _rev or dates gets them on import', async () => {
    const prefix = uid('hand')
    const file = write([`{"_id": "${prefix}", "_type": "note"}`])
    await importNdjson(t.lake.lake.store, file)
    const doc = await t.anon.getDocument(prefix)
    expect(doc).toMatchObject({
      _rev: expect.any(String),
      _createdAt: expect.any(String),
      _updatedAt: expect.any(String),
    })
  })
})
