/** A page through the proxy beside a raw node:http server sending the same bytes, one after the other. */
import autocannon from 'autocannon'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'

export interface Figures {
  rps: number
  p50: number
  p99: number
  errors: number
}

async function measure(url: string, connections: number, duration: number): Promise<Figures> {
  const r = await autocannon({url, connections, duration, headers: {'accept-encoding': 'identity'}})
  return {rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx}
}

export async function pageVersusRaw(url: string, {connections, seconds}: {connections: number; seconds: number}) {
  const res = await fetch(url, {headers: {'accept-encoding': 'identity'}})
  if (!res.ok) throw new Error(`${url} answered ${res.status}: is npm run cluster running?`)
  const body = Buffer.from(await res.arrayBuffer())
  const contentType = res.headers.get('content-type') ?? 'text/html'
  const server = createServer((_req, out) => {
    out.writeHead(200, {'content-type': contentType, 'content-length': body.length})
    out.end(body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const rawUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  try {
    await measure(url, connections, 2)
    const site = await measure(url, connections, seconds)
    await measure(rawUrl, connections, 2)
    const raw = await measure(rawUrl, connections, seconds)
    return {bytes: body.length, site, raw}
  } finally {
    server.close()
  }
}
