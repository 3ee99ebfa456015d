/**
 * Global setup of the e2e Jest project: a lake with the sample edition on a free port, one
 * `next build` against it, and the shared site (`scripts/serve.ts`) whose webhook target the lake
 * calls after every transaction. Runs once per `npm test` that selects an e2e test.
 */
import {rmSync} from 'node:fs'
import {join} from 'node:path'
import {resolveChromium} from './chromium'
import {
  appDirFrom,
  buildSite,
  freePort,
  publishState,
  reusableLakePort,
  snapshotBuild,
  startApp,
  startLakeProcess,
  tempDataFile,
  type Proc,
} from './e2e'

interface Running {
  lake?: Proc
  app?: Proc
  dirs: string[]
}

declare global {
  var __E2E__: Running | undefined
}

export default async function globalSetup() {
  // A site that is already running (E2E_STATE from an earlier setup): attach to it, for iteration.
  if (process.env.E2E_STATE) return
  const started = Date.now()
  // Unpacks the packaged browser once, where there is no system one, before the workers race to.
  const browser = await resolveChromium()
  console.log(`\n[e2e] Chromium: ${browser.executablePath} (${browser.source})`)
  const running: Running = {dirs: []}
  globalThis.__E2E__ = running
  // A reused build wants the lake on the port its pages and CSP were built for.
  const reusePort = reusableLakePort()
  const lakePort = reusePort && (await portIsFree(reusePort)) ? reusePort : await freePort()
  const appPort = await freePort()
  const dataFile = tempDataFile()
  running.dirs.push(join(dataFile, '..'))
  running.lake = await startLakeProcess({
    port: lakePort,
    dataFile,
    webhookUrl: `http://127.0.0.1:${appPort}/api/revalidate`,
  })
  const lakeUrl = `http://127.0.0.1:${lakePort}`
  await buildSite(lakePort)
  const buildSnapshot = snapshotBuild()
  running.dirs.push(buildSnapshot)
  const dir = appDirFrom(buildSnapshot)
  running.dirs.push(dir)
  running.app = await startApp({port: appPort, dir, lakeUrl})
  publishState({baseUrl: `http://127.0.0.1:${appPort}`, lakeUrl, lakePort, appPort, dataFile, buildSnapshot})
  console.log(
    `\n[e2e] site on http://127.0.0.1:${appPort}, lake on ${lakeUrl} (ready in ${((Date.now() - started) / 1000).toFixed(0)} s)`,
  )
}

async function portIsFree(port: number): Promise<boolean> {
  const {createServer} = await import('node:net')
  return new Promise((done) => {
    const server = createServer()
    server.once('error', () => done(false))
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)))
  })
}

export async function stopAll() {
  const running = globalThis.__E2E__
  if (!running) return
  await Promise.all([running.app?.stop(), running.lake?.stop()])
  for (const dir of running.dirs) rmSync(dir, {recursive: true, force: true})
  globalThis.__E2E__ = undefined
}
