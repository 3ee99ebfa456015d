/**
 * Several app instances behind a real nginx, sharing a real redis-server, for the cluster tests:
 * the same pieces `npm run cluster` runs (deploy/nginx rendered by deploy/nginx/render.ts,
 * scripts/serve.ts with REDIS_URL and TRUSTED_PROXY_HOPS=1), on free ports and in temp folders.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {findExecutable, nginxArgs, writeNginxConfig} from '../../deploy/nginx/render'
import {appDirFrom, e2eState, freePort, Proc, ROOT, startApp, startLakeProcess, tempDataFile, waitForHttp} from './e2e'

export const NGINX = findExecutable('nginx')
export const REDIS_SERVER = findExecutable('redis-server')

/** `describe`, or `describe.skip` with a one-line warning where nginx or redis-server is missing. */
export function describeWithCluster(): jest.Describe {
  const missing = [NGINX ? '' : 'nginx', REDIS_SERVER ? '' : 'redis-server'].filter(Boolean)
  if (!missing.length) return describe
  console.warn(
    `${missing.join(' and ')} not installed: the cluster tests are skipped (apt-get install nginx redis-server)`,
  )
  return describe.skip
}

const detached = (name: string, command: string, args: string[]) =>
  new Proc(name, spawn(command, args, {cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe']}))

export async function startRedis(port: number): Promise<Proc> {
  // Loopback only, nothing written to disk: the cache and the flood keys live as long as the cluster.
  const proc = detached(`redis:${port}`, REDIS_SERVER!, [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ])
  await untilListening(proc, port)
  return proc
}

async function untilListening(proc: Proc, port: number) {
  const {connect} = await import('node:net')
  for (let i = 0; i < 200; i++) {
    if (!proc.alive) throw new Error(`${proc.name} exited:\n${proc.log()}`)
    const up = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => done(!!socket.end())).once('error', () => done(false))
    })
    if (up) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`${proc.name} did not listen on ${port}`)
}

export async function startNginx(runDir: string, port: number, upstreamPorts: number[]): Promise<Proc> {
  writeNginxConfig(runDir, {listen: `127.0.0.1:${port}`, upstreams: upstreamPorts.map((p) => `127.0.0.1:${p}`)})
  const proc = detached(`nginx:${port}`, NGINX!, nginxArgs(runDir))
  await untilListening(proc, port)
  return proc
}

/** A folder serving the shared build with the Redis cache handler: next.config.ts resolves it under lib/. */
export function clusterAppDir(buildSnapshot: string): string {
  const dir = appDirFrom(buildSnapshot)
  symlinkSync(join(ROOT, 'lib'), join(dir, 'lib'), 'dir')
  return dir
}

export interface Cluster {
  /** nginx, in front of every instance. */
  proxyUrl: string
  /** Each instance, directly. */
  instanceUrls: string[]
  lakeUrl: string
  redisUrl: string
  instances: Proc[]
  close: () => Promise<void>
}

/**
 * A lake whose webhook goes to the proxy (as `npm run cluster` sets it), a Redis, `count`
 * instances of the shared build and nginx in front of them.
 */
export async function startCluster(count: number, appEnv: Record<string, string> = {}): Promise<Cluster> {
  const {buildSnapshot} = e2eState()
  const [lakePort, redisPort, proxyPort] = [await freePort(), await freePort(), await freePort()]
  const appPorts: number[] = []
  for (let i = 0; i < count; i++) appPorts.push(await freePort())
  const runDir = mkdtempSync(join(tmpdir(), 'e2e-nginx-'))
  const dataFile = tempDataFile()
  const dirs: string[] = [runDir, join(dataFile, '..')]
  const procs: Proc[] = []
  const close = async () => {
    await Promise.all(procs.map((proc) => proc.stop()))
    for (const dir of dirs) rmSync(dir, {recursive: true, force: true})
  }
  try {
    const proxyUrl = `http://127.0.0.1:${proxyPort}`
    const redisUrl = `redis://127.0.0.1:${redisPort}`
    procs.push(await startRedis(redisPort))
    procs.push(await startLakeProcess({port: lakePort, dataFile, webhookUrl: `${proxyUrl}/api/revalidate`}))
    const lakeUrl = `http://127.0.0.1:${lakePort}`
    const instances = await Promise.all(
      appPorts.map((port) => {
        const dir = clusterAppDir(buildSnapshot)
        dirs.push(dir)
        return startApp({port, dir, lakeUrl, env: {REDIS_URL: redisUrl, ...appEnv}})
      }),
    )
    procs.push(...instances)
    procs.push(await startNginx(runDir, proxyPort, appPorts))
    await waitForHttp(`${proxyUrl}/api/health`, 30_000, (s) => s === 200)
    return {proxyUrl, instanceUrls: appPorts.map((p) => `http://127.0.0.1:${p}`), lakeUrl, redisUrl, instances, close}
  } catch (err) {
    await close()
    throw err
  }
}
