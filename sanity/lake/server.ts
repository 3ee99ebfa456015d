import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {TokenGrant} from './auth'
import {createLakeHandler} from './http'
import {Lake} from './lake'
import {LakeStore} from './store'

export interface StartOptions {
  port: number
  host?: string
  dataFile: string
  dataset?: string
  grants: TokenGrant[]
  log?: (line: string) => void
}

export interface RunningLake {
  url: string
  port: number
  lake: Lake
  server: Server
  close: () => Promise<void>
}

/** Opens the store and serves it over HTTP. Port 0 picks a free port (tests). */
export async function startLake(options: StartOptions): Promise<RunningLake> {
  const store = new LakeStore(options.dataFile)
  const lake = new Lake(store)
  const handler = createLakeHandler({lake, dataset: options.dataset ?? 'production', grants: options.grants, log: options.log})
  const server = createServer((req, res) => void handler(req, res))
  // Sanity's client keeps connections alive; don't let idle sockets hold the process open on close.
  server.keepAliveTimeout = 5000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    lake,
    server,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      store.close()
    },
  }
}
