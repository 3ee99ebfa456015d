/**
 * `npm start`: the whole product on one machine. Starts the local Content Lake (unless a hosted
 * Sanity project is configured) and the site, and keeps them running: a process that dies is
 * restarted, and while the lake is down the site goes on serving its cached pages. The production
 * build is reused when nothing it was made from has changed. Ctrl-C or SIGTERM stops everything.
 * `npm run dev` does the same with `next dev` instead of build + start.
 *
 * Both listen on 127.0.0.1 only. HOST (the site) and LAKE_HOST (the lake) expose them; that is
 * refused while the generated development secrets are in use (docs/security.md).
 */
import {EMBEDDED_DEFAULTS} from '../sanity/embedded/defaults'
import {secretsNotConfigured} from '../sanity/embedded/secrets'
import {isLoopbackHost} from '../sanity/lake/server/origins'
import {buildFingerprint, canReuseBuild, recordBuild} from './start/buildStamp'
import {closeLogs, log} from './start/log'
import {build, childEnv, waitFor} from './start/steps'
import {Supervised} from './start/supervise'

const dev = process.argv.includes('--dev')
const hosted = Boolean(process.env.SANITY_PROJECT_ID)
const lakePort = Number(process.env.LAKE_PORT ?? EMBEDDED_DEFAULTS.port)
const appPort = process.env.PORT ?? String(EMBEDDED_DEFAULTS.appPort)
const appHost = process.env.HOST ?? '127.0.0.1'
const STOP_GRACE_MS = 4000

function refuseExposureWithDevelopmentSecrets() {
  const exposed = [
    ['HOST', appHost],
    ['LAKE_HOST', process.env.LAKE_HOST ?? '127.0.0.1'],
  ].filter(([, host]) => !isLoopbackHost(host))
  const generated = hosted ? [] : secretsNotConfigured()
  if (exposed.length && generated.length) {
    throw new Error(
      `${exposed.map(([name, host]) => `${name}=${host}`).join(' and ')} would serve this machine to the network with ` +
        `generated development secrets: set your own ${generated.join(', ')} first (docs/security.md)`,
    )
  }
}

const supervised: Supervised[] = []
let stopping = false
async function stop(code: number, reason?: string) {
  if (stopping) return
  stopping = true
  if (reason) log('start', reason, code ? process.stderr : process.stdout)
  await Promise.all(supervised.map((proc) => proc.stop(STOP_GRACE_MS)))
  await closeLogs()
  process.exit(code)
}
process.on('SIGINT', () => void stop(0, 'stopping'))
process.on('SIGTERM', () => void stop(0, 'stopping'))
process.on('SIGHUP', () => void stop(0, 'the terminal closed; stopping'))
// `kill <npm's pid>` ends npm (and its shell) without passing the signal on; stop with it rather than linger.
const npmPid = process.ppid
setInterval(() => process.ppid !== npmPid && void stop(0, 'npm went away; stopping'), 250).unref()

function supervise(name: string, args: string[], env: NodeJS.ProcessEnv, ready: () => Promise<void>) {
  const proc = new Supervised({name, args, env, ready, onGiveUp: (message) => void stop(1, message)})
  supervised.push(proc)
  return proc.start()
}

async function main() {
  refuseExposureWithDevelopmentSecrets()
  const env = childEnv(appPort)
  // One node process each, with tsx as a loader rather than a wrapper process.
  const tsx = (file: string, ...args: string[]) => ['--import', 'tsx', file, ...args]
  // The sample edition is up in a second; a ten-year archive takes seconds to open and index.
  const lakeUp = hosted
    ? Promise.resolve()
    : supervise('lake', tsx('sanity/lake/main.ts'), env, () =>
        waitFor(`http://127.0.0.1:${lakePort}/v1/ping`, 120_000, 'the local Content Lake'),
      )
  const site = `http://${appHost.includes(':') ? `[${appHost}]` : appHost}:${appPort}`
  const startApp = (args: string[], name: string) =>
    supervise(name, args, env, () => waitFor(`${site}/api/health`, 120_000, name, () => true))
  if (dev) {
    await lakeUp
    await startApp(['node_modules/next/dist/bin/next', 'dev', '-p', appPort, '-H', appHost], 'next dev')
  } else if (canReuseBuild(buildFingerprint(env))) {
    // The built site needs no lake to boot: both start at once.
    log('start', 'reusing the production build: no source or setting changed since')
    await Promise.all([lakeUp, startApp(tsx('scripts/serve.ts', '-p', appPort, '-H', appHost), 'app')])
  } else {
    await lakeUp
    const code = await build(env)
    if (code !== 0) return stop(code, 'next build failed')
    recordBuild(buildFingerprint(env))
    await startApp(tsx('scripts/serve.ts', '-p', appPort, '-H', appHost), 'app')
  }
  log('start', `the site is on http://localhost:${appPort}${hosted ? '' : ` (local Content Lake on port ${lakePort})`}`)
}

main().catch((err: Error) => void stop(1, err.message))
