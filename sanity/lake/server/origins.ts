/**
 * Who may talk to the lake from a browser. Like Sanity's "CORS origins": only configured origins
 * get CORS headers (credentials only where configured), and a request addressed to a host name
 * that is not the lake's own is refused before any work, so a page that rebinds its DNS name to
 * 127.0.0.1 cannot read the dataset either.
 */
import type {IncomingMessage, ServerResponse} from 'node:http'
import {LakeError} from '../errors'

export interface CorsOrigin {
  origin: string
  credentials: boolean
}

/** The names a local lake answers to; `local.localhost` is the Studio's `<projectId>.localhost`. */
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]', 'local.localhost']

/** `origin[;credentials]`, separated by commas: `http://localhost:3000;credentials, https://x.example`. */
export function parseCorsOrigins(value: string): CorsOrigin[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [origin, flag, ...rest] = entry.split(';').map((part) => part.trim())
      let parsed: URL | undefined
      try {
        parsed = new URL(origin)
      } catch {
        // reported below
      }
      if (!parsed || parsed.origin !== origin || rest.length || (flag && flag !== 'credentials')) {
        throw new Error(
          `Invalid LAKE_CORS_ORIGINS entry "${entry}": expected an origin such as https://example.com, optionally ;credentials`,
        )
      }
      return {origin, credentials: flag === 'credentials'}
    })
}

export function isLoopbackHost(host: string): boolean {
  return ['127.0.0.1', '::1', 'localhost'].includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** The host name a request addressed (`Host`, or `:authority` on HTTP/2), lower-cased, without the port. */
function requestedHost(req: IncomingMessage): string | null {
  const raw = req.headers.host ?? (req.headers[':authority'] as string | undefined)
  if (!raw) return null
  try {
    return new URL(`http://${raw}`).hostname.toLowerCase()
  } catch {
    return null
  }
}

export function checkHost(req: IncomingMessage, allowedHosts: string[]): void {
  const host = requestedHost(req)
  if (host && (LOCAL_HOSTS.includes(host) || allowedHosts.includes(host))) return
  throw new LakeError(
    421,
    {
      error: {
        type: 'hostNotAllowedError',
        description: `Host "${host ?? ''}" is not one of this lake's names; add it to LAKE_ALLOWED_HOSTS to allow it`,
      },
    },
    'host',
  )
}

/** CORS headers for a configured origin; any other Origin gets none, so the browser withholds the answer. */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: CorsOrigin[]): void {
  const origin = req.headers.origin
  if (!origin) return
  res.setHeader('vary', 'Origin')
  const allowed = origins.find((o) => o.origin === origin)
  if (!allowed) return
  res.setHeader('access-control-allow-origin', origin)
  if (allowed.credentials) res.setHeader('access-control-allow-credentials', 'true')
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
    // Whatever headers a configured origin asks for: the origin is what is trusted, not the header list.
    res.setHeader(
      'access-control-allow-headers',
      String(req.headers['access-control-request-headers'] ?? 'authorization, content-type'),
    )
    res.setHeader('access-control-max-age', '600')
    if (req.headers['access-control-request-private-network'])
      res.setHeader('access-control-allow-private-network', 'true')
  }
}

/**
 * A browser sends cookies and tokens with a cross-site write whether or not the answer is
 * readable, so a write from an origin that is not configured is refused outright.
 */
export function checkWriteOrigin(req: IncomingMessage, origins: CorsOrigin[]): void {
  const origin = req.headers.origin
  if (!origin || req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return
  if (origins.some((o) => o.origin === origin)) return
  throw new LakeError(
    403,
    {
      error: {
        type: 'corsOriginError',
        description: `Origin ${origin} is not an allowed CORS origin of this lake (LAKE_CORS_ORIGINS)`,
      },
    },
    'origin',
  )
}
