/**
 * The `--site` part of `npm run bench:views` (needs `npm run build` first): the article page's
 * requests/s beside POST /api/views's beacons/s through scripts/serve.ts, in the same run, then
 * what the flush timer stored in the lake.
 */
import autocannon from 'autocannon'
import {table} from './args'
import {startStack} from './stack'
import {reader} from './viewReaders'

const FLUSH_SECONDS = 5
const ARTICLE_ID = 'article-druk-nato-nexus'

export async function siteBench({seconds, connections}: {seconds: number; connections: number}) {
  // Each beacon a reader of its own, as it would be through a proxy that sets X-Forwarded-For.
  const stack = await startStack({VIEWS_FLUSH_SECONDS: String(FLUSH_SECONDS), TRUSTED_PROXY_HOPS: '1'})
  try {
    const page = `${stack.appUrl}/articles/druk-nato-nexus`
    await autocannon({url: page, connections, duration: 2})
    const pages = await autocannon({url: page, connections, duration: seconds})

    let i = 0
    const beaconRun = () =>
      autocannon({
        url: `${stack.appUrl}/api/views`,
        connections,
        duration: seconds,
        method: 'POST',
        requests: [
          {
            setupRequest: (req) => {
              const {address, userAgent} = reader(i++)
              return {
                ...req,
                method: 'POST',
                headers: {'user-agent': userAgent, 'x-forwarded-for': address, 'content-type': 'text/plain'},
                body: JSON.stringify({articleId: ARTICLE_ID}),
              }
            },
          },
        ],
      })
    const beacons = await beaconRun()
    const accepted = beacons['2xx']
    // Beacons still in flight when the run's clock stops reach the server but are not among the
    // 2xx answers: every reader sent is counted at most once, every 2xx answer at least once.
    const sent = i

    // The timer flushes every FLUSH_SECONDS: wait for the last batch, at most three intervals.
    let stored = 0
    const deadline = Date.now() + 3 * FLUSH_SECONDS * 1000 + 2000
    while (Date.now() < deadline && (stored = await storedTotal(stack.lakeUrl)) < accepted) {
      await new Promise((r) => setTimeout(r, 500))
    }
    const docs = (await query(stack.lakeUrl, '*[_type == "articleViews"]{_rev, flushes}')) as Array<{
      _rev: string
      flushes: string[]
    }>
    const flushes = new Set(docs.flatMap((d) => d.flushes))
    const oneTransactionEach = docs.every((d) => d._rev.startsWith('views-flush-'))

    console.log(`\nThrough scripts/serve.ts, ${connections} connections, ${seconds} s each; ${stack.appUrl}\n`)
    console.log(
      table(
        ['article page rps / p50 / p99 ms', 'beacons/s / p50 / p99 ms', 'beacons ÷ pages'],
        [
          [
            `${pages.requests.average.toFixed(0)} / ${pages.latency.p50} / ${pages.latency.p99}`,
            `${beacons.requests.average.toFixed(0)} / ${beacons.latency.p50} / ${beacons.latency.p99}`,
            (beacons.requests.average / pages.requests.average).toFixed(2),
          ],
        ],
      ),
    )
    console.log(
      `\nbeacons sent ${sent}, answered 2xx ${accepted} (refused or failed: ${beacons.non2xx + beacons.errors}), ` +
        `stored views ${stored}: lost ${Math.max(0, accepted - stored)}, counted twice ${Math.max(0, stored - sent)}; ` +
        `${flushes.size} flushes, ${oneTransactionEach ? 'one transaction each' : 'NOT one transaction each'}`,
    )
  } finally {
    stack.stop()
  }
}

async function query(lakeUrl: string, groq: string): Promise<unknown> {
  const url = `${lakeUrl}/v2025-02-19/data/query/production?query=${encodeURIComponent(groq)}`
  return ((await (await fetch(url)).json()) as {result: unknown}).result
}

const storedTotal = async (lakeUrl: string) =>
  ((await query(lakeUrl, 'math::sum(*[_type == "articleViews"].count)')) as number | null) ?? 0
