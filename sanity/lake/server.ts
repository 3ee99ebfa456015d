import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {TokenGrant} from './auth'
import {createLakeHandler} from './http'
import {Lake} from './lake'
import {LakeStore} from './store'
import {createPresenceHub} from './studio/socket'
import {startTlsListener, type TlsListener} from './studio/tls'

export interface StartOptions {
  port: number
  host?: string
  dataFile: string
  dataset?: string
  grants: TokenGrant[]
  projectId?: string
  /** Also serve HTTPS with HTTP/2 on this port, for browsers (the Studio); same handler. */
  tls?: {port: number; certDir: string}
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
  const lake = new Lake(store)
  const projectId = options.projectId ?? 'local'
  const handler = createLakeHandler({lake, dataset: options.dataset ?? 'production', grants: options.grants, projectId, log: options.log})
  const presence = createPresenceHub((token) => options.grants.find((grant) => grant.token === token)?.userId ?? null)
  const upgrade = presence.upgrade
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
    tls = options.tls && (await startTlsListener(handler, {...options.tls, host: options.host ?? '127.0.0.1', projectId}, upgrade))
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
