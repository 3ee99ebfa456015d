/**
 * `npm run archive -- --articles 20000 --comments 200000 [--hot-comments 10000] [--views-days 365] [--seed 42] [--out .data/archive.ndjson] [--no-import]`
 * Writes a realistic synthetic ten-year archive as NDJSON (fixed seed: the same sizes give the same
 * file) and imports it into the local Content Lake's data file (LAKE_DATA_FILE), with progress.
 * Run it with the lake stopped, or restart the lake afterwards. `--hot-comments N` adds N comments
 * on the newest article (a popular piece, for the paged comment threads); `--views-days N` adds N
 * days of reader views (one `articleViews` document per article read that day) up to the archive's
 * last day, 2026-11-27.
 */
import {createWriteStream, mkdirSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {lakeConfigFromEnv} from '../sanity/lake/server/config'
import {importNdjson} from '../sanity/lake/store/ndjson'
import {LakeStore} from '../sanity/lake/store/store'
import {argValue} from './bench/args'
import {generateArchive} from '../sanity/sample/archive/generate'

async function main() {
  const articles = Number(argValue('--articles', '20000'))
  const comments = Number(argValue('--comments', '200000'))
  const seed = Number(argValue('--seed', '42'))
  const hotComments = Number(argValue('--hot-comments', '0'))
  const viewDays = Number(argValue('--views-days', '0'))
  const out = resolve(argValue('--out', '.data/archive.ndjson'))
  mkdirSync(dirname(out), {recursive: true})

  const started = performance.now()
  const file = createWriteStream(out)
  let written = 0
  for (const doc of generateArchive({articles, comments, seed, hotComments, viewDays})) {
    if (!file.write(JSON.stringify(doc) + '\n')) await new Promise<void>((done) => file.once('drain', () => done()))
    if (++written % 20000 === 0) process.stdout.write(`\rgenerated ${written} documents`)
  }
  await new Promise<void>((done) => file.end(() => done()))
  console.log(`\rgenerated ${written} documents into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  if (process.argv.includes('--no-import')) return

  const config = lakeConfigFromEnv()
  const store = new LakeStore(config.dataFile)
  const report = await importNdjson(store, out, {
    replace: true,
    dataset: config.dataset,
    progress: (line) => process.stdout.write(`\r${line}   `),
  })
  store.close()
  console.log(`\nimported ${report.documents} documents into ${config.dataFile} in ${report.seconds.toFixed(1)} s`)
}

main().catch((err) => {
  console.error(err.message)
  process.exit(1)
})
