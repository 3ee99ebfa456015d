/** @jest-environment node */
/**
 * The embedded default's secrets are this install's own: generated once, kept owner-only, shared
 * by every process that starts at the same moment, and overridden by the environment.
 */
import {execFile} from 'node:child_process'
import {mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {promisify} from 'node:util'
import {embeddedSecret, storedSecrets, type EmbeddedSecrets} from '@/sanity/embedded/secrets'

const run = promisify(execFile)
const envWith = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv
const freshFile = () => join(mkdtempSync(join(tmpdir(), 'secrets-')), 'nested', 'secrets.json')

test('generated on first use: random, at least 32 characters, in an owner-only file', () => {
  const file = freshFile()
  const secrets = storedSecrets(envWith({LOCAL_SECRETS_FILE: file}))
  const values = Object.values(secrets)
  expect(values).toHaveLength(5)
  expect(new Set(values).size).toBe(5)
  for (const value of values) expect(value.length).toBeGreaterThanOrEqual(32)
  expect(statSync(file).mode & 0o777).toBe(0o600)
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(secrets)
})

test('two installs never share a secret', () => {
  const a = storedSecrets(envWith({LOCAL_SECRETS_FILE: freshFile()}))
  const b = storedSecrets(envWith({LOCAL_SECRETS_FILE: freshFile()}))
  for (const key of Object.keys(a) as (keyof EmbeddedSecrets)[]) expect(a[key]).not.toBe(b[key])
})

test('processes starting together agree on one set', async () => {
  const file = freshFile()
  const script = `console.log(require(${JSON.stringify(resolve('sanity/embedded/secrets.ts'))}).storedSecrets().writeToken)`
  const outputs = await Promise.all(
    Array.from({length: 6}, () =>
      run(process.execPath, ['--import', 'tsx', '-e', script], {env: {...process.env, LOCAL_SECRETS_FILE: file}}),
    ),
  )
  const tokens = new Set(outputs.map((o) => o.stdout.trim()))
  expect(tokens.size).toBe(1)
  expect(JSON.parse(readFileSync(file, 'utf8')).writeToken).toBe([...tokens][0])
}, 60_000)

test('a value in the environment wins; a published development value is refused', () => {
  const env = envWith({
    LOCAL_SECRETS_FILE: freshFile(),
    SANITY_PREVIEW_SECRET: 'my-own-preview-secret-0123456789abcdef',
  })
  expect(embeddedSecret('previewSecret', env)).toBe(env.SANITY_PREVIEW_SECRET)
  expect(embeddedSecret('webhookSecret', env)).toBe(storedSecrets(env).webhookSecret)
  expect(() =>
    embeddedSecret('previewSecret', {...env, SANITY_PREVIEW_SECRET: 'local-preview-secret-for-development-only'}),
  ).toThrow(/published/)
})

test('a damaged file is reported, not silently replaced', () => {
  const file = freshFile()
  storedSecrets(envWith({LOCAL_SECRETS_FILE: file}))
  writeFileSync(file, JSON.stringify({readToken: 'short'}))
  expect(() => storedSecrets(envWith({LOCAL_SECRETS_FILE: file + '.other'}))).not.toThrow()
  expect(() => storedSecrets(envWith({LOCAL_SECRETS_FILE: file}))).toThrow(/damaged.*delete it/)
})
