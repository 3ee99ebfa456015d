import {createServer, type IncomingMessage, type Server} from 'node:http'
import type {Duplex} from 'node:stream'
import type {AddressInfo} from 'node:net'
import type {TokenGrant} from './auth'
import {createLakeHandler} from './handler'
import {attachImagePipeline, DEFAULT_IMAGE_CACHE_BYTES, ImagePipeline, type ImageCacheOptions} from './images/pipeline'
import {Lake} from '../lake'
import {dirname, join} from 'node:path'
import {checkHost, type CorsOrigin} from './origins'
import {LakeStore} from '../store/store'
import {createPresenceHub} from '../studio/socket'
import {startTlsListener, type TlsListener} from '../studio/tls'

export interface StartOptions {
  port: number
  host?: string
  dataFile: string
  dataset?: string
  grants: TokenGrant[]
  projectId?: string
  corsOrigins?: CorsOrigin[]
  allowedHosts?: string[]
  /** Time limit of one HTTP query, in ms (default 5000). */
  queryTimeoutMs?: number
  /** False answers every query with plain groq-js scans (default true). */
  useIndexes?: boolean
  /** Also serve HTTPS with HTTP/2 on this port, for browsers (the Studio); same handler. */
  tls?: {port: number; certDir: string}
  /** The lake's public origin, for the absolute `url` of uploaded assets (default: the origin an upload came in on). */
  publicUrl?: string
  /** Transformed images on disk (default: `image-cache` beside the data file, 1 GB). */
  imageCache?: ImageCacheOptions
  log?: (line: string) => void
}

export interface RunningLake {
  url: string
  port: number
  lake: Lake
  server: Server
  /** The request handler, for more listeners on the same lake (main.ts adds HTTPS after start). */
  handler: ReturnType<typeof createLakeHandler>
  /** WebSocket upgrades (the Studio's presence channel), for the same listeners. */
  upgrade: ReturnType<typeof createPresenceHub>['upgrade']
  /** The HTTPS/HTTP2 listener, when `tls` was asked for. */
  tls?: TlsListener
  close: () => Promise<void>
}

/** Opens the store and serves it over HTTP. Port 0 picks a free port (tests). */
export async function startLake(options: StartOptions): Promise<RunningLake> {
  const store = new LakeStore(options.dataFile)
  const lake = new Lake(store, {useIndexes: options.useIndexes})
  const projectId = options.projectId ?? 'local'
  if (options.imageCache || options.dataFile !== ':memory:') {
    const dir = join(dirname(options.dataFile), 'image-cache')
    attachImagePipeline(lake, ImagePipeline.open(options.imageCache ?? {dir, maxBytes: DEFAULT_IMAGE_CACHE_BYTES}))
  }
  const handler = createLakeHandler({
    lake,
    dataset: options.dataset ?? 'production',
    grants: options.grants,
    projectId,
    corsOrigins: options.corsOrigins,
    allowedHosts: options.allowedHosts,
    queryTimeoutMs: options.queryTimeoutMs,
    publicUrl: options.publicUrl,
    log: options.log,
  })
  const presence = createPresenceHub((token) => options.grants.find((grant) => grant.token === token)?.userId ?? null)
  // WebSockets bypass CORS: a socket from a foreign page or host name is refused at the upgrade.
  const upgrade = (req: IncomingMessage, socket: Duplex, head?: Buffer) => {
    try {
      checkHost(req, options.allowedHosts ?? [])
      if (req.headers.origin && !(options.corsOrigins ?? []).some((o) => o.origin === req.headers.origin)) {
        throw new Error('origin not allowed')
      }
    } catch {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    presence.upgrade(req, socket, head)
  }
  const server = createServer((req, res) => void handler(req, res))
  server.on('upgrade', upgrade)
  // Sanity's client keeps connections alive; don't let idle sockets hold the process open on close.
  server.keepAliveTimeout = 5000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  let tls: TlsListener | undefined
  try {
    tls =
      options.tls &&
      (await startTlsListener(handler, {...options.tls, host: options.host ?? '127.0.0.1', projectId}, upgrade))
  } catch (err) {
    server.close()
    store.close()
    throw err
  }
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    lake,
    server,
    handler,
    upgrade,
    tls,
    close: async () => {
      presence.close()
      await tls?.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      store.close()
    },
  }
}
