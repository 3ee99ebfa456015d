import {dirname, join, resolve} from 'node:path'
import {z} from 'zod'
import {EMBEDDED_DEFAULTS} from '../../embedded/defaults'
import {embeddedSecret, secretsNotConfigured, type Env} from '../../embedded/secrets'
import {DEFAULT_PUBLIC_URL} from '../store/assetIds'
import type {TokenGrant} from './auth'
import {isLoopbackHost, parseCorsOrigins, type CorsOrigin} from './origins'

/** The Studio's default API host in the embedded mode (sanity/env.ts) points at this port. */
export const DEFAULT_TLS_PORT = 3334

const LakeEnv = z.object({
  LAKE_PORT: z.coerce.number().int().min(0).max(65535).default(EMBEDDED_DEFAULTS.port),
  LAKE_HOST: z.string().default(EMBEDDED_DEFAULTS.host),
  LAKE_DATA_FILE: z.string().default(EMBEDDED_DEFAULTS.dataFile),
  SANITY_DATASET: z
    .string()
    .regex(/^[a-z0-9_-]{1,64}$/)
    .default(EMBEDDED_DEFAULTS.dataset),
  SANITY_API_READ_TOKEN: z.string().min(16).optional(),
  SANITY_API_WRITE_TOKEN: z.string().min(32).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(EMBEDDED_DEFAULTS.appPort),
  LAKE_CORS_ORIGINS: z.string().optional(),
  LAKE_ALLOWED_HOSTS: z.string().default(''),
  // Each HTTP query's time limit; past it the lake answers 408 queryTimeoutError.
  LAKE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  // `off` answers every query with plain groq-js scans (for comparison).
  LAKE_INDEXES: z.string().default(''),
  // `requests` logs every request.
  LAKE_LOG: z.string().default(''),
  // `off` leaves the reader site's indexes to be built on first use instead of at start.
  LAKE_WARM: z.string().default(''),
  // Where the built-in revalidation hook posts (default: the app on PORT); `off` or empty disables it.
  LAKE_WEBHOOK_URL: z.string().optional(),
  // The HTTPS/HTTP2 listener for the Studio: a port, or `off`; its certificate folder.
  LAKE_TLS_PORT: z
    .union([z.literal('off'), z.literal(''), z.coerce.number().int().min(0).max(65535)])
    .default(DEFAULT_TLS_PORT),
  LAKE_TLS_DIR: z.string().optional(),
  // The lake's address as readers reach it: the origin of asset documents' absolute `url`.
  LAKE_PUBLIC_URL: z
    .string()
    .url()
    .refine((url) => /^https?:\/\/[^/?#]+\/?$/.test(url), 'an origin such as http://localhost:3333 (no path)')
    .default(DEFAULT_PUBLIC_URL),
  // Transformed images (the image CDN's results): a folder, and its bound in megabytes.
  LAKE_IMAGE_CACHE_DIR: z.string().optional(),
  LAKE_IMAGE_CACHE_MB: z.coerce.number().int().min(1).max(1_000_000).default(1024),
})

export interface LakeConfig {
  port: number
  host: string
  dataFile: string
  dataset: string
  grants: TokenGrant[]
  /** Browser origins that may call the lake (Sanity's "CORS origins"). */
  corsOrigins: CorsOrigin[]
  /** Host names besides the local ones that requests may address (DNS rebinding guard). */
  allowedHosts: string[]
  /** Time limit of one HTTP query, in ms. */
  queryTimeoutMs: number
  /** False answers every query with plain groq-js scans. */
  useIndexes: boolean
  logRequests: boolean
  /** Build the reader site's indexes at start. */
  warm: boolean
  /** The app's port (its revalidation route, the Studio sign-in link). */
  appPort: number
  /** Where the built-in revalidation hook posts, or null for none. */
  webhookUrl: string | null
  /** The HTTPS/HTTP2 listener for the Studio, or null for none. */
  tls: {port: number; certDir: string} | null
  /** Origin of asset documents' absolute URLs (LAKE_PUBLIC_URL), without a trailing slash. */
  publicUrl: string
  /** Where transformed images are cached, and the most bytes they may take (least recently used out). */
  imageCache: {dir: string; maxBytes: number}
}

/** The lake's settings from the environment; it accepts the same tokens the app is given. */
export function lakeConfigFromEnv(env: Env = process.env): LakeConfig {
  const parsed = LakeEnv.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid local Content Lake configuration: ${problems}`)
  }
  const e = parsed.data
  if (!isLoopbackHost(e.LAKE_HOST) && secretsNotConfigured(env).length > 0) {
    throw new Error(
      `LAKE_HOST=${e.LAKE_HOST} would expose the lake beyond this machine with generated development secrets; ` +
        `set your own ${secretsNotConfigured(env).join(', ')} first (docs/security.md)`,
    )
  }
  // The site's own origin, where the Studio is embedded too: the only browser pages that need the lake.
  const ownOrigins = `http://localhost:${e.PORT};credentials, http://127.0.0.1:${e.PORT};credentials`
  const dataFile = e.LAKE_DATA_FILE === ':memory:' ? ':memory:' : resolve(e.LAKE_DATA_FILE)
  const webhookUrl = e.LAKE_WEBHOOK_URL ?? `http://127.0.0.1:${e.PORT}/api/revalidate`
  const defaultCertDir = join(dataFile === ':memory:' ? resolve('.data') : dirname(dataFile), 'tls')
  return {
    port: e.LAKE_PORT,
    host: e.LAKE_HOST,
    dataFile,
    dataset: e.SANITY_DATASET,
    grants: [
      {token: embeddedSecret('readToken', env), role: 'read', userId: 'local-viewer'},
      {token: embeddedSecret('writeToken', env), role: 'write', userId: 'local-editor'},
    ],
    corsOrigins: parseCorsOrigins(e.LAKE_CORS_ORIGINS ?? ownOrigins),
    queryTimeoutMs: e.LAKE_QUERY_TIMEOUT_MS,
    allowedHosts: e.LAKE_ALLOWED_HOSTS.split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    useIndexes: e.LAKE_INDEXES !== 'off',
    logRequests: e.LAKE_LOG === 'requests',
    warm: e.LAKE_WARM !== 'off',
    appPort: e.PORT,
    webhookUrl: webhookUrl === '' || webhookUrl === 'off' ? null : webhookUrl,
    publicUrl: e.LAKE_PUBLIC_URL.replace(/\/+$/, ''),
    tls:
      typeof e.LAKE_TLS_PORT === 'number'
        ? {port: e.LAKE_TLS_PORT, certDir: resolve(e.LAKE_TLS_DIR ?? defaultCertDir)}
        : null,
    imageCache: {
      dir: resolve(
        e.LAKE_IMAGE_CACHE_DIR ?? join(dataFile === ':memory:' ? resolve('.data') : dirname(dataFile), 'image-cache'),
      ),
      maxBytes: e.LAKE_IMAGE_CACHE_MB * 1024 * 1024,
    },
  }
}
