import {resolve} from 'node:path'
import {z} from 'zod'
import type {TokenGrant} from './auth'
import {EMBEDDED_DEFAULTS} from './defaults'

const LakeEnv = z.object({
  LAKE_PORT: z.coerce.number().int().min(0).max(65535).default(EMBEDDED_DEFAULTS.port),
  LAKE_HOST: z.string().default(EMBEDDED_DEFAULTS.host),
  LAKE_DATA_FILE: z.string().default(EMBEDDED_DEFAULTS.dataFile),
  SANITY_DATASET: z.string().regex(/^[a-z0-9_-]{1,64}$/).default(EMBEDDED_DEFAULTS.dataset),
  SANITY_API_READ_TOKEN: z.string().min(16).default(EMBEDDED_DEFAULTS.readToken),
  SANITY_API_WRITE_TOKEN: z.string().min(32).default(EMBEDDED_DEFAULTS.writeToken),
})

export interface LakeConfig {
  port: number
  host: string
  dataFile: string
  dataset: string
  grants: TokenGrant[]
}

/** The lake's settings from the environment; it accepts the same tokens the app is given. */
export function lakeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LakeConfig {
  const parsed = LakeEnv.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid local Content Lake configuration: ${problems}`)
  }
  const e = parsed.data
  return {
    port: e.LAKE_PORT,
    host: e.LAKE_HOST,
    dataFile: e.LAKE_DATA_FILE === ':memory:' ? ':memory:' : resolve(e.LAKE_DATA_FILE),
    dataset: e.SANITY_DATASET,
    grants: [
      {token: e.SANITY_API_READ_TOKEN, role: 'read', userId: 'local-viewer'},
      {token: e.SANITY_API_WRITE_TOKEN, role: 'write', userId: 'local-editor'},
    ],
  }
}
