/**
 * The embedded default's tokens and secrets, generated at first start and kept in one owner-only
 * file (`.data/secrets.json`, or LOCAL_SECRETS_FILE), so no two installs share them and none is
 * published. The app, the lake, `npm start`, tests and scripts all read them here; a value set in
 * the environment wins over the file.
 */
import {createHmac, randomBytes} from 'node:crypto'
import {chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'

/** Environment variables, as `process.env` or a test's own set. */
export type Env = Record<string, string | undefined>

export interface EmbeddedSecrets {
  readToken: string
  writeToken: string
  /** Signs the lake's webhooks to the app's /api/revalidate. */
  webhookSecret: string
  /** Opens editors' draft preview: /api/draft-mode/enable?secret=…&slug=… */
  previewSecret: string
  /** HMAC key for commenters' e-mail hashes and the time trap. */
  commentSecret: string
}

/** Where each secret can be overridden from the environment. */
export const SECRET_ENV: Record<keyof EmbeddedSecrets, string> = {
  readToken: 'SANITY_API_READ_TOKEN',
  writeToken: 'SANITY_API_WRITE_TOKEN',
  webhookSecret: 'SANITY_WEBHOOK_SECRET',
  previewSecret: 'SANITY_PREVIEW_SECRET',
  commentSecret: 'COMMENT_SECRET',
}

/**
 * Values earlier versions published in `.env.example` and the docs. Anyone can read them, so a
 * configuration that still carries one is refused rather than trusted.
 */
const PUBLISHED_VALUES = new Set([
  'local-lake-read-token-for-development-only',
  'local-lake-write-token-for-development-only',
  'local-webhook-secret-for-development-only',
  'local-preview-secret-for-development-only',
  'local-comment-secret-for-development-only',
])

export function secretsFile(env: Env = process.env): string {
  return resolve(env.LOCAL_SECRETS_FILE || '.data/secrets.json')
}

const generate = (): EmbeddedSecrets => {
  const value = () => randomBytes(32).toString('base64url')
  return {
    readToken: value(),
    writeToken: value(),
    webhookSecret: value(),
    previewSecret: value(),
    commentSecret: value(),
  }
}

function readFile(file: string): EmbeddedSecrets | null {
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
  const parsed = JSON.parse(raw) as Partial<EmbeddedSecrets>
  const keys = Object.keys(SECRET_ENV) as (keyof EmbeddedSecrets)[]
  const bad = keys.filter((key) => typeof parsed[key] !== 'string' || parsed[key]!.length < 32)
  if (bad.length) throw new Error(`${file} is damaged (${bad.join(', ')}): delete it to generate new secrets`)
  return parsed as EmbeddedSecrets
}

/**
 * Creates the file at most once, even with several processes starting together (the lake, the
 * app's build workers, parallel test workers): each writes a private temp file and links it into
 * place, which fails for all but the first; the others read the winner's.
 */
function createOnce(file: string): EmbeddedSecrets {
  mkdirSync(dirname(file), {recursive: true, mode: 0o700})
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
  writeFileSync(temp, JSON.stringify(generate(), null, 2) + '\n', {mode: 0o600})
  try {
    linkSync(temp, file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
  } finally {
    rmSync(temp, {force: true})
  }
  chmodSync(file, 0o600)
  return readFile(file)!
}

let cache: {file: string; secrets: EmbeddedSecrets} | undefined

/** The generated values from the file, creating it on first use. */
export function storedSecrets(env: Env = process.env): EmbeddedSecrets {
  const file = secretsFile(env)
  if (cache?.file !== file) cache = {file, secrets: readFile(file) ?? createOnce(file)}
  return cache.secrets
}

/** One secret: the environment's value if set (and not a published one), else the generated one. */
export function embeddedSecret(name: keyof EmbeddedSecrets, env: Env = process.env): string {
  const configured = env[SECRET_ENV[name]]
  if (configured) {
    assertNotPublished(SECRET_ENV[name], configured)
    return configured
  }
  return storedSecrets(env)[name]
}

export function assertNotPublished(name: string, value: string): void {
  if (PUBLISHED_VALUES.has(value)) {
    throw new Error(
      `${name} is a development value that was published in .env.example; unset it (a private one is generated) or set your own`,
    )
  }
}

/**
 * Next's server-action key (NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, 32 bytes in base64) for this
 * install: derived from the generated comment secret, so the file keeps its shape, and the same for
 * every build made here. A form rendered before a rebuild, or by another separately built instance,
 * still finds its action. The environment's value wins.
 */
export function serverActionsKey(env: Env = process.env): string {
  return (
    env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ||
    createHmac('sha256', storedSecrets(env).commentSecret).update('next-server-actions').digest('base64')
  )
}

/**
 * The key behind readers' daily view hashes (VIEWS_SECRET): derived from the comment secret as
 * serverActionsKey is, so every instance of an install agrees on it and the file keeps its shape.
 * The environment's value wins.
 */
export function viewsSecret(env: Env = process.env): string {
  if (env.VIEWS_SECRET) {
    assertNotPublished('VIEWS_SECRET', env.VIEWS_SECRET)
    return env.VIEWS_SECRET
  }
  return createHmac('sha256', embeddedSecret('commentSecret', env)).update('reader-views').digest('base64url')
}

/** Names of secrets that come from the generated file rather than the operator's environment. */
export function secretsNotConfigured(env: Env = process.env): string[] {
  return Object.values(SECRET_ENV).filter((name) => !env[name])
}
