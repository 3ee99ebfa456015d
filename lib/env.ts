import 'server-only'
import {z} from 'zod'
import {EMBEDDED_DEFAULTS} from '@/sanity/embedded/defaults'
import {assertNotPublished, SECRET_ENV, storedSecrets} from '@/sanity/embedded/secrets'

/**
 * The one place that knows whether the site runs on the embedded local Content Lake (no
 * SANITY_PROJECT_ID) or on a hosted Sanity project. Everything else gets a client and queries.
 */
const Env = z
  .object({
    SANITY_PROJECT_ID: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes')
      .optional(),
    SANITY_DATASET: z
      .string()
      .regex(/^[a-z0-9_-]{1,64}$/)
      .default(EMBEDDED_DEFAULTS.dataset),
    SANITY_API_VERSION: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .default('2025-02-19'),
    SANITY_API_READ_TOKEN: z.string().min(16).optional(),
    SANITY_API_WRITE_TOKEN: z.string().min(32).optional(),
    LAKE_URL: z.url().optional(),
    LAKE_PORT: z.coerce.number().int().min(1).max(65535).default(EMBEDDED_DEFAULTS.port),
    SITE_URL: z.url().default('http://localhost:3000'),
    // Readers should not wait on a stalled store; a build may, while a large archive warms the lake's indexes.
    SANITY_REQUEST_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .default(process.env.NEXT_PHASE === 'phase-production-build' ? 60000 : 4000),
    // Checked where they are used (lib/comments/secret.ts, lib/revalidation/secrets.ts): a hosted
    // site without them still serves pages, it only refuses comments or webhooks.
    COMMENT_SECRET: z.string().min(32).optional(),
    SANITY_WEBHOOK_SECRET: z.string().min(16).optional(),
    SANITY_PREVIEW_SECRET: z.string().min(16).optional(),
    REDIS_URL: z.url({protocol: /^rediss?$/}).optional(),
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // Readers' daily view hashes (lib/views/readerKey.ts); unset: derived from the comment secret.
    VIEWS_SECRET: z.string().min(32).optional(),
    VIEWS_FLUSH_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  })
  .superRefine((env, ctx) => {
    for (const name of Object.values(SECRET_ENV) as (keyof typeof env)[]) {
      try {
        assertNotPublished(name, String(env[name] ?? ''))
      } catch (err) {
        ctx.addIssue({code: 'custom', path: [name], message: (err as Error).message})
      }
    }
    if (!env.SANITY_PROJECT_ID) return
    for (const key of ['SANITY_API_READ_TOKEN', 'SANITY_API_WRITE_TOKEN'] as const) {
      if (!env[key]) ctx.addIssue({code: 'custom', path: [key], message: 'required when SANITY_PROJECT_ID is set'})
    }
  })

export interface ContentStoreConfig {
  mode: 'embedded' | 'hosted'
  projectId: string
  dataset: string
  apiVersion: string
  /** Only for the embedded lake; hosted projects use Sanity's own hosts. */
  apiHost?: string
  readToken: string
  writeToken: string
  siteUrl: string
  timeoutMs: number
}

function load(): ContentStoreConfig {
  const e = parseEnv()
  const hosted = Boolean(e.SANITY_PROJECT_ID)
  return {
    mode: hosted ? 'hosted' : 'embedded',
    projectId: e.SANITY_PROJECT_ID ?? EMBEDDED_DEFAULTS.projectId,
    dataset: e.SANITY_DATASET,
    apiVersion: e.SANITY_API_VERSION,
    apiHost: hosted ? undefined : (e.LAKE_URL ?? `http://${EMBEDDED_DEFAULTS.host}:${e.LAKE_PORT}`),
    // The embedded default's tokens are this install's own, generated at first start.
    readToken: e.SANITY_API_READ_TOKEN ?? storedSecrets().readToken,
    writeToken: e.SANITY_API_WRITE_TOKEN ?? storedSecrets().writeToken,
    siteUrl: e.SITE_URL.replace(/\/$/, ''),
    timeoutMs: e.SANITY_REQUEST_TIMEOUT_MS,
  }
}

/** The rest of the app's settings, from the same validated environment. */
export interface AppSettings {
  commentSecret?: string
  webhookSecret?: string
  previewSecret?: string
  /** Shared flood limit for several app instances. */
  redisUrl?: string
  /** How many proxies of our own append to X-Forwarded-For in front of the app. */
  trustedProxyHops: number
  /** Key of the readers' daily view hashes, when set in the environment (else lib/views/secret.ts derives it). */
  viewsSecret?: string
  /** How often counted views are stored (one transaction each). */
  viewsFlushSeconds: number
}

function parseEnv(): z.infer<typeof Env> {
  const parsed = Env.safeParse(process.env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid environment (see .env.example):\n${problems}`)
  }
  return parsed.data
}

let cached: ContentStoreConfig | undefined
export function contentStoreConfig(): ContentStoreConfig {
  cached ??= load()
  return cached
}

let settings: AppSettings | undefined
export function appSettings(): AppSettings {
  if (settings) return settings
  const e = parseEnv()
  settings = {
    commentSecret: e.COMMENT_SECRET,
    webhookSecret: e.SANITY_WEBHOOK_SECRET,
    previewSecret: e.SANITY_PREVIEW_SECRET,
    redisUrl: e.REDIS_URL,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    viewsSecret: e.VIEWS_SECRET,
    viewsFlushSeconds: e.VIEWS_FLUSH_SECONDS,
  }
  return settings
}

/**
 * This server's own origin, for requests it sends itself (the views flush timer). Not a setting:
 * `next start` and scripts/serve.ts publish it once they listen, so it is read each time, never cached.
 */
export function ownServerOrigin(): string {
  const published = process.env.__NEXT_PRIVATE_ORIGIN
  if (published) return new URL(published).origin
  const port = Number(process.env.PORT || 3000)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT is not a port: ${process.env.PORT}`)
  return `http://127.0.0.1:${port}`
}
