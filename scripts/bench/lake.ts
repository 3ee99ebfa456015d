/**
 * `npm run bench:lake [-- --sizes 1000,10000,100000,220000] [--hot-comments 10000]`
 * For each dataset size (20/80 articles/comments, the archive generator's content): one child
 * process generates and imports it (import time), then a fresh child opens it as the lake does
 * at start and measures: time to open, the first run of each site query (which builds the
 * indexes it needs), p50/p99 of later runs, the naive baseline (plain groq-js scans) of the two
 * reference queries, and the resident memory of that process, which holds only the lake. One
 * article of each archive is "hot": it has `--hot-comments` of the comments (default 10,000, at
 * most a tenth of them), for the paged comment threads.
 */
import {spawnSync} from 'node:child_process'
import {createWriteStream, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Lake} from '../../sanity/lake/lake'
import {importNdjson} from '../../sanity/lake/store/ndjson'
import {LakeStore} from '../../sanity/lake/store/store'
import {generateArchive, hotArticleId} from '../../sanity/sample/archive/generate'
import {argValue, table} from './args'
import {siteQueries} from '../../lib/queries/siteQueries'

const BASELINE = [
  {
    name: 'baseline: article by slug with approved comments',
    query: `*[_type == "article" && slug.current == $slug][0]{title, "comments": *[_type == "comment" && article._ref == ^._id && status == "approved"]{authorName, body}}`,
  },
  {
    name: 'baseline: 20-article list with comment counts',
    query: `*[_type == "article"] | order(publishedAt desc)[0...20]{title, "comments": count(*[_type == "comment" && article._ref == ^._id])}`,
  },
]

interface Row {
  name: string
  first: number
  p50: number
  p99: number
  naive?: number
}

interface Measured {
  documents: number
  openSeconds: number
  rssOpenMB: number
  rssMB: number
  rows: Row[]
}

const articlesOf = (size: number) => Math.max(5, Math.round(size * 0.2))
const hotCommentsOf = (size: number) =>
  Math.min(Number(argValue('--hot-comments', '10000')), Math.floor((size - articlesOf(size)) / 10))

async function prepare(size: number, dir: string) {
  const file = join(dir, 'archive.ndjson')
  const articles = articlesOf(size)
  const out = createWriteStream(file)
  for (const doc of generateArchive({articles, comments: size - articles, seed: 42, hotComments: hotCommentsOf(size)}))
    out.write(JSON.stringify(doc) + '\n')
  await new Promise<void>((done) => out.end(() => done()))
  const store = new LakeStore(join(dir, 'lake.sqlite'))
  const report = await importNdjson(store, file)
  store.close()
  process.stdout.write(JSON.stringify({importSeconds: report.seconds}))
}

async function measure(size: number, dir: string) {
  const opened = performance.now()
  const store = new LakeStore(join(dir, 'lake.sqlite'))
  const lake = new Lake(store)
  lake.views.view('published', false)
  const openSeconds = (performance.now() - opened) / 1000
  const rssOpenMB = Math.round(process.memoryUsage().rss / 1e6)
  const probe = (await lake.query(
    `*[_type == "article"] | order(publishedAt desc)[2]{_id, "slug": slug.current, "topicIds": topics[]._ref, "author": author->slug.current, "topic": topics[0]->slug.current}`,
    {},
    'published',
    false,
  )) as {_id: string; slug: string; topicIds: string[]; author: string; topic: string}
  const articles = articlesOf(size)
  const commentId = (await lake.query(
    `*[_type == "comment" && status == "approved" && defined(parent)][0]._id`,
    {},
    'published',
    false,
  )) as string
  const sample = {
    articleSlug: probe.slug,
    articleId: probe._id,
    topicIds: probe.topicIds,
    authorSlug: probe.author,
    topicSlug: probe.topic,
    since: '2026-11-20T00:00:00Z',
    deep: Math.floor(articles * 0.9),
    commentId,
    hotArticleId: hotArticleId(articles),
  }
  const runs = size >= 100000 ? 15 : 30
  const time = async (q: string, params: Record<string, unknown>, indexed: boolean, n: number) => {
    const times: number[] = []
    for (let i = 0; i < n; i++) {
      const t = performance.now()
      await lake.query(q, params, 'published', false, indexed)
      times.push(performance.now() - t)
    }
    const sorted = [...times].sort((a, b) => a - b)
    return {
      times,
      p50: sorted[Math.floor(sorted.length / 2)],
      p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))],
    }
  }
  const rows: Row[] = []
  for (const q of siteQueries(sample)) {
    const first = (await time(q.query, q.params, true, 1)).p50
    rows.push({name: `${q.group}: ${q.name}`, first, ...(await time(q.query, q.params, true, runs))})
  }
  for (const b of BASELINE) {
    const first = (await time(b.query, {slug: sample.articleSlug}, true, 1)).p50
    const indexed = await time(b.query, {slug: sample.articleSlug}, true, runs)
    const naive = await time(b.query, {slug: sample.articleSlug}, false, size >= 100000 ? 1 : 3)
    rows.push({name: b.name, first, ...indexed, naive: naive.p50})
  }
  const measured: Measured = {
    documents: store.size,
    openSeconds,
    rssOpenMB,
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
    rows,
  }
  store.close()
  process.stdout.write(JSON.stringify(measured))
}

function run(args: string[]): string {
  const res = spawnSync(process.execPath, [...process.execArgv, __filename, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  })
  if (res.status !== 0) {
    console.error(res.stderr)
    process.exit(1)
  }
  return res.stdout
}

function parent() {
  const sizes = argValue('--sizes', '1000,10000,100000,220000').split(',').map(Number)
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-lake-'))
    try {
      const {importSeconds} = JSON.parse(
        run(['--prepare', String(size), dir, '--hot-comments', String(hotCommentsOf(size))]),
      ) as {importSeconds: number}
      const r = JSON.parse(run(['--measure', String(size), dir])) as Measured
      console.log(
        `\n${r.documents.toLocaleString('en')} documents: import ${importSeconds.toFixed(1)} s; the lake opens in ${r.openSeconds.toFixed(1)} s ` +
          `holding ${r.rssOpenMB} MB, and holds ${r.rssMB} MB resident after every query below has built its indexes\n`,
      )
      console.log(
        table(
          ['query', 'first run ms', 'p50 ms', 'p99 ms', 'naive groq-js p50 ms'],
          r.rows.map((row) => [
            row.name,
            row.first.toFixed(0),
            row.p50.toFixed(1),
            row.p99.toFixed(1),
            row.naive === undefined ? '' : row.naive.toFixed(0),
          ]),
        ),
      )
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  }
}

const mode = process.argv.find((a) => a === '--prepare' || a === '--measure')
if (mode) {
  const i = process.argv.indexOf(mode)
  const [size, dir] = [Number(process.argv[i + 1]), process.argv[i + 2]]
  void (mode === '--prepare' ? prepare(size, dir) : measure(size, dir))
} else parent()
