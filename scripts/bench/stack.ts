/**
 * Starts a private local Content Lake (temp data file, sample edition) and the production server
 * (scripts/serve.ts) on the existing build, both on free ports, for benchmarks. Stops both on `stop()`.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, mkdtempSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {embeddedSecret} from '../../sanity/embedded/secrets'

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const {port} = s.address() as {port: number}
      s.close(() => resolve(port))
    })
  })
}

async function waitFor(url: string, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not come up`)
}

export interface Stack {
  appUrl: string
  lakeUrl: string
  writeToken: string
  stop: () => void
}

export async function startStack(appEnv: Record<string, string> = {}): Promise<Stack> {
  if (!existsSync('.next/BUILD_ID'))
    throw new Error('No production build: run `npm run build` (with the lake running) first')
  const lakePort = await freePort()
  const appPort = await freePort()
  const children: ChildProcess[] = []
  const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1', LAKE_PORT: String(lakePort), LAKE_WEBHOOK_URL: 'off'}
  children.push(
    spawn('node_modules/.bin/tsx', ['sanity/lake/main.ts'], {
      env: {...env, LAKE_DATA_FILE: join(mkdtempSync(join(tmpdir(), 'bench-lake-')), 'lake.sqlite')},
      stdio: 'ignore',
    }),
  )
  const lakeUrl = `http://127.0.0.1:${lakePort}`
  await waitFor(`${lakeUrl}/v1/ping`)
  // The server `npm start` runs, in one process (so SIGTERM reaches it), on loopback.
  const serve = ['--import', 'tsx', 'scripts/serve.ts', '-p', String(appPort), '-H', '127.0.0.1']
  children.push(spawn(process.execPath, serve, {env: {...env, ...appEnv}, stdio: 'ignore'}))
  const appUrl = `http://127.0.0.1:${appPort}`
  await waitFor(`${appUrl}/api/health`)
  return {
    appUrl,
    lakeUrl,
    writeToken: embeddedSecret('writeToken'),
    stop: () => children.forEach((c) => c.kill('SIGTERM')),
  }
}
