/** @jest-environment node */
/**
 * `npm start` as a newcomer runs it, in a copy of the repository: it builds once, serves, and keeps
 * serving when the lake or the app is killed; a second start reuses the build; SIGTERM leaves
 * nothing behind. The processes are found the way an operator finds them: by the port they listen on.
 */
import {execFileSync, spawn, type ChildProcess} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {freePort, ROOT, sleep, waitForHttp} from '../support/e2e'
import {commentFormOf, postComment} from '../support/e2e-faults'
import {SEED_ARTICLE} from '../support/e2e-pages'

const COPIED = [
  'app',
  'components',
  'lib',
  'sanity',
  'scripts',
  'public',
  'next.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'sanity.config.ts',
  'sanity.cli.ts',
  'next-env.d.ts',
]

let dir: string
let appPort: number
let lakePort: number
let npmStart: ChildProcess | null = null
let output = ''

/** A checkout of its own: its own .next, .data and generated secrets; the packages are shared. */
function copyRepository(): string {
  const target = mkdtempSync(join(tmpdir(), 'npm-start-'))
  for (const entry of COPIED)
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(target, entry), {recursive: true})
  rmSync(join(target, 'sanity/lake/.data'), {recursive: true, force: true})
  // Hard links, not a symlink: Turbopack refuses packages outside the project's root.
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(target, 'node_modules')])
  return target
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (
      !/^(SANITY_|LAKE_|NEXT_PUBLIC_|COMMENT_SECRET|PORT$|HOST$|NODE_ENV$|LOCAL_SECRETS_FILE|TRUSTED_PROXY_HOPS|E2E_)/.test(
        key,
      )
    )
      env[key] = value
  }
  return {
    ...env,
    PORT: String(appPort),
    LAKE_PORT: String(lakePort),
    LAKE_TLS_PORT: 'off',
  } as unknown as NodeJS.ProcessEnv
}

function start(): ChildProcess {
  output = ''
  const child = spawn('npm', ['start'], {cwd: dir, env: cleanEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe']})
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return child
}

/** The pid of the process listening on a TCP port on loopback, from /proc (no ss or lsof needed). */
function listenerPid(port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') inodes.add(cols[9])
    }
  }
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const link = readlinkSync(`/proc/${pid}/fd/${fd}`)
        if (inodes.has(/^socket:\[(\d+)\]$/.exec(link)?.[1] ?? '')) return Number(pid)
      }
    } catch {
      // gone, or not ours
    }
  }
  return null
}

const status = (path: string) =>
  fetch(`http://127.0.0.1:${appPort}${path}`, {signal: AbortSignal.timeout(5000)}).then(
    async (res) => (await res.arrayBuffer(), res.status),
    () => 0,
  )

/** Polls pages every 100 ms until `stop()`; returns every status seen. */
function watchPages(paths: string[]) {
  const seen: number[] = []
  let running = true
  const done = (async () => {
    while (running) {
      seen.push(...(await Promise.all(paths.map(status))))
      await sleep(100)
    }
  })()
  return {seen, stop: async () => ((running = false), await done, seen)}
}

/** Processes still in npm's process group (npm start and everything it started). */
function groupMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        // Fields after the command name: state ppid pgrp …
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === pgid
      } catch {
        return false
      }
    })
    .map(Number)
}

/** SIGTERM to npm, as `kill` sends it; resolves with how long until no process of the group is left. */
async function stopStart(child: ChildProcess | null): Promise<number> {
  if (!child?.pid || groupMembers(child.pid).length === 0) return 0
  const started = Date.now()
  process.kill(child.pid, 'SIGTERM')
  while (groupMembers(child.pid).length > 0 && Date.now() - started < 15_000) await sleep(50)
  return Date.now() - started
}

beforeAll(async () => {
  dir = copyRepository()
  ;[appPort, lakePort] = [await freePort(), await freePort()]
  npmStart = start()
  await waitForHttp(`http://127.0.0.1:${appPort}/`, 420_000, (s) => s === 200).catch((err: Error) => {
    throw new Error(`${err.message}\n${output.slice(-4000)}`)
  })
}, 440_000)

afterAll(async () => {
  await stopStart(npmStart)
  if (npmStart?.pid) {
    try {
      process.kill(-npmStart.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  rmSync(dir, {recursive: true, force: true})
})

test('binds the site and the lake to loopback only', () => {
  const listening = readFileSync('/proc/net/tcp', 'utf8')
  for (const port of [appPort, lakePort]) {
    const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`
    const rows = listening.split('\n').filter((line) => line.includes(hex) && line.trim().split(/\s+/)[3] === '0A')
    expect(rows.length).toBeGreaterThan(0)
    // 0100007F is 127.0.0.1: nothing listens on 0.0.0.0 (00000000).
    for (const row of rows) expect(row.trim().split(/\s+/)[1]).toBe(`0100007F${hex}`)
  }
})

test('kill -9 of the lake: cached pages keep answering 200, the lake is back within 5 s, comments work again', async () => {
  const pid = listenerPid(lakePort)
  expect(pid).not.toBeNull()
  const watch = watchPages(['/', SEED_ARTICLE])
  await sleep(300)
  process.kill(pid!, 'SIGKILL')
  const killedAt = Date.now()
  await waitForHttp(`http://127.0.0.1:${lakePort}/v1/ping`, 10_000, (s) => s === 200)
  const backAfterMs = Date.now() - killedAt
  const seen = await watch.stop()
  expect(backAfterMs).toBeLessThan(5000)
  expect(listenerPid(lakePort)).not.toBe(pid)
  expect(seen.length).toBeGreaterThan(4)
  expect(seen.filter((s) => s !== 200)).toEqual([])
  await waitForHttp(`http://127.0.0.1:${appPort}/api/health`, 10_000, (s) => s === 200)

  const form = await commentFormOf(`http://127.0.0.1:${appPort}`, SEED_ARTICLE)
  const posted = await postComment(
    `http://127.0.0.1:${appPort}`,
    form,
    {body: `After the lake came back ${Date.now()}.`, name: 'Returning Reader', email: 'returning@example.com'},
    '203.0.113.9',
  )
  expect(posted.acknowledged).toBe(true)
  expect(output).toMatch(/\d{4}-\d\d-\d\dT[\d:.]+Z \[start\] lake exited \(SIGKILL\); restarting/)
}, 60_000)

test('kill -9 of the app: it is back within 30 s', async () => {
  const pid = listenerPid(appPort)
  expect(pid).not.toBeNull()
  process.kill(pid!, 'SIGKILL')
  const killedAt = Date.now()
  await waitForHttp(`http://127.0.0.1:${appPort}/`, 30_000, (s) => s === 200)
  expect(Date.now() - killedAt).toBeLessThan(30_000)
  expect(listenerPid(appPort)).not.toBe(pid)
}, 40_000)

test('SIGTERM stops everything within 5 s, leaving no process and nothing listening', async () => {
  const tookMs = await stopStart(npmStart)
  expect(groupMembers(npmStart!.pid!)).toEqual([])
  expect(tookMs).toBeLessThan(5000)
  expect(listenerPid(appPort)).toBeNull()
  expect(listenerPid(lakePort)).toBeNull()
}, 20_000)

test('a second npm start with no change reuses the build and answers within 10 s', async () => {
  const started = Date.now()
  npmStart = start()
  expect(listenerPid(appPort)).toBeNull()
  await waitForHttp(`http://127.0.0.1:${appPort}/`, 60_000, (s) => s === 200)
  expect(Date.now() - started).toBeLessThan(10_000)
  expect(output).toContain('reusing the production build')
  expect(await stopStart(npmStart)).toBeLessThan(5000)
}, 70_000)

test('exposing the site with generated secrets is refused before anything starts', async () => {
  const child = spawn('npm', ['start'], {
    cwd: dir,
    env: {...cleanEnv(), HOST: '0.0.0.0'},
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let text = ''
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()))
  const code = await new Promise<number | null>((done) => child.once('exit', done))
  expect(code).not.toBe(0)
  expect(text).toMatch(/HOST=0\.0\.0\.0 would serve this machine to the network with generated development secrets/)
  expect(listenerPid(lakePort)).toBeNull()
}, 30_000)
