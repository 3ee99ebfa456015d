/**
 * `npm run bench:cluster [-- --seconds 10 --connections 50 --writers 20]`, against a running
 * `npm run cluster` (nginx on 8080, instances on 3001…, the lake on 3333). Four figures:
 *  1. home and article through nginx beside a raw node:http server sending the same bytes;
 *  2. comments posted round-robin through nginx, each from a reader address of its own (a loopback
 *     source address: nginx reports the connection's), then looked up in the lake: lost and
 *     duplicated; and readers posting three times in a row, over different instances: refused;
 *  3. a publish until it is visible on every instance, each polled directly;
 *  4. one instance killed (SIGKILL) under reader load through nginx: failed requests.
 */
import autocannon from 'autocannon'
import {createClient} from '@sanity/client'
import {request} from 'node:http'
import {MESSAGES} from '../../lib/comments/messages'
import {embeddedSecret} from '../../sanity/embedded/secrets'
import {argValue, table} from './args'
import {pageVersusRaw, type Figures} from './cluster/pages'
import {listenerPid, upstreamsOf} from './cluster/processes'

const proxy = argValue('--url', 'http://127.0.0.1:8080')
const seconds = Number(argValue('--seconds', '10'))
const connections = Number(argValue('--connections', '50'))
const writers = Number(argValue('--writers', '20'))
const instances = Array.from(
  {length: Number(process.env.CLUSTER_INSTANCES ?? 3)},
  (_, i) => `http://127.0.0.1:${3001 + i}`,
)
const lakeUrl = `http://127.0.0.1:${process.env.LAKE_PORT ?? 3333}`
const ACCESS_LOG = argValue('--access-log', '.data/cluster/nginx/access.log')
const ARTICLE = {slug: 'druk-nato-nexus', id: 'article-druk-nato-nexus'}
const INITIAL_STATE = '{"status":"idle","message":null,"fieldErrors":{},"values":{"body":"","name":"","email":""}}'
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const lake = createClient({
  projectId: 'local',
  dataset: 'production',
  apiHost: lakeUrl,
  useProjectHostname: false,
  apiVersion: '2025-02-19',
  useCdn: false,
  token: embeddedSecret('writeToken'),
})

/** The n-th reader's own loopback address, in a /24 of its own (the flood key anonymises to /24). */
const readerAddress = (n: number) => `127.${(n >> 8) & 255}.${n & 255}.1`

async function actionId(): Promise<string> {
  const html = await (await fetch(`${proxy}/articles/${ARTICLE.slug}`)).text()
  const m = /name="\$ACTION_1:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)
  if (!m) throw new Error('comment form action id not found in the article page')
  return m[1]
}

/** Posts the comment action through nginx from `address`; resolves with the answer's text. */
async function post(
  action: string,
  address: string,
  fields: {body: string; name: string; email: string},
): Promise<string> {
  const form = new FormData()
  for (const [name, value] of Object.entries({
    ...fields,
    articleId: ARTICLE.id,
    parentId: '',
    startedAt: '',
    website: '',
  }))
    form.append(`_1_${name}`, value)
  form.append('0', `[${INITIAL_STATE},"$K1"]`)
  const encoded = new Request(proxy, {method: 'POST', body: form})
  const body = Buffer.from(await encoded.arrayBuffer())
  const headers = {
    'next-action': action,
    accept: 'text/x-component',
    'content-type': encoded.headers.get('content-type')!,
    origin: proxy,
  }
  return new Promise((done, fail) => {
    const req = request(
      `${proxy}/articles/${ARTICLE.slug}`,
      {method: 'POST', headers, localAddress: address, agent: false},
      (res) => {
        let text = ''
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
        res.on('end', () => (res.statusCode === 200 ? done(text) : fail(new Error(`HTTP ${res.statusCode}`))))
      },
    )
    req.on('error', fail).end(body)
  })
}

async function comments(action: string) {
  const run = `cluster-${Date.now().toString(36)}`
  const acknowledged: string[] = []
  let refused = 0
  let failed = 0
  let counter = 0
  const deadline = Date.now() + seconds * 1000
  const t0 = performance.now()
  await Promise.all(
    Array.from({length: writers}, async () => {
      while (Date.now() < deadline) {
        const n = counter++
        const body = `${run} comment ${n}: a considered view on Himalayan security, number ${n}.`
        try {
          const text = await post(action, readerAddress(n), {
            body,
            name: `${run} reader ${n}`,
            email: `reader-${n}@${run}.example.com`,
          })
          if (text.includes('awaiting moderation')) acknowledged.push(body)
          else refused++
        } catch {
          failed++
        }
      }
    }),
  )
  const elapsed = (performance.now() - t0) / 1000
  const stored = await lake.fetch<string[]>(
    `*[_type == "comment" && authorName match $run].body`,
    {run: `${run}*`},
    {perspective: 'raw'},
  )
  const count = new Map<string, number>()
  for (const b of stored) count.set(b, (count.get(b) ?? 0) + 1)
  const lost = acknowledged.filter((b) => !count.has(b)).length
  const duplicated = [...count.values()].filter((c) => c > 1).length

  // Readers posting three times in a row: consecutive requests go round-robin over the instances.
  const repeaters = 30
  const firstRepeater = counter + 1000
  let accepted = 0
  let refusedRepeats = 0
  for (let r = 0; r < repeaters; r++) {
    const address = readerAddress(firstRepeater + r)
    for (let attempt = 0; attempt < 3; attempt++) {
      const text = await post(action, address, {
        body: `${run} repeat ${r}.${attempt}: another view.`,
        name: `${run} repeater ${r}`,
        email: `repeat-${r}-${attempt}@${run}.example.com`,
      })
      if (text.includes('awaiting moderation')) accepted++
      else if (text.includes(MESSAGES.tooFast)) refusedRepeats++
    }
  }
  await sleep(1500) // nginx flushes its access log every second
  const spread = upstreamsOf(
    ACCESS_LOG,
    Array.from({length: repeaters}, (_, r) => readerAddress(firstRepeater + r)),
  )
  return {
    acknowledged: acknowledged.length,
    rate: acknowledged.length / elapsed,
    refused,
    failed,
    lost,
    duplicated,
    repeaters,
    accepted,
    refusedRepeats,
    spread,
  }
}

async function publishToVisible(): Promise<number[]> {
  const waits: number[] = []
  for (let round = 0; round < 5; round++) {
    const title = `Cluster bench ${Date.now().toString(36)}`
    const published = Date.now()
    await lake.patch(ARTICLE.id).set({title}).commit()
    const seen = await Promise.all(
      instances.map(async (instance) => {
        for (;;) {
          const html = await (await fetch(`${instance}/articles/${ARTICLE.slug}`)).text()
          if (html.includes(title)) return Date.now() - published
          if (Date.now() - published > 10_000) return Infinity
          await sleep(25)
        }
      }),
    )
    waits.push(Math.max(...seen))
    await sleep(500)
  }
  return waits
}

async function killUnderLoad(): Promise<{requests: number; failed: number; killed: string}> {
  const victim = instances[1] ?? instances[0]
  const pid = listenerPid(Number(new URL(victim).port))
  if (!pid) throw new Error(`no process listens on ${victim}`)
  // Search is rendered per request (never cached by nginx), so it reaches the instances all along.
  const paths = ['/', `/articles/${ARTICLE.slug}`, '/search?q=bhutan']
  const load = autocannon({url: proxy, connections, duration: seconds, requests: paths.map((path) => ({path}))})
  await sleep((seconds * 1000) / 3)
  process.kill(pid, 'SIGKILL')
  const r = await load
  return {requests: r.requests.total, failed: r.errors + r.timeouts + r.non2xx, killed: `${victim} (pid ${pid})`}
}

const fmt = (f: Figures) => `${f.rps.toFixed(0)} / ${f.p50} / ${f.p99}${f.errors ? ` (${f.errors} errors)` : ''}`

async function main() {
  const pages = [] as string[][]
  for (const page of [
    {name: 'home', path: '/'},
    {name: 'article', path: `/articles/${ARTICLE.slug}`},
  ]) {
    const {bytes, site, raw} = await pageVersusRaw(proxy + page.path, {connections, seconds})
    pages.push([page.name, String(bytes), fmt(site), fmt(raw), (site.rps / raw.rps).toFixed(2)])
  }
  console.log(`\nPages through nginx (${proxy}), ${connections} connections, ${seconds} s each after a 2 s warm-up\n`)
  console.log(
    table(['page', 'bytes', 'nginx rps / p50 / p99 ms', 'raw node:http rps / p50 / p99 ms', 'ratio (≥ 0.7)'], pages),
  )

  const c = await comments(await actionId())
  console.log(
    `\nComments through nginx, ${writers} writers for ${seconds} s, each post from a reader address of its own\n`,
  )
  console.log(
    table(
      ['acknowledged', 'accepted/s', 'refused', 'errors', 'lost', 'duplicated'],
      [
        [
          String(c.acknowledged),
          c.rate.toFixed(1),
          String(c.refused),
          String(c.failed),
          String(c.lost),
          String(c.duplicated),
        ],
      ],
    ),
  )
  console.log(
    `\nFlood limit: ${c.repeaters} readers posting 3 times in a row: ${c.accepted} accepted, ${c.refusedRepeats} refused as too fast; ` +
      `instances per reader (nginx's log): ${c.spread}`,
  )

  const waits = await publishToVisible()
  const sorted = [...waits].sort((a, b) => a - b)
  console.log(
    `\nPublish → visible on all ${instances.length} instances (each polled directly), 5 publishes: ${waits.join(', ')} ms; median ${sorted[2]}, max ${sorted[4]} (≤ 2000)`,
  )

  const k = await killUnderLoad()
  console.log(
    `\nKilled ${k.killed} under ${connections} connections for ${seconds} s (home, article, search): ${k.requests} requests, ${k.failed} failed\n`,
  )
  const ok =
    pages.every((row) => Number(row[4]) >= 0.7) &&
    c.lost === 0 &&
    c.duplicated === 0 &&
    c.accepted === c.repeaters &&
    sorted[4] <= 2000 &&
    k.failed === 0
  if (!ok) process.exitCode = 1
}

main().catch((err) => {
  console.error(err.message)
  process.exit(1)
})
