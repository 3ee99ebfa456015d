import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import {createSecureServer, type Http2SecureServer} from 'node:http2'
import type {IncomingMessage, ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import type {Duplex} from 'node:stream'

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
}

export interface TlsListener {
  url: string
  port: number
  certFile: string
  server: Http2SecureServer
  close: () => Promise<void>
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>
type Upgrade = (req: IncomingMessage, socket: Duplex) => void

export async function startTlsListener(handler: Handler, options: TlsListenerOptions, onUpgrade?: Upgrade): Promise<TlsListener> {
  const {keyFile, certFile} = ensureCertificate(options.certDir, options.projectId)
  // allowHTTP1: server-side tools (curl, Node's fetch) may still speak HTTP/1.1 here.
  const server = createSecureServer({key: readFileSync(keyFile), cert: readFileSync(certFile), allowHTTP1: true}, (req, res) =>
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

/**
 * A self-signed certificate for localhost and `<projectId>.localhost` (the Studio's client puts
 * the project id in front of the API host). Marked as a CA so that an editor can import it as a
 * trusted authority in a browser or the OS; the key never leaves this machine.
 */
export function ensureCertificate(dir: string, projectId: string): {keyFile: string; certFile: string} {
  const keyFile = join(dir, 'lake-key.pem')
  const certFile = join(dir, 'lake-cert.pem')
  if (existsSync(keyFile) && existsSync(certFile)) return {keyFile, certFile}
  mkdirSync(dir, {recursive: true})
  const names = ['localhost', `${projectId}.localhost`, '*.localhost'].map((name) => `DNS:${name}`)
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyFile, '-out', certFile, '-days', '365',
    '-subj', '/CN=Local Content Lake (development)/O=ledger-news',
    '-addext', `subjectAltName=${[...names, 'IP:127.0.0.1', 'IP:::1'].join(',')}`,
    '-addext', 'basicConstraints=critical,CA:TRUE,pathlen:0',
    '-addext', 'keyUsage=critical,digitalSignature,keyCertSign',
    '-addext', 'extendedKeyUsage=serverAuth',
  ], {stdio: 'pipe'})
  return {keyFile, certFile}
}
