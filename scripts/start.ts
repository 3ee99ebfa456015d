/**
 * `npm start`: the whole product on one machine. Starts the local Content Lake (unless a hosted
 * Sanity project is configured), waits for it, builds the site against it and serves it on
 * http://localhost:3000. Ctrl-C stops both; if either dies, the other is stopped too.
 * `npm run dev` does the same with `next dev` instead of build + start.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {EMBEDDED_DEFAULTS} from '../sanity/lake/defaults'

const dev = process.argv.includes('--dev')
const hosted = Boolean(process.env.SANITY_PROJECT_ID)
const lakePort = Number(process.env.LAKE_PORT ?? EMBEDDED_DEFAULTS.port)
const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1'}
const children = new Set<ChildProcess>()

function run(command: string, args: string[], name: string): ChildProcess {
  const child = spawn(command, args, {stdio: 'inherit', env})
  children.add(child)
  child.on('exit', (code, signal) => {
    children.delete(child)
    if (!stopping && name !== 'build') {
      console.error(`[start] ${name} exited (${signal ?? code}); stopping everything`)
      stop(code ?? 1)
    }
  })
  return child
}

let stopping = false
function stop(code = 0) {
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 1500).unref()
  if (children.size === 0) process.exit(code)
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

// The sample edition is up in a second; a ten-year archive takes seconds to open and index.
async function waitForLake(timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${lakePort}/v1/ping`)
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`the local Content Lake did not answer on port ${lakePort} within ${timeoutMs / 1000} s`)
}

function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)))
}

async function main() {
  const bin = (name: string) => `node_modules/.bin/${name}`
  if (!hosted) {
    run(bin('tsx'), ['sanity/lake/main.ts'], 'lake')
    await waitForLake()
  }
  if (dev) {
    run(bin('next'), ['dev', '-p', process.env.PORT ?? '3000'], 'next dev')
    return
  }
  const buildCode = await exitCodeOf(run(bin('next'), ['build'], 'build'))
  if (buildCode !== 0) {
    console.error('[start] next build failed')
    return stop(buildCode)
  }
  run(bin('next'), ['start', '-p', process.env.PORT ?? '3000'], 'next start')
  console.log(`[start] the site is on http://localhost:${process.env.PORT ?? '3000'}${hosted ? '' : ` (local Content Lake on port ${lakePort})`}`)
}

main().catch((err) => {
  console.error(`[start] ${(err as Error).message}`)
  stop(1)
})
