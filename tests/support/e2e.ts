/**
 * Real processes for the browser tests: the local Content Lake (`sanity/lake/main.ts`, which
 * loads the sample edition into an empty data file), one `next build` against it, and
 * production servers (`scripts/serve.ts`). Used by the e2e project's global setup (one build and one shared site per
 * `npm test`) and by fault tests, which start a site of their own so that stopping its lake
 * disturbs no other test.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {storedSecrets} from '../../sanity/embedded/secrets'

export const ROOT = resolve(__dirname, '../..')
export const E2E_READ_TOKEN = 'e2e-lake-read-token-0123456789abcdef'
export const E2E_WRITE_TOKEN = 'e2e-lake-write-token-0123456789abcdefghijkl'
const BUILD_INFO = join(ROOT, '.next', 'e2e-build.json')

/** What the global setup hands to the test files (through the environment). */
export interface E2EState {
  baseUrl: string
  lakeUrl: string
  lakePort: number
  appPort: number
  dataFile: string
  /** A pristine copy of the build, for fault tests' own servers. */
  buildSnapshot: string
}

const STATE_ENV = 'E2E_STATE'

export function e2eState(): E2EState {
  const raw = process.env[STATE_ENV]
  if (!raw) throw new Error('The e2e tests need the e2e project global setup (run them through `npm test`).')
  return JSON.parse(raw) as E2EState
}

export function publishState(state: E2EState) {
  process.env[STATE_ENV] = JSON.stringify(state)
}

/** Environment shared by the lake and the app: the same tokens on both sides. */
export function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // A hosted project in the developer's shell must not leak into the tests, nor Jest's NODE_ENV=test
  // into the server.
  const {SANITY_PROJECT_ID: _project, NODE_ENV: _mode, ...inherited} = process.env
  // The other secrets as `npm start` hands them over: this checkout's generated ones. The app runs
  // from a copy of the build in a temporary folder, where it would otherwise generate its own.
  const {webhookSecret, previewSecret, commentSecret} = storedSecrets()
  return {
    ...inherited,
    NEXT_TELEMETRY_DISABLED: '1',
    SANITY_API_READ_TOKEN: E2E_READ_TOKEN,
    SANITY_API_WRITE_TOKEN: E2E_WRITE_TOKEN,
    SANITY_WEBHOOK_SECRET: webhookSecret,
    SANITY_PREVIEW_SECRET: previewSecret,
    COMMENT_SECRET: commentSecret,
    ...extra,
  } as unknown as NodeJS.ProcessEnv
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number}
      server.close(() => done(port))
    })
  })
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function waitForHttp(
  url: string,
  timeoutMs = 60_000,
  accept = (status: number) => status < 500,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, {signal: AbortSignal.timeout(5000)})
      await res.arrayBuffer()
      if (accept(res.status)) return
      last = `HTTP ${res.status}`
    } catch (err) {
      last = (err as Error).message
    }
    await sleep(200)
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${last})`)
}

/** A child process in its own process group, so that stopping it stops whatever it started. */
export class Proc {
  readonly output: string[] = []
  readonly exited: Promise<number | null>
  constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString())
      if (this.output.length > 400) this.output.splice(0, 100)
      if (process.env.E2E_VERBOSE) process.stderr.write(`[${name}] ${chunk}`)
    }
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    this.exited = new Promise((done) => child.once('exit', (code) => done(code)))
    track(this)
  }

  get alive() {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  log(): string {
    return this.output.join('')
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 5000): Promise<void> {
    if (!this.alive) return
    signalGroup(this.child, signal)
    const timer = setTimeout(() => signalGroup(this.child, 'SIGKILL'), graceMs)
    await this.exited
    clearTimeout(timer)
  }
}

const running = new Set<Proc>()
// Never leave a lake or a server behind, whatever ends the test process. Held only while something
// runs: Jest loads this module afresh for every test file of a worker, on the same process.
const killAll = () => {
  for (const proc of running) signalGroup(proc.child, 'SIGKILL')
}
function track(proc: Proc) {
  if (running.size === 0) process.once('exit', killAll)
  running.add(proc)
  void proc.exited.then(() => {
    running.delete(proc)
    if (running.size === 0) process.removeListener('exit', killAll)
  })
}
function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // already gone
  }
}
function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Proc {
  return new Proc(name, spawn(command, args, {cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe']}))
}

export interface LakeOptions {
  port: number
  dataFile: string
  /** The app's /api/revalidate, or 'off'. */
  webhookUrl: string
}

/** `sanity/lake/main.ts` as `npm start` runs it, in one node process (so `kill -9` kills the lake itself). */
export async function startLakeProcess({port, dataFile, webhookUrl}: LakeOptions): Promise<Proc> {
  // The app the lake calls back is the one site whose pages (the Studio) may call the lake.
  const appPort = webhookUrl === 'off' ? '3000' : new URL(webhookUrl).port
  const proc = start(
    `lake:${port}`,
    process.execPath,
    ['--import', 'tsx', 'sanity/lake/main.ts'],
    baseEnv({LAKE_PORT: String(port), LAKE_DATA_FILE: dataFile, LAKE_WEBHOOK_URL: webhookUrl, PORT: appPort}),
  )
  try {
    await Promise.race([
      waitForHttp(`http://127.0.0.1:${port}/v1/ping`, 60_000, (s) => s === 200),
      proc.exited.then((code) => Promise.reject(new Error(`exited with ${code}`))),
    ])
  } catch (err) {
    await proc.stop('SIGKILL')
    throw new Error(`The lake did not start on port ${port}: ${(err as Error).message}\n${proc.log()}`)
  }
  return proc
}

export function tempDataFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'e2e-lake-')), 'lake.sqlite')
}

const nextBin = join(ROOT, 'node_modules/next/dist/bin/next')

/**
 * `next build` against a running lake. With E2E_REUSE_BUILD=1 an existing build is used as it is
 * (for iterating on the tests): its pages and CSP name the lake origin it was built against, so
 * the setup starts the lake on that port when it can (`reusableLakePort`).
 */
export async function buildSite(lakePort: number): Promise<void> {
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(join(ROOT, '.next/BUILD_ID'))) {
    const builtFor = readBuildInfo()?.lakePort ?? EMBEDDED_LAKE_PORT
    if (builtFor !== lakePort)
      console.warn(
        `[e2e] reusing a build made for a lake on port ${builtFor}, not ${lakePort}: CSP and image checks may fail`,
      )
    return
  }
  const proc = start('build', process.execPath, [nextBin, 'build'], baseEnv({LAKE_URL: `http://127.0.0.1:${lakePort}`}))
  const code = await proc.exited
  if (code !== 0) throw new Error(`next build failed (${code}):\n${proc.log().slice(-6000)}`)
  writeFileSync(BUILD_INFO, JSON.stringify({lakePort}))
}

/** `npm run build` builds against the lake's default port. */
const EMBEDDED_LAKE_PORT = 3333

/** The port the lake should use so that a reused build's pages and CSP point at it. */
export function reusableLakePort(): number | undefined {
  if (process.env.E2E_REUSE_BUILD !== '1' || !existsSync(join(ROOT, '.next/BUILD_ID'))) return undefined
  return readBuildInfo()?.lakePort ?? EMBEDDED_LAKE_PORT
}

/** The lake port the last e2e build was made against (its pages and CSP name that origin). */
export function readBuildInfo(): {lakePort: number} | null {
  try {
    return JSON.parse(readFileSync(BUILD_INFO, 'utf8')) as {lakePort: number}
  } catch {
    return null
  }
}

/**
 * A copy of the build's output in a temporary folder. Every server gets its own copy: the server
 * writes regenerated pages into its dist folder, and servers with different lakes must not read
 * each other's pages (nor a developer's concurrent `next build`).
 */
export function snapshotBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-build-'))
  const skip = new Set(
    ['cache/turbopack', 'cache/webpack', 'cache/images', 'trace', 'trace-build', 'diagnostics', 'types'].map((p) =>
      join(ROOT, '.next', p),
    ),
  )
  cpSync(join(ROOT, '.next'), join(dir, '.next'), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => !skip.has(src),
  })
  return dir
}

/** A folder the server can serve: its own copy of the build, the repo's config and packages. */
export function appDirFrom(snapshot: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-app-'))
  cpSync(join(snapshot, '.next'), join(dir, '.next'), {recursive: true, verbatimSymlinks: true})
  for (const file of ['next.config.ts', 'tsconfig.json']) cpSync(join(ROOT, file), join(dir, file))
  symlinkSync(join(ROOT, 'package.json'), join(dir, 'package.json'))
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  mkdirSync(join(dir, 'public'), {recursive: true})
  return dir
}

export interface AppOptions {
  port: number
  dir: string
  lakeUrl: string
  env?: Record<string, string>
}

/** The production server `npm start` runs (scripts/serve.ts), serving the build in `dir`. */
export async function startApp({port, dir, lakeUrl, env = {}}: AppOptions): Promise<Proc> {
  const proc = start(
    `app:${port}`,
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/serve.ts'), '--dir', dir, '-p', String(port), '-H', '127.0.0.1'],
    // One proxy hop is trusted so each test can speak for its own client address through
    // X-Forwarded-For (the flood limit allows one comment per address per 15 s).
    baseEnv({LAKE_URL: lakeUrl, TRUSTED_PROXY_HOPS: '1', ...env}),
    dir,
  )
  try {
    await Promise.race([
      waitForHttp(`http://127.0.0.1:${port}/api/comments/token`, 60_000, (s) => s === 200),
      proc.exited.then((code) => Promise.reject(new Error(`exited with ${code}`))),
    ])
  } catch (err) {
    await proc.stop('SIGKILL')
    throw new Error(`The app server did not come up on port ${port}: ${(err as Error).message}\n${proc.log()}`)
  }
  return proc
}

/** A lake and a server of its own, from the shared build: for tests that stop or slow the lake. */
export interface OwnSite {
  baseUrl: string
  lakeUrl: string
  lakePort: number
  dataFile: string
  lake: Proc
  app: Proc
  restartLake: () => Promise<Proc>
  close: () => Promise<void>
}

export async function startOwnSite({
  lakeUrlFor,
  appEnv = {},
}: {lakeUrlFor?: (lakePort: number) => Promise<string>; appEnv?: Record<string, string>} = {}): Promise<OwnSite> {
  const {buildSnapshot} = e2eState()
  const [lakePort, appPort] = [await freePort(), await freePort()]
  const dataFile = tempDataFile()
  const webhookUrl = `http://127.0.0.1:${appPort}/api/revalidate`
  const site: OwnSite = {
    baseUrl: `http://127.0.0.1:${appPort}`,
    lakeUrl: `http://127.0.0.1:${lakePort}`,
    lakePort,
    dataFile,
    lake: await startLakeProcess({port: lakePort, dataFile, webhookUrl}),
    app: undefined as unknown as Proc,
    restartLake: async () => (site.lake = await startLakeProcess({port: lakePort, dataFile, webhookUrl})),
    close: async () => {
      await Promise.all([site.app?.stop(), site.lake.stop()])
      rmSync(dir, {recursive: true, force: true})
      rmSync(join(dataFile, '..'), {recursive: true, force: true})
    },
  }
  const dir = appDirFrom(buildSnapshot)
  const appLakeUrl = lakeUrlFor ? await lakeUrlFor(lakePort) : site.lakeUrl
  try {
    site.app = await startApp({port: appPort, dir, lakeUrl: appLakeUrl, env: appEnv})
  } catch (err) {
    await site.close()
    throw err
  }
  return site
}
