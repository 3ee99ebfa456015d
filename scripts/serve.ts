/**
 * `tsx scripts/serve.ts [--dir <dir>] [-p <port>] [-H <host>]`: the production server, in place
 * of `next start`. Next's own request handler behind a plain node:http server that does what a
 * well-behaved proxy does: append the connection's own address to X-Forwarded-For. `next start`
 * writes the socket address only when the header is absent, so whatever a client sends there
 * would become its flood key; here the last entry is always the peer, and TRUSTED_PROXY_HOPS=N
 * tells lib/comments/clientAddress.ts how many proxies of ours stand in front of it.
 *
 * Reader pages load their client chunks after the first paint (scripts/serve/scriptsAfterPaint.ts),
 * the chunks every page starts with carry V8's compile hint (scripts/serve/compileHints.ts), and
 * a 404 that Next would send as an empty shell is the rendered not-found page instead
 * (scripts/serve/notFoundPage.ts);
 * compression is done here, outside all three, so next.config.ts turns Next's own off.
 *
 * Binds to 127.0.0.1 unless -H or HOST says otherwise (scripts/start.ts decides whether a
 * non-loopback host is allowed). SIGTERM or SIGINT: stop accepting, finish what is in flight,
 * exit within 5 s.
 */
import compression from 'compression'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import {resolve} from 'node:path'
import {exitWithParent} from '../sanity/embedded/exitWithParent'
import {hintResponse, hintsRequest, startupChunks} from './serve/compileHints'
import {NOT_FOUND_PATH, fetchNotFoundPage, replaceErrorShell} from './serve/notFoundPage'
import {rewriteHtmlResponse, rewritesPath} from './serve/scriptsAfterPaint'

const STOP_WITHIN_MS = 5000

function option(names: string[], fallback: string | undefined): string | undefined {
  const i = process.argv.findIndex((arg) => names.includes(arg))
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

const dir = resolve(option(['--dir'], '.')!)
const port = Number(option(['-p', '--port'], process.env.PORT ?? '3000'))
const host = option(['-H', '--hostname'], process.env.HOST || '127.0.0.1')!

/**
 * Appends the peer's address. With no trusted proxy, the forwarded host, protocol and port a
 * client sends are as untrusted as its address, so they go and Next fills them from the
 * connection (it keeps any value already present).
 */
function forwardFor(req: IncomingMessage) {
  const peer = req.socket.remoteAddress ?? 'unknown'
  const prior = req.headers['x-forwarded-for']
  req.headers['x-forwarded-for'] = prior ? `${prior}, ${peer}` : peer
  if (!(Number(process.env.TRUSTED_PROXY_HOPS) > 0)) {
    delete req.headers['x-forwarded-host']
    delete req.headers['x-forwarded-proto']
    delete req.headers['x-forwarded-port']
  }
}

async function main() {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${port}`)
  // As `next start` does; React and Next pick their production builds from it, so set it before loading them.
  Object.assign(process.env, {NODE_ENV: 'production'})
  const {default: next} = await import('next')

  // The middleware is typed for Express; it needs only node's own request and response.
  const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void
  const hinted = startupChunks(dir)
  // This server as it can reach itself, once it listens: the not-found page is fetched from it.
  let selfOrigin = ''
  const server = createServer((req, res) => {
    forwardFor(req)
    compress(req, res, () => {
      if (hintsRequest(req, hinted)) hintResponse(res)
      else if (req.method === 'GET' && rewritesPath(req.url)) {
        rewriteHtmlResponse(res)
        if (req.url !== NOT_FOUND_PATH) replaceErrorShell(res, () => fetchNotFoundPage(selfOrigin))
      }
      handle(req, res).catch((err: unknown) => {
        console.error(`[serve] ${req.method} ${req.url} failed:`, err)
        if (!res.headersSent) res.writeHead(500, {'content-type': 'text/plain'})
        res.end('Internal Server Error')
      })
    })
  })
  // The site has no WebSocket routes in production (no dev HMR, no rewrites), and Next leaves an
  // upgrade it has no route for open, for the custom server to answer: refuse each, so none hangs.
  server.on('upgrade', (_req: IncomingMessage, socket) => {
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
  })

  const app = next({dev: false, dir, hostname: host, port})
  await app.prepare()
  const handle = app.getRequestHandler()

  await new Promise<void>((ready, fail) => {
    server.once('error', fail)
    server.listen(port, host, ready)
  })
  const bound = server.address()
  const actualPort = typeof bound === 'object' && bound ? bound.port : port
  const shown = host.includes(':') ? `[${host}]` : host
  const loopback = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : shown
  selfOrigin = `http://${loopback}:${actualPort}`
  // `next start` publishes these; Next's server actions read the origin when they forward a request.
  process.env.PORT = String(actualPort)
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${['0.0.0.0', '::'].includes(host) ? 'localhost' : shown}:${actualPort}`
  console.log(`[serve] ${dir} on http://${shown}:${actualPort}`)

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.log(`[serve] ${signal}: stopping`)
    setTimeout(() => {
      server.closeAllConnections()
      process.exit(0)
    }, STOP_WITHIN_MS - 500).unref()
    server.close(() => void app.close().finally(() => process.exit(0)))
    server.closeIdleConnections()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  exitWithParent(() => stop('SIGTERM'))
}

main().catch((err: unknown) => {
  console.error('[serve]', err)
  process.exit(1)
})
