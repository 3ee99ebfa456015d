import {readFileSync} from 'node:fs'
import {createSecureServer, type Http2SecureServer} from 'node:http2'
import type {IncomingMessage, ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {Duplex} from 'node:stream'
import {ensureCertificate} from './certificate'

export {ensureCertificate} from './certificate'

/**
 * The lake's HTTPS/HTTP2 listener for browsers. The Studio keeps about a dozen listener streams
 * open; over HTTP/1.1 a browser allows six connections per host and the editor hangs on
 * "Loading document…". Browsers speak HTTP/2 only over TLS, hence a certificate of our own.
 */
export interface TlsListenerOptions {
  port: number
  host: string
  /** Where the key and certificate live; generated at first start, reused afterwards. */
  certDir: string
  projectId: string
  /** Where to say that an old certificate was replaced (default: the console). */
  log?: (line: string) => void
}

export interface TlsListener {
  url: string
  port: number
  certFile: string
  server: Http2SecureServer
  close: () => Promise<void>
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>
type Upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => void

export async function startTlsListener(
  handler: Handler,
  options: TlsListenerOptions,
  onUpgrade?: Upgrade,
): Promise<TlsListener> {
  const {keyFile, certFile} = ensureCertificate(options.certDir, options.projectId, options.log)
  // allowHTTP1: server-side tools (curl, Node's fetch) may still speak HTTP/1.1 here.
  const server = createSecureServer(
    {key: readFileSync(keyFile), cert: readFileSync(certFile), allowHTTP1: true},
    (req, res) =>
      // The compatibility API's request/response have the members the handler uses.
      void handler(req as unknown as IncomingMessage, res as unknown as ServerResponse),
  )
  // Browsers open WebSockets (the Studio's presence) over a separate HTTP/1.1 connection.
  if (onUpgrade) server.on('upgrade', onUpgrade)
  const sessions = new Set<{destroy: () => void}>()
  server.on('session', (session) => {
    sessions.add(session)
    session.once('close', () => sessions.delete(session))
  })
  const sockets = new Set<{destroy: () => void}>()
  server.on('secureConnection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `https://localhost:${port}`,
    port,
    certFile,
    server,
    close: async () => {
      // Open listener streams would keep close() waiting forever.
      for (const session of sessions) session.destroy()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
