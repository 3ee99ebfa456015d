/** @jest-environment node */
/**
 * One expensive query must not take the lake down: it runs under a time limit, stops when its
 * client hangs up, is refused up front when it could never finish, and never holds the event loop
 * long enough to delay other requests. Everything through real HTTP against a lake holding the
 * sample edition; the lake runs in this process, so the CPU it uses is this process's.
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {request} from 'node:http'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {articleBySlugQuery} from '@/lib/queries/article'
import {importNdjson} from '@/sanity/lake/store/ndjson'
import {
  PARSE_CACHE_MAX_ENTRIES,
  PARSE_CACHE_MAX_ENTRY_WEIGHT,
  PARSE_CACHE_MAX_WEIGHT,
} from '@/sanity/lake/query/parseCache'
import {parseCacheStats} from '@/sanity/lake/query/run'
import {startLake, type RunningLake} from '@/sanity/lake/server/start'
import {GRANTS, clientFor} from '../support/lake'
import {SAMPLE_EDITION, SEED_SLUG} from '../support/site'
import {failure} from './helpers'

// The query of the report (4 nested scans, 64 times more work per level) held the lake 6.8 s; with
// a wider innermost slice it outlasts the 5 s limit on a fast machine too, and still costs less
// than the refusal budget (about 60³ × 21 documents visited).
const STALLING_QUERY = 'count(*[]{"a": *[]{"b": *[]{"c": *[0...20]{_id}}}})'
const HOPELESS_QUERY = 'count(*[]{"a": *[]{"b": *[]{"c": *[]{"d": *[0...8]{_id}}}}})'

let lake: RunningLake
let dir: string
const log: Array<{at: number; line: string}> = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lake-limits-'))
  // Default options: the time limit under test is the one every lake gets.
  const logLine = (line: string) => log.push({at: performance.now(), line})
  lake = await startLake({port: 0, dataFile: join(dir, 'lake.sqlite'), grants: GRANTS, log: logLine})
  await importNdjson(lake.lake.store, SAMPLE_EDITION)
})
afterAll(async () => {
  await lake.close()
  rmSync(dir, {recursive: true, force: true})
})

const queryUrl = (query: string) => `${lake.url}/v2025-02-19/data/query/production?query=${encodeURIComponent(query)}`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function timed<T>(work: () => Promise<T>): Promise<{ms: number; value: T}> {
  const started = performance.now()
  const value = await work()
  return {ms: performance.now() - started, value}
}

test('a stalling query: 408 queryTimeoutError in 5 s, pings and the article page answer within 250 ms', async () => {
  const anon = clientFor(lake.url)
  // Warm: the article query's first run builds indexes, which is not what this test measures.
  expect(await anon.fetch(articleBySlugQuery, {slug: SEED_SLUG})).toMatchObject({slug: SEED_SLUG})
  const stalling = timed(() => fetch(queryUrl(STALLING_QUERY)))
  await sleep(300)
  const pings: number[] = []
  const articles: number[] = []
  for (let i = 0; i < 5; i++) {
    const ping = await timed(() => fetch(`${lake.url}/v1/ping`).then((r) => r.json()))
    expect(ping.value).toEqual({ok: true})
    pings.push(ping.ms)
    const article = await timed(() => anon.fetch(articleBySlugQuery, {slug: SEED_SLUG}))
    expect(article.value).toMatchObject({slug: SEED_SLUG})
    articles.push(article.ms)
    await sleep(100)
  }
  const {ms, value: response} = await stalling
  // Still running while the others were answered: they did not just come after it.
  expect(ms).toBeGreaterThan(1500)
  expect(Math.max(...pings)).toBeLessThan(250)
  expect(Math.max(...articles)).toBeLessThan(250)
  expect(response.status).toBe(408)
  const body = await response.json()
  expect(body).toEqual({error: {type: 'queryTimeoutError', description: expect.stringContaining('5000 ms')}})
  expect(ms).toBeLessThan(5800)
})

test('through @sanity/client the timeout is an error with the same status and body (no retries)', async () => {
  const started = performance.now()
  const error = await failure(clientFor(lake.url).fetch(STALLING_QUERY))
  expect(error.statusCode).toBe(408)
  expect(error.body.error.type).toBe('queryTimeoutError')
  // The client retries 429/502/503 on queries: five more runs would take 25 s more.
  expect(performance.now() - started).toBeLessThan(7000)
})

test('a query that could never finish is refused at once with 400 queryTooComplexError', async () => {
  const started = performance.now()
  const error = await failure(clientFor(lake.url).fetch(HOPELESS_QUERY))
  expect(performance.now() - started).toBeLessThan(1000)
  expect(error.statusCode).toBe(400)
  const description = expect.stringContaining('too complex')
  expect(error.body).toEqual({error: {type: 'queryTooComplexError', description}})
  // A query of ordinary nesting over the same documents still answers.
  const anon = clientFor(lake.url)
  expect(await anon.fetch('count(*[]{"a": *[0...3]{_id}})')).toBe(await anon.fetch('count(*)'))
})

test('a query whose client hangs up stops: its CPU use ends within a slice', async () => {
  const started = performance.now()
  const req = request(queryUrl(STALLING_QUERY))
  req.on('error', () => undefined)
  req.end()
  await sleep(400)
  const abortedAt = performance.now()
  req.destroy()
  // Timers fire on time only if the query lets the event loop run.
  expect(abortedAt - started).toBeLessThan(1000)
  let ended: {at: number; line: string} | undefined
  for (let i = 0; i < 50 && !ended; i++) {
    await sleep(20)
    ended = log.find((entry) => entry.at > started && / 499 /.test(entry.line))
  }
  expect(ended?.line).toMatch(/^GET \/v2025-02-19\/data\/query\/production 499 \d+ms$/)
  expect(ended!.at - abortedAt).toBeLessThan(300)
  // Idle afterwards: a query still running would use the whole window.
  const cpu = process.cpuUsage()
  await sleep(500)
  const used = process.cpuUsage(cpu)
  expect((used.user + used.system) / 1000).toBeLessThan(150)
})

describe('the parse cache', () => {
  const post = (query: string, params: Record<string, unknown> = {}) =>
    fetch(`${lake.url}/v2025-02-19/data/query/production`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({query, params}),
    })

  test('is keyed by a hash and stays under its weight cap when every query is large and new', async () => {
    const padding = 'x'.repeat(PARSE_CACHE_MAX_ENTRY_WEIGHT - 1000)
    const count = Math.ceil((PARSE_CACHE_MAX_WEIGHT / PARSE_CACHE_MAX_ENTRY_WEIGHT) * 1.5)
    for (let i = 0; i < count; i++) {
      const response = await post(`*[_id == $id][0] // ${i} ${padding}\n`, {id: `nope-${i}`})
      expect(response.status).toBe(200)
      const stats = parseCacheStats()
      expect(stats.weight).toBeLessThanOrEqual(PARSE_CACHE_MAX_WEIGHT)
    }
    const stats = parseCacheStats()
    expect(stats.weight).toBeGreaterThan(PARSE_CACHE_MAX_WEIGHT / 2)
    for (const key of stats.keys) expect(key).toMatch(/^[0-9a-f]{64}$/)
  })

  test('does not keep a single query larger than its per-entry cap (4 MB bodies are allowed)', async () => {
    const before = parseCacheStats()
    const response = await post(`count(*[_id == $id]) // ${'y'.repeat(3 * 1024 * 1024)}\n`, {id: 'nope'})
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({result: 0})
    const after = parseCacheStats()
    expect(after.weight).toBeLessThanOrEqual(before.weight)
    expect(after.keys).toEqual(expect.arrayContaining(before.keys.slice(-1)))
  })

  test('holds at most its count of small queries', async () => {
    for (let i = 0; i < PARSE_CACHE_MAX_ENTRIES + 50; i++) {
      const response = await fetch(queryUrl(`*[_id == "small-${i}"][0]`))
      expect(response.status).toBe(200)
    }
    expect(parseCacheStats().entries).toBe(PARSE_CACHE_MAX_ENTRIES)
  })
})
