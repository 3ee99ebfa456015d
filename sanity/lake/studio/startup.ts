import {relative} from 'node:path'
import {DEFAULT_TLS_PORT, type LakeConfig} from '../server/config'
import {EMBEDDED_DEFAULTS} from '../../embedded/defaults'
import type {RunningLake} from '../server/start'
import {startTlsListener, type TlsListener} from './tls'

/**
 * Starts the HTTPS/HTTP2 listener for the Studio. A busy port is a warning, not a failure: the
 * site needs only the plain HTTP listener, and tests run several lakes side by side.
 */
export async function startBrowserListener(
  running: RunningLake,
  listener: {port: number; certDir: string},
  log: (line: string) => void,
): Promise<TlsListener | undefined> {
  try {
    const options = {...listener, host: '127.0.0.1', projectId: EMBEDDED_DEFAULTS.projectId, log}
    return await startTlsListener(running.handler, options, running.upgrade)
  } catch (err) {
    const e = err as NodeJS.ErrnoException
    log(
      `HTTPS for the Studio not started on port ${listener.port}: ${e.code === 'EADDRINUSE' ? 'the port is in use' : e.message}`,
    )
    return undefined
  }
}

/** What an editor needs to know at start-up: where the Studio talks to, how to sign in and trust the certificate. */
export function studioInstructions(tls: TlsListener, config: LakeConfig): string[] {
  const writer = config.grants.find((grant) => grant.role === 'write')
  const lines = [
    `Studio API (HTTPS, HTTP/2, for browsers) on https://${EMBEDDED_DEFAULTS.projectId}.localhost:${tls.port} — self-signed certificate ${shortPath(tls.certFile)}`,
    `  trust it once: open https://${EMBEDDED_DEFAULTS.projectId}.localhost:${tls.port}/v1/ping and accept it, or trust the certificate as docs/studio-on-the-lake.md says`,
  ]
  if (tls.port !== DEFAULT_TLS_PORT)
    lines.push(
      `  build the app with NEXT_PUBLIC_SANITY_API_HOST=https://localhost:${tls.port} so the Studio finds this port`,
    )
  // The real token: this machine's own, printed only to the terminal of whoever started the lake.
  if (writer) {
    lines.push(
      `  sign in: http://localhost:${config.appPort}/studio#token=${writer.token} (editor "${writer.userId}"; a second editor: docs/studio-on-the-lake.md)`,
    )
  }
  return lines
}

const shortPath = (file: string) =>
  relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file)
