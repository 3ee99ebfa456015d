/**
 * `npm run bench [-- --url http://127.0.0.1:3000 --connections 50 --seconds 10]`
 * Against a running production build (`npm start`): requests/s and latency of the homepage and
 * the seed article, and of a plain node:http server returning the same bytes, in the same run.
 * The ratio page/raw says how close the page comes to the cost of serving a static file.
 */
import autocannon from 'autocannon'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {argValue, table} from './args'

const base = argValue('--url', 'http://127.0.0.1:3000')
const connections = Number(argValue('--connections', '50'))
const seconds = Number(argValue('--seconds', '10'))
const PAGES = [
  {name: 'home', path: '/'},
  {name: 'article', path: '/articles/druk-nato-nexus'},
]

interface Figures {
  rps: number
  p50: number
  p99: number
  errors: number
}

async function measure(url: string, duration = seconds): Promise<Figures> {
  const r = await autocannon({url, connections, duration, headers: {'accept-encoding': 'identity'}})
  return {rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx}
}

/** Serves fixed bytes with the page's content type: the floor any HTTP server in Node pays. */
async function rawServer(body: Buffer, contentType: string) {
  const server = createServer((_req, res) => {
    res.writeHead(200, {'content-type': contentType, 'content-length': body.length})
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`}
}

async function main() {
  const rows: string[][] = []
  for (const page of PAGES) {
    const res = await fetch(base + page.path, {headers: {'accept-encoding': 'identity'}})
    if (!res.ok) throw new Error(`${page.path} answered ${res.status}: is the production build running at ${base}?`)
    const body = Buffer.from(await res.arrayBuffer())
    const raw = await rawServer(body, res.headers.get('content-type') ?? 'text/html')
    await measure(base + page.path, 2) // warm-up
    const site = await measure(base + page.path)
    await measure(raw.url, 2)
    const plain = await measure(raw.url)
    raw.server.close()
    rows.push([page.name, String(body.length), fmt(site), fmt(plain), (site.rps / plain.rps).toFixed(3)])
  }
  console.log(`\n${connections} connections, ${seconds} s each, after a 2 s warm-up; ${base}\n`)
  console.log(
    table(['page', 'bytes', 'site rps / p50 / p99 ms (errors)', 'raw node:http rps / p50 / p99 ms', 'ratio'], rows),
  )
}

const fmt = (f: Figures) => `${f.rps.toFixed(0)} / ${f.p50} / ${f.p99}${f.errors ? ` (${f.errors} errors)` : ''}`

main().catch((err) => {
  console.error(err.message)
  process.exit(1)
})
