/**
 * `npm run bench:lake [-- --sizes 1000,10000,100000,220000]`
 * For each dataset size (20/80 articles/comments, the archive generator's content), in a fresh
 * child process: import time, the lake's resident memory, and p50/p99 of every site query through
 * the indexed path; plus the naive baseline (plain groq-js scans) of the two reference queries.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Lake} from '../../sanity/lake/lake'
import {importNdjson} from '../../sanity/lake/ndjson'
import {LakeStore} from '../../sanity/lake/store'
import {generateArchive} from '../archive/generate'
import {createWriteStream} from 'node:fs'
import {argValue, table} from './args'
import {siteQueries} from './siteQueries'

const BASELINE = [
  {name: 'baseline: article by slug with approved comments', query: `*[_type == "article" && slug.current == $slug][0]{title, "comments": *[_type == "comment" && article._ref == ^._id && status == "approved"]{authorName, body}}`},
  {name: 'baseline: 20-article list with comment counts', query: `*[_type == "article"] | order(publishedAt desc)[0...20]{title, "comments": count(*[_type == "comment" && article._ref == ^._id])}`},
]

interface Row {
  name: string
  p50: number
  p99: number
  naive?: number
}

async function child(size: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lake-'))
  const file = join(dir, 'archive.ndjson')
  const articles = Math.max(5, Math.round(size * 0.2))
  const out = createWriteStream(file)
  for (const doc of generateArchive({articles, comments: size - articles, seed: 42})) out.write(JSON.stringify(doc) + '\n')
  await new Promise<void>((done) => out.end(() => done()))
  const store = new LakeStore(join(dir, 'lake.sqlite'))
  const report = await importNdjson(store, file)
  const lake = new Lake(store)
  const probe = (await lake.query(
    `*[_type == "article"] | order(publishedAt desc)[2]{_id, "slug": slug.current, "topicIds": topics[]._ref, "author": author->slug.current, "topic": topics[0]->slug.current}`,
    {}, 'published', false,
  )) as {_id: string; slug: string; topicIds: string[]; author: string; topic: string}
  const sample = {articleSlug: probe.slug, articleId: probe._id, topicIds: probe.topicIds, authorSlug: probe.author, topicSlug: probe.topic, since: '2026-11-20T00:00:00Z'}
  const runs = size >= 100000 ? 9 : 25
  const rows: Row[] = []
  const time = async (q: string, params: Record<string, unknown>, indexed: boolean, n: number) => {
    const times: number[] = []
    for (let i = 0; i < n; i++) {
      const t = performance.now()
      await lake.query(q, params, 'published', false, indexed)
      times.push(performance.now() - t)
    }
    times.sort((a, b) => a - b)
    return {p50: times[Math.floor(times.length / 2)], p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))]}
  }
  for (const q of siteQueries(sample)) {
    await time(q.query, q.params, true, 2) // warm-up: indexes are built on first use
    rows.push({name: `${q.group}: ${q.name}`, ...(await time(q.query, q.params, true, runs))})
  }
  for (const b of BASELINE) {
    await time(b.query, {slug: sample.articleSlug}, true, 2)
    const indexed = await time(b.query, {slug: sample.articleSlug}, true, runs)
    const naive = await time(b.query, {slug: sample.articleSlug}, false, size >= 100000 ? 1 : 3)
    rows.push({name: b.name, ...indexed, naive: naive.p50})
  }
  const rss = process.memoryUsage().rss
  store.close()
  rmSync(dir, {recursive: true, force: true})
  process.stdout.write(JSON.stringify({size: store.size || size, importSeconds: report.seconds, rssMB: Math.round(rss / 1e6), rows}))
}

function parent() {
  const sizes = argValue('--sizes', '1000,10000,100000,220000').split(',').map(Number)
  for (const size of sizes) {
    const res = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', String(size)], {encoding: 'utf8', maxBuffer: 1 << 24})
    if (res.status !== 0) {
      console.error(res.stderr)
      process.exit(1)
    }
    const r = JSON.parse(res.stdout) as {size: number; importSeconds: number; rssMB: number; rows: Row[]}
    console.log(`\n${size.toLocaleString('en')} documents: import ${r.importSeconds.toFixed(1)} s, lake resident memory ${r.rssMB} MB\n`)
    console.log(
      table(
        ['query', 'p50 ms', 'p99 ms', 'naive groq-js p50 ms'],
        r.rows.map((row) => [row.name, row.p50.toFixed(1), row.p99.toFixed(1), row.naive === undefined ? '' : row.naive.toFixed(0)]),
      ),
    )
  }
}

if (process.argv.includes('--child')) void child(Number(process.argv[process.argv.indexOf('--child') + 1]))
else parent()
