/**
 * `npm run cluster`: the site as several instances behind a proxy, on one machine. The local
 * Content Lake, a redis-server (the shared Next cache and flood limit; its own port, nothing
 * written to disk), CLUSTER_INSTANCES (default 3) instances of scripts/serve.ts on 3001…300N, and
 * nginx on 8080 (deploy/nginx: load balancer and one-second micro-cache) in front of them, all on
 * loopback, each restarted when it dies, all stopped together by Ctrl-C. The production build is
 * the one `npm start` makes and reuses. The lake's webhook goes to the proxy: any one instance
 * that receives it expires the page in the shared cache for all (deploy/README.md).
 *
 * Needs Debian's nginx and redis-server: `sudo apt-get install nginx-light redis-server`.
 */
import {join} from 'node:path'
import {EMBEDDED_DEFAULTS} from '../sanity/embedded/defaults'
import {untilListening} from './cluster/listening'
import {checkNginxConfig, findExecutable, nginxArgs, writeNginxConfig} from '../deploy/nginx/render'
import {buildFingerprint, canReuseBuild, recordBuild} from './start/buildStamp'
import {closeLogs, log} from './start/log'
import {build, childEnv, waitFor} from './start/steps'
import {Supervised} from './start/supervise'

const count = Number(process.env.CLUSTER_INSTANCES ?? 3)
const proxyPort = Number(process.env.CLUSTER_PORT ?? 8080)
const redisPort = Number(process.env.CLUSTER_REDIS_PORT ?? 6380)
const firstAppPort = 3001
const hosted = Boolean(process.env.SANITY_PROJECT_ID)
const lakePort = Number(process.env.LAKE_PORT ?? EMBEDDED_DEFAULTS.port)
const RUN_DIR = '.data/cluster/nginx'
const STOP_GRACE_MS = 4000

const supervised: Supervised[] = []
let stopping = false
async function stop(code: number, reason?: string) {
  if (stopping) return
  stopping = true
  if (reason) log('cluster', reason, code ? process.stderr : process.stdout)
  // The proxy first, so no request reaches an instance that is going.
  const [proxy, ...rest] = [...supervised].reverse()
  await proxy?.stop(STOP_GRACE_MS)
  await Promise.all(rest.map((proc) => proc.stop(STOP_GRACE_MS)))
  await closeLogs()
  process.exit(code)
}
process.on('SIGINT', () => void stop(0, 'stopping'))
process.on('SIGTERM', () => void stop(0, 'stopping'))
process.on('SIGHUP', () => void stop(0, 'the terminal closed; stopping'))
const npmPid = process.ppid
setInterval(() => process.ppid !== npmPid && void stop(0, 'npm went away; stopping'), 250).unref()

function supervise(
  name: string,
  command: string | undefined,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: () => Promise<void>,
) {
  const proc = new Supervised({name, command, args, env, ready, onGiveUp: (message) => void stop(1, message)})
  supervised.push(proc)
  return proc.start()
}

const tsx = (file: string, ...args: string[]) => ['--import', 'tsx', file, ...args]

async function main() {
  if (!Number.isInteger(count) || count < 1 || count > 9)
    throw new Error(`CLUSTER_INSTANCES must be 1 to 9, not ${process.env.CLUSTER_INSTANCES}`)
  const nginx = findExecutable('nginx')
  const redisServer = process.env.REDIS_URL ? 'external' : findExecutable('redis-server')
  if (!nginx || !redisServer) {
    throw new Error(`npm run cluster needs nginx and redis-server: sudo apt-get install nginx-light redis-server`)
  }
  // The site's public origin is the proxy's: the lake answers CORS for it and sends its webhook there.
  const env = childEnv(String(proxyPort))
  env.LAKE_WEBHOOK_URL ||= `http://127.0.0.1:${proxyPort}/api/revalidate`
  const redisUrl = process.env.REDIS_URL || `redis://127.0.0.1:${redisPort}`

  const lakeUp = hosted
    ? Promise.resolve()
    : supervise('lake', undefined, tsx('sanity/lake/main.ts'), env, () =>
        waitFor(`http://127.0.0.1:${lakePort}/v1/ping`, 120_000, 'the local Content Lake'),
      )
  if (canReuseBuild(buildFingerprint(env))) {
    log('cluster', 'reusing the production build: no source or setting changed since')
  } else {
    await lakeUp
    const code = await build(env)
    if (code !== 0) return stop(code, 'next build failed')
    recordBuild(buildFingerprint(env))
  }

  if (!process.env.REDIS_URL) {
    // Loopback only, no persistence: the cache refills itself, flood keys live 15 s. Only cache
    // entries carry a TTL, so under memory pressure Redis evicts those, never a tag's timestamp.
    const args = [
      '--port',
      String(redisPort),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory',
      '256mb',
      '--maxmemory-policy',
      'volatile-lru',
    ]
    await supervise('redis', redisServer, args, env, () => untilListening(redisPort, 10_000, 'redis-server'))
  }

  const appPorts = Array.from({length: count}, (_, i) => firstAppPort + i)
  await Promise.all([
    lakeUp,
    ...appPorts.map((port) =>
      supervise(
        `app-${port}`,
        undefined,
        tsx('scripts/serve.ts', '-p', String(port), '-H', '127.0.0.1'),
        {...env, PORT: String(port), REDIS_URL: redisUrl, TRUSTED_PROXY_HOPS: '1'},
        () => waitFor(`http://127.0.0.1:${port}/api/health`, 120_000, `app-${port}`, () => true),
      ),
    ),
  ])

  writeNginxConfig(RUN_DIR, {listen: `127.0.0.1:${proxyPort}`, upstreams: appPorts.map((port) => `127.0.0.1:${port}`)})
  checkNginxConfig(nginx, RUN_DIR)
  await supervise('nginx', nginx, nginxArgs(RUN_DIR), env, () =>
    waitFor(`http://127.0.0.1:${proxyPort}/api/health`, 30_000, 'nginx', () => true),
  )
  log(
    'cluster',
    `the site is on http://localhost:${proxyPort} through nginx: ${count} instances on ${appPorts.join(', ')}, ` +
      `Redis ${process.env.REDIS_URL ? 'at REDIS_URL' : `on ${redisPort}`}${hosted ? '' : `, local Content Lake on ${lakePort}`}; ` +
      `nginx's files in ${join(RUN_DIR)}`,
  )
}

main().catch((err: Error) => void stop(1, err.message))
