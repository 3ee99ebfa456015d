/** @jest-environment node */
import {mkdtempSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {DiskCache} from '@/sanity/lake/server/images/diskCache'
import {startTestLake, type TestLake} from '../support/lake'
import {quadrantImage} from './imageHelpers'

let t: TestLake
let base: string
beforeAll(async () => {
  t = await startTestLake()
  const asset = await t.writer.assets.upload('image', await quadrantImage(40, 20))
  base = `${t.lake.url}/${asset.path}`
})
afterAll(() => t.lake.close())

test.each([
  ['w=9000', /"w".*1 to 8192/],
  ['h=0', /"h"/],
  ['w=-5', /"w"/],
  ['w=12.5', /"w"/],
  ['w=abc', /"w"/],
  ['max-w=10000', /"max-w"/],
  ['w=4000&dpr=3', /over 8192 px/],
  ['w=100&pad=8100', /over 8192 px/],
  ['fit=banana', /"fit" must be one of clip, crop, fill, fillmax, max, min, scale/],
  ['fm=gif', /"fm"/],
  ['fm=tiff', /"fm"/],
  ['auto=compress', /"auto"/],
  ['crop=middle', /"crop"/],
  ['fp-x=1.5', /"fp-x"/],
  ['fp-y=-0.1', /"fp-y"/],
  ['rect=1,2,3', /"rect"/],
  ['rect=0,0,0,10', /"rect"/],
  ['rect=500,0,10,10', /"rect" starts outside/],
  ['q=101', /"q"/],
  ['dpr=4', /"dpr"/],
  ['dpr=0.5', /"dpr"/],
  ['bg=red', /"bg"/],
  ['bg=12345', /"bg"/],
  ['blur=2001', /"blur"/],
  ['or=45', /"or"/],
  ['flip=x', /"flip"/],
  ['w=10&w=20', /given 2 times/],
])('%s is refused with 400 in Sanity’s error shape', async (query, description) => {
  const res = await fetch(`${base}?${query}`)
  expect(res.status).toBe(400)
  expect(res.headers.get('content-type')).toContain('application/json')
  const body = await res.json()
  expect(body).toEqual({error: {type: 'imageParameterError', description: expect.stringMatching(description)}})
})

test('unknown parameter names are ignored, as the CDN ignores them', async () => {
  const res = await fetch(`${base}?w=10&utm_source=mail`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('image/png')
})

test('a missing asset is a 404 whatever the parameters', async () => {
  const res = await fetch(`${t.lake.url}/images/local/production/${'0'.repeat(40)}-10x10.png?w=5`)
  expect(res.status).toBe(404)
})

test('the disk cache keeps at most its bound, dropping the least recently used', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'image-cache-'))
  const key = (n: number) => String(n).repeat(40).slice(0, 40)
  const cache = new DiskCache(dir, 1000)
  await cache.put(key(1), Buffer.alloc(300, 1))
  await cache.put(key(2), Buffer.alloc(300, 2))
  await cache.put(key(3), Buffer.alloc(300, 3))
  // Reading 1 makes 2 the least recently used; the fourth entry pushes the total over 1,000 bytes.
  expect((await cache.get(key(1)))?.[0]).toBe(1)
  await cache.put(key(4), Buffer.alloc(300, 4))
  expect(cache.bytes).toBeLessThanOrEqual(900)
  expect(cache.has(key(2))).toBe(false)
  expect(cache.has(key(1))).toBe(true)
  expect(cache.has(key(4))).toBe(true)
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(readdirSync(dir).sort()).toEqual([...[1, 3, 4].map(key)].filter((k) => cache.has(k)).sort())
  // Reopened, the cache finds its files and their sizes again; an entry bigger than the bound is not kept.
  const reopened = new DiskCache(dir, 1000)
  expect(reopened.bytes).toBe(cache.bytes)
  await reopened.put(key(5), Buffer.alloc(2000))
  expect(reopened.has(key(5))).toBe(false)
})
