/**
 * `npm run bench:threads [-- --articles 20000 --comments 200000 --hot-comments 10000]`
 * The thread page query of the paged comments (lib/queries/commentPages.ts) on a hot article, in a
 * process that holds only the lake: generates the synthetic archive with `--hot-comments` on its
 * newest article, imports it, opens it as the lake does and times page 1, a middle page and the
 * last page, the thread-position count (permalinks, revalidation) and the permalink lookup.
 * The page budgets with 3,000 comments are measured against a build by tests/e2e/comments-volume.test.ts.
 */
import {createWriteStream, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {commentLocationQuery, threadPageQueries, threadPositionQueries} from '../../lib/queries/commentPages'
import {Lake} from '../../sanity/lake/lake'
import {importNdjson} from '../../sanity/lake/store/ndjson'
import {LakeStore} from '../../sanity/lake/store/store'
import {generateArchive, hotArticleId} from '../../sanity/sample/archive/generate'
import {argValue, table} from './args'

const PER_PAGE = 50

async function main() {
  const articles = Number(argValue('--articles', '2000'))
  const comments = Number(argValue('--comments', '20000'))
  const hotComments = Number(argValue('--hot-comments', '10000'))
  const runs = Number(argValue('--runs', '30'))
  const dir = mkdtempSync(join(tmpdir(), 'bench-comments-'))
  try {
    const file = join(dir, 'archive.ndjson')
    const out = createWriteStream(file)
    for (const doc of generateArchive({articles, comments, seed: 42, hotComments}))
      out.write(JSON.stringify(doc) + '\n')
    await new Promise<void>((done) => out.end(() => done()))
    const store = new LakeStore(join(dir, 'lake.sqlite'))
    const report = await importNdjson(store, file)
    const lake = new Lake(store)
    lake.views.view('published', false)
    const articleId = hotArticleId(articles)
    const q = (query: string, params: Record<string, unknown>) => lake.query(query, params, 'published', false)
    const approved = (await q(`count(*[_type == "comment" && article._ref == $articleId && status == "approved"])`, {
      articleId,
    })) as number
    const threads = (await q(
      `count(*[_type == "comment" && article._ref == $articleId && status == "approved" && !defined(parent)])`,
      {articleId},
    )) as number
    const pages = Math.ceil(threads / PER_PAGE)
    const last = (await q(
      `*[_type == "comment" && article._ref == $articleId && status == "approved" && defined(parent)] | order(createdAt desc)[0]{_id, createdAt}`,
      {articleId},
    )) as {_id: string; createdAt: string}
    const time = async (query: string, params: Record<string, unknown>) => {
      const first = performance.now()
      await q(query, params)
      const firstMs = performance.now() - first
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        const t = performance.now()
        await q(query, params)
        times.push(performance.now() - t)
      }
      times.sort((a, b) => a - b)
      return [
        firstMs.toFixed(0),
        times[Math.floor(times.length / 2)].toFixed(1),
        times[Math.min(times.length - 1, Math.floor(times.length * 0.99))].toFixed(1),
      ]
    }
    const page = (n: number) => ({articleId, start: (n - 1) * PER_PAGE, end: n * PER_PAGE})
    // Once through first: the first query of a fresh process also pays for warming the process.
    await time(threadPageQueries.oldest, page(2))
    const rows = [
      ['thread page 1 (oldest first)', ...(await time(threadPageQueries.oldest, page(1)))],
      [
        `thread page ${Math.ceil(pages / 2)} (oldest first)`,
        ...(await time(threadPageQueries.oldest, page(Math.ceil(pages / 2)))),
      ],
      [`thread page ${pages} (oldest first)`, ...(await time(threadPageQueries.oldest, page(pages)))],
      ['thread page 1 (newest first)', ...(await time(threadPageQueries.newest, page(1)))],
      [
        'thread position (count before)',
        ...(await time(threadPositionQueries.oldest, {articleId, id: last._id, createdAt: last.createdAt})),
      ],
      ['permalink lookup (a reply)', ...(await time(commentLocationQuery, {articleId, id: last._id}))],
    ]
    console.log(
      `\n${store.size.toLocaleString('en')} documents (imported in ${report.seconds.toFixed(1)} s); hot article ${articleId}: ` +
        `${hotComments.toLocaleString('en')} comments, ${approved.toLocaleString('en')} approved in ${threads.toLocaleString('en')} threads, ${pages} pages of ${PER_PAGE}\n`,
    )
    console.log(table(['query', 'first run ms', 'p50 ms', 'p99 ms'], rows))
    store.close()
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
