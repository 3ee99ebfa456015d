import {dirname, join, relative, resolve} from 'node:path'
import type {LakeConfig} from '../server/config'
import {EMBEDDED_DEFAULTS} from '../../embedded/defaults'
import type {RunningLake} from '../server/start'
import {startTlsListener, type TlsListener} from './tls'

/** The Studio's default API host in the embedded mode (sanity/env.ts) points at this port. */
export const DEFAULT_TLS_PORT = 3334

export interface BrowserListenerConfig {
  port: number
  certDir: string
}

/** LAKE_TLS_PORT (default 3334, `off` to disable) and LAKE_TLS_DIR (default: beside the data file). */
export function browserListenerFromEnv(config: LakeConfig, env: NodeJS.ProcessEnv = process.env): BrowserListenerConfig | null {
  const raw = env.LAKE_TLS_PORT ?? String(DEFAULT_TLS_PORT)
  if (raw === 'off' || raw === '') return null
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid LAKE_TLS_PORT "${raw}": a port number, or "off"`)
  const besideData = config.dataFile === ':memory:' ? resolve('.data') : dirname(config.dataFile)
  return {port, certDir: resolve(env.LAKE_TLS_DIR ?? join(besideData, 'tls'))}
}

/**
 * Starts the HTTPS/HTTP2 listener for the Studio. A busy port is a warning, not a failure: the
 * site needs only the plain HTTP listener, and tests run several lakes side by side.
 */
export async function startBrowserListener(running: RunningLake, listener: BrowserListenerConfig, log: (line: string) => void): Promise<TlsListener | undefined> {
  try {
    const options = {...listener, host: '127.0.0.1', projectId: EMBEDDED_DEFAULTS.projectId, log}
    return await startTlsListener(running.handler, options, running.upgrade)
  } catch (err) {
    const e = err as NodeJS.ErrnoException
    log(`HTTPS for the Studio not started on port ${listener.port}: ${e.code === 'EADDRINUSE' ? 'the port is in use' : e.message}`)
    return undefined
  }
}

/** What an editor needs to know at start-up: where the Studio talks to, how to sign in and trust the certificate. */
export function studioInstructions(tls: TlsListener, config: LakeConfig): string[] {
  const writer = config.grants.find((grant) => grant.role === 'write')
  const appPort = process.env.PORT ?? String(EMBEDDED_DEFAULTS.appPort)
  const lines = [
    `Studio API (HTTPS, HTTP/2, for browsers) on https://${EMBEDDED_DEFAULTS.projectId}.localhost:${tls.port} — self-signed certificate ${shortPath(tls.certFile)}`,
    `  trust it once: open https://${EMBEDDED_DEFAULTS.projectId}.localhost:${tls.port}/v1/ping and accept it, or trust the certificate as docs/studio-on-the-lake.md says`,
  ]
  if (tls.port !== DEFAULT_TLS_PORT) lines.push(`  build the app with NEXT_PUBLIC_SANITY_API_HOST=https://localhost:${tls.port} so the Studio finds this port`)
  // The real token: this machine's own, printed only to the terminal of whoever started the lake.
  if (writer) {
    lines.push(`  sign in: http://localhost:${appPort}/studio#token=${writer.token} (editor "${writer.userId}"; a second editor: docs/studio-on-the-lake.md)`)
  }
  return lines
}

const shortPath = (file: string) => (relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file))
