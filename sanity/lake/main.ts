/**
 * The local Content Lake's command line.
 *   tsx sanity/lake/main.ts                 serve (loads the sample edition into an empty dataset)
 *   tsx sanity/lake/main.ts import <export.tar.gz | folder | data.ndjson> [--replace]
 *   tsx sanity/lake/main.ts export <file.tar.gz | file.ndjson>
 */
import {createWriteStream} from 'node:fs'
import {resolve} from 'node:path'
import {lakeConfigFromEnv} from './server/config'
import {exportNdjson, importNdjson, type ImportReport} from './store/ndjson'
import {exportArchive, isTarball} from './store/archive'
import {WEBHOOK_FILTER, WEBHOOK_PROJECTION} from '../embedded/webhook'
import {exitWithParent} from '../embedded/exitWithParent'
import {embeddedSecret} from '../embedded/secrets'
import {startLake} from './server/start'
import {warmIndexes} from './views/warm'
import {LakeStore} from './store/store'
import {startBrowserListener, studioInstructions} from './studio/startup'
import {WebhookSender, type WebhookConfig} from './server/webhooks'

const SAMPLE_EDITION = resolve(__dirname, '../sample/edition.ndjson')

async function main(argv: string[]) {
  const config = lakeConfigFromEnv()
  const [command = 'serve', target] = argv
  if (command === 'import') {
    if (!target)
      throw new Error('Usage: npm run lake -- import <export.tar.gz | export folder | data.ndjson> [--replace]')
    const store = new LakeStore(config.dataFile)
    const report = await importNdjson(store, resolve(target), {
      replace: argv.includes('--replace'),
      dataset: config.dataset,
      publicUrl: config.publicUrl,
      progress: (line) => console.log(`[lake] ${line}`),
    })
    store.close()
    return printReport(report)
  }
  if (command === 'export') {
    if (!target) throw new Error('Usage: npm run lake -- export <file.tar.gz | file.ndjson>')
    const store = new LakeStore(config.dataFile)
    if (isTarball(target)) {
      const {documents, assets} = await exportArchive(store, resolve(target))
      console.log(`Exported ${documents} documents and ${assets} assets to ${target}`)
      return store.close()
    }
    const out = createWriteStream(resolve(target))
    for (const line of exportNdjson(store)) out.write(line)
    await new Promise((done) => out.end(done))
    console.log(`Exported ${store.size} documents to ${target}`)
    return store.close()
  }
  if (command !== 'serve') throw new Error(`Unknown command "${command}": use serve, import or export`)

  const log = config.logRequests ? (line: string) => console.log(`[lake] ${line}`) : undefined
  // HTTPS for the Studio is started below, where a busy port is a warning rather than a failure.
  const running = await startLake({...config, tls: undefined, log})
  if (running.lake.store.size === 0) {
    console.log('[lake] empty dataset: loading the sample edition')
    printReport(
      await importNdjson(running.lake.store, SAMPLE_EDITION, {dataset: config.dataset, publicUrl: config.publicUrl}),
    )
  }
  const say = (line: string) => console.log(`[lake] ${line}`)
  const tls = config.tls ? await startBrowserListener(running, config.tls, say) : undefined
  const hooks: WebhookConfig[] = config.webhookUrl
    ? [
        {
          name: 'revalidate',
          url: config.webhookUrl,
          secret: embeddedSecret('webhookSecret'),
          filter: WEBHOOK_FILTER,
          projection: WEBHOOK_PROJECTION,
        },
      ]
    : []
  // Started after the sample edition is loaded: the site builds from the lake, it needs no webhook for that.
  const sender = new WebhookSender(running.lake.store, hooks, (line) => console.log(`[lake] ${line}`))
  console.log(
    `[lake] local Content Lake on ${running.url} (dataset "${config.dataset}", ${running.lake.store.size} documents, ${config.dataFile})`,
  )
  if (config.warm) say(warmIndexes(running.lake.views))
  for (const hook of hooks) console.log(`[lake] webhook "${hook.name}" → ${hook.url}`)
  if (tls) studioInstructions(tls, config).forEach(say)
  const stop = () => {
    sender.close()
    void Promise.all([tls?.close(), running.close()]).then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  exitWithParent(stop)
}

function printReport(report: ImportReport) {
  console.log(
    `[lake] imported ${report.documents} documents and ${report.assets} assets in ${report.seconds.toFixed(2)} s`,
  )
  for (const file of report.missingFiles) console.warn(`[lake] missing asset file, reference left as exported: ${file}`)
}

main(process.argv.slice(2)).catch((err) => {
  console.error(`[lake] ${(err as Error).message}`)
  process.exit(1)
})
