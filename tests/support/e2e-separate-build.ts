/**
 * Another, separately made `next build` of this checkout, as a second machine of a rolling deploy
 * makes it: in a copy of the repository (its own .next and build cache, none of ours), with the
 * environment a test chooses (the server-action key, the deployment id). Each build costs minutes:
 * a test makes as few as it can.
 */
import {execFileSync, spawn} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {baseEnv, Proc, ROOT} from './e2e'

/** What `next build` reads; tests, docs and the data stay behind. */
const COPIED = [
  ...['app', 'components', 'lib', 'sanity', 'scripts', 'public', 'next.config.ts', 'tsconfig.json', 'next-env.d.ts'],
  ...['package.json', 'package-lock.json', 'sanity.config.ts', 'sanity.cli.ts'],
]

/** Build output a server never reads (as snapshotBuild leaves it out). */
const UNSERVED = ['cache/turbopack', 'cache/webpack', 'cache/images', 'trace', 'trace-build', 'diagnostics', 'types']

export function copyRepository(): string {
  const target = mkdtempSync(join(tmpdir(), 'e2e-repo-'))
  for (const entry of COPIED) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(target, entry), {recursive: true})
  }
  rmSync(join(target, 'sanity/lake/.data'), {recursive: true, force: true})
  // Hard links, not a symlink: Turbopack refuses packages outside the project's root.
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(target, 'node_modules')])
  return target
}

/**
 * `next build` in `repo` with `env` over the e2e environment; its output moves to a snapshot
 * folder of its own (for appDirFrom), so the next build in the same copy starts clean.
 */
export async function buildIn(repo: string, env: Record<string, string>): Promise<{snapshot: string; seconds: number}> {
  const started = Date.now()
  const nextBin = join(repo, 'node_modules/next/dist/bin/next')
  const child = spawn(process.execPath, [nextBin, 'build'], {
    cwd: repo,
    env: baseEnv(env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const proc = new Proc('separate-build', child)
  const code = await proc.exited
  if (code !== 0) throw new Error(`next build in ${repo} failed (${code}):\n${proc.log().slice(-6000)}`)
  for (const path of UNSERVED) rmSync(join(repo, '.next', path), {recursive: true, force: true})
  const snapshot = mkdtempSync(join(tmpdir(), 'e2e-build-'))
  renameSync(join(repo, '.next'), join(snapshot, '.next'))
  return {snapshot, seconds: (Date.now() - started) / 1000}
}

interface ServerReferenceManifest {
  encryptionKey: string
  node: Record<string, {filename: string; exportedName: string}>
}

const manifestOf = (snapshot: string): ServerReferenceManifest =>
  JSON.parse(readFileSync(join(snapshot, '.next/server/server-reference-manifest.json'), 'utf8'))

/**
 * The key a build's servers decrypt with when the environment sets none: the build's own, which
 * Next also salted the build's action ids with.
 */
export const actionKeyOf = (snapshot: string): string => manifestOf(snapshot).encryptionKey

/** The id a build gave one server action (`file#export`). */
export function actionIdOf(snapshot: string, name: string): string {
  const [file, exported] = name.split('#')
  const refs = Object.entries(manifestOf(snapshot).node)
  const found = refs.find(([, ref]) => ref.filename === file && ref.exportedName === exported)
  if (!found) throw new Error(`${name} is not a server action of the build in ${snapshot}`)
  return found[0]
}

export const buildIdOf = (snapshot: string): string => readFileSync(join(snapshot, '.next/BUILD_ID'), 'utf8').trim()
