/**
 * `npm run bench:views [-- --seconds 5 --connections 50 --articles 20000 --comments 200000 --site]`
 * Reader views, measured three ways:
 * - in process (no build needed): POST /api/views's handler fed distinct readers by concurrent
 *   clients for `--seconds`, with the in-memory counts and (if `redis-server` is installed) Redis;
 *   then one flush into a lake holding the sample edition: its time, its transactions (at most
 *   one), and counts lost (stored totals against the views the handler counted);
 * - on the archive (20,000 articles, 200,000 comments and a year of views, `--no-archive` skips):
 *   p50 of Top 5 This Week and Popular Articles as the site reads them (the view rows, summed in
 *   the app, then the cards), in a process that holds only the lake;
 * - with `--site` (needs `npm run build` first): the article page's requests/s beside beacons/s
 *   over HTTP in the same run, each beacon a distinct reader, then a wait for the flush timer
 *   (VIEWS_FLUSH_SECONDS=5) and the same transactions and lost-count check against the lake.
 */
import {spawn, spawnSync} from 'node:child_process'
import {createWriteStream, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {argValue, table} from './args'
import {freePort} from './stack'
import {reader} from './viewReaders'

const seconds = Number(argValue('--seconds', '5'))
const connections = Number(argValue('--connections', '50'))
const READ_TOKEN = 'bench-read-token-0123456789abcdef'
const WRITE_TOKEN = 'bench-write-token-0123456789abcdefghij'
const ARTICLES = ['article-druk-nato-nexus', 'article-chip-sovereignty', 'article-arctic-subsea-cables']

interface InProcess {
  store: string
  beacons: number
  counted: number
  refused: number
  perSecond: number
  flushMs: number
  transactions: number
  stored: number
}

/** Child process: the handler, the counts and one flush, against a lake of its own. */
async function inProcess(store: 'memory' | 'redis', redisUrl?: string): Promise<InProcess> {
  const {startLake} = await import('../../sanity/lake/server/start')
  const {importNdjson} = await import('../../sanity/lake/store/ndjson')
  const dir = mkdtempSync(join(tmpdir(), 'bench-views-'))
  const lake = await startLake({
    port: 0,
    dataFile: join(dir, 'lake.sqlite'),
    grants: [
      {token: READ_TOKEN, role: 'read', userId: 'bench'},
      {token: WRITE_TOKEN, role: 'write', userId: 'bench'},
    ],
  })
  await importNdjson(lake.lake.store, 'sanity/sample/edition.ndjson')
  Object.assign(process.env, {
    LAKE_URL: lake.url,
    SANITY_API_READ_TOKEN: READ_TOKEN,
    SANITY_API_WRITE_TOKEN: WRITE_TOKEN,
    ...(redisUrl ? {REDIS_URL: redisUrl} : {}),
  })
  const {POST} = await import('../../app/api/views/route')
  const {viewCounts} = await import('../../lib/views/counts')
  const {flushViews} = await import('../../lib/views/flush')
  const {getWriteClient} = await import('../../lib/sanity/writeClient')

  let next = 0
  let counted = 0
  let refused = 0
  const send = async () => {
    const i = next++
    const {address, userAgent} = reader(i)
    const res = await POST(
      new Request('http://localhost/api/views', {
        method: 'POST',
        headers: {'user-agent': userAgent, 'x-forwarded-for': address, 'content-type': 'text/plain'},
        body: JSON.stringify({articleId: ARTICLES[i % ARTICLES.length]}),
      }),
    )
    if (res.headers.get('views-result') === 'counted') counted++
    else refused++
  }
  await Promise.all(Array.from({length: 20}, () => send())) // warm-up: the id list, the connection
  counted = refused = 0
  const started = performance.now()
  const deadline = started + seconds * 1000
  await Promise.all(
    Array.from({length: connections}, async () => {
      while (performance.now() < deadline) await send()
    }),
  )
  const elapsed = (performance.now() - started) / 1000

  const before = await storedTotal(lake.url)
  const flushStarted = performance.now()
  let transactions = 0
  for (;;) {
    const result = await flushViews(await viewCounts(), getWriteClient())
    if (!result) break
    transactions += result.transactions
  }
  const flushMs = performance.now() - flushStarted
  // The warm-up's views were counted too (and stored by the same flush).
  const stored = (await storedTotal(lake.url)) - before - 20
  await lake.close()
  rmSync(dir, {recursive: true, force: true})
  return {
    store,
    beacons: counted + refused,
    counted,
    refused,
    perSecond: counted / elapsed,
    flushMs,
    transactions,
    stored,
  }
}

async function storedTotal(lakeUrl: string): Promise<number> {
  const url = `${lakeUrl}/v2025-02-19/data/query/production?query=${encodeURIComponent('math::sum(*[_type == "articleViews"].count)')}`
  const body = (await (await fetch(url)).json()) as {result: number | null}
  return body.result ?? 0
}

interface ArchiveFigures {
  documents: number
  viewDocuments: number
  rows: Array<{name: string; first: number; p50: number; p99: number}>
}

/** Child process: the archive with a year of views, and the rankings' reads on it. */
async function archive(articles: number, comments: number): Promise<ArchiveFigures> {
  const {Lake} = await import('../../sanity/lake/lake')
  const {LakeStore} = await import('../../sanity/lake/store/store')
  const {importNdjson} = await import('../../sanity/lake/store/ndjson')
  const {generateArchive} = await import('../../sanity/sample/archive/generate')
  const q = await import('../../lib/queries/rankings')
  const dir = mkdtempSync(join(tmpdir(), 'bench-views-archive-'))
  const file = join(dir, 'archive.ndjson')
  const out = createWriteStream(file)
  let viewDocuments = 0
  for (const doc of generateArchive({articles, comments, seed: 42, viewDays: 365})) {
    if (doc._type === 'articleViews') viewDocuments++
    out.write(JSON.stringify(doc) + '\n')
  }
  await new Promise<void>((done) => out.end(() => done()))
  const store = new LakeStore(join(dir, 'lake.sqlite'))
  await importNdjson(store, file)
  const lake = new Lake(store)
  const run = (query: string, params: Record<string, unknown>) => lake.query(query, params, 'published', false)
  const topIds = (rows: unknown, n: number) => {
    const totals = new Map<string, number>()
    for (const {id, count} of rows as Array<{id: string; count: number}>) totals.set(id, (totals.get(id) ?? 0) + count)
    return [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([id]) => id)
  }
  // The archive ends on 2026-11-27: the site's reads on that day.
  const reads = {
    'Top 5 This Week (rows 7 days + picks and cards)': async () => {
      const rows = await run(q.viewRowsQuery, {viewsSince: '2026-11-21'})
      return run(q.topFiveQuery, {readIds: topIds(rows, 10)})
    },
    'Popular Articles (rows 30 days + cards)': async () => {
      const rows = await run(q.viewRowsQuery, {viewsSince: '2026-10-29'})
      return run(q.readCardsQuery, {readIds: topIds(rows, 10)})
    },
    'view rows, 7 days': () => run(q.viewRowsQuery, {viewsSince: '2026-11-21'}),
    'view rows, 30 days': () => run(q.viewRowsQuery, {viewsSince: '2026-10-29'}),
    'Top 5 fallback (comments, newest; only while reads leave places)': () =>
      run(q.topFiveFallbackQuery, {since: '2026-11-20T00:00:00Z'}),
    'Popular fallback (most comments; only while reads leave places)': () => run(q.popularArticlesQuery, {limit: 5}),
  }
  const rows = []
  for (const [name, read] of Object.entries(reads)) {
    const times: number[] = []
    for (let i = 0; i < 21; i++) {
      const t = performance.now()
      await read()
      times.push(performance.now() - t)
    }
    const sorted = times.slice(1).sort((a, b) => a - b)
    rows.push({name, first: times[0], p50: sorted[10], p99: sorted[19]})
  }
  const documents = store.size
  store.close()
  rmSync(dir, {recursive: true, force: true})
  return {documents, viewDocuments, rows}
}

function child(args: string[], env: Record<string, string> = {}): unknown {
  const res = spawnSync(process.execPath, [...process.execArgv, __filename, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    env: {...process.env, ...env},
  })
  if (res.status !== 0) throw new Error(`${args.join(' ')} failed:\n${res.stderr}`)
  return JSON.parse(res.stdout.trim().split('\n').at(-1)!)
}

async function withRedis<T>(run: (url: string) => T): Promise<T | null> {
  const server = spawnSync('sh', ['-c', 'command -v redis-server']).stdout.toString().trim()
  if (!server) return null
  const port = await freePort()
  const redis = spawn(server, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  })
  await new Promise((r) => setTimeout(r, 300))
  try {
    return run(`redis://127.0.0.1:${port}`)
  } finally {
    redis.kill('SIGKILL')
  }
}

async function parent() {
  const results = [child(['--in-process', 'memory']) as InProcess]
  const redis = await withRedis((url) => child(['--in-process', 'redis', url]) as InProcess)
  if (redis) results.push(redis)
  else console.log('redis-server is not installed: the Redis row is left out')
  console.log(
    `\nPOST /api/views in process: ${connections} concurrent clients for ${seconds} s, a distinct reader each beacon\n`,
  )
  console.log(
    table(
      ['counts', 'beacons', 'counted', 'counted/s', 'flush ms', 'transactions', 'stored', 'lost'],
      results.map((r) => [
        r.store,
        String(r.beacons),
        String(r.counted),
        r.perSecond.toFixed(0),
        r.flushMs.toFixed(0),
        String(r.transactions),
        String(r.stored),
        String(r.counted - r.stored),
      ]),
    ),
  )

  if (!process.argv.includes('--no-archive')) {
    const articles = argValue('--articles', '20000')
    const comments = argValue('--comments', '200000')
    const a = child(['--archive', articles, comments]) as ArchiveFigures
    console.log(
      `\nRankings on the archive: ${a.documents.toLocaleString('en')} documents, ${a.viewDocuments.toLocaleString('en')} of them view counts (a year)\n`,
    )
    console.log(
      table(
        ['read', 'first ms', 'p50 ms', 'p99 ms'],
        a.rows.map((r) => [r.name, r.first.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1)]),
      ),
    )
  }

  if (process.argv.includes('--site')) {
    const {siteBench} = await import('./viewsSite')
    await siteBench({seconds, connections})
  }
}

const mode = process.argv.findIndex((a) => a === '--in-process' || a === '--archive')
if (mode < 0) {
  parent().catch((err) => {
    console.error(err.message)
    process.exit(1)
  })
} else {
  const [flag, x, y] = process.argv.slice(mode)
  const work = flag === '--in-process' ? inProcess(x as 'memory' | 'redis', y) : archive(Number(x), Number(y))
  work
    .then((result) => {
      process.stdout.write('\n' + JSON.stringify(result) + '\n')
      process.exit(0)
    })
    .catch((err) => {
      console.error(err)
      process.exit(1)
    })
}
