/** @jest-environment node */
/**
 * Which Chromium the browser tests get: CHROMIUM_PATH, then the system's, then the packaged one.
 * Every case injects the environment and the system path, so the result is the same on a machine
 * with Debian's Chromium and on one without; the packaged case unpacks into a folder of its own
 * and really launches the browser.
 */
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium} from 'playwright-core'
import {CHROMIUM_FLAGS, resolveChromium} from '../support/chromium'
import {packagedChromiumDir, unpackPackagedChromium} from '../support/packaged-chromium'

let scratch: string
let fakeSystem: string
let fakeEnvBrowser: string
let missing: string

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'chromium-resolution-'))
  const executable = (name: string) => {
    const path = join(scratch, name)
    writeFileSync(path, '#!/bin/sh\nexit 0\n')
    chmodSync(path, 0o755)
    return path
  }
  fakeSystem = executable('system-chromium')
  fakeEnvBrowser = executable('env-chromium')
  missing = join(scratch, 'no-such-chromium')
})

afterAll(() => rmSync(scratch, {recursive: true, force: true}))

describe('the order: CHROMIUM_PATH, then the system Chromium, then the packaged one', () => {
  it('takes an executable CHROMIUM_PATH even when a system Chromium exists', async () => {
    const resolved = await resolveChromium({env: {CHROMIUM_PATH: fakeEnvBrowser}, systemPath: fakeSystem})
    expect(resolved).toEqual({executablePath: fakeEnvBrowser, args: CHROMIUM_FLAGS, source: 'env'})
  })

  it('refuses a CHROMIUM_PATH that is missing, not executable or a folder, naming it', async () => {
    const notExecutable = join(scratch, 'plain-file')
    writeFileSync(notExecutable, 'not a browser')
    for (const path of [missing, notExecutable, scratch]) {
      await expect(resolveChromium({env: {CHROMIUM_PATH: path}, systemPath: fakeSystem})).rejects.toThrow(
        `CHROMIUM_PATH is ${JSON.stringify(path)}, which is not an executable file`,
      )
    }
  })

  it('takes the system Chromium when CHROMIUM_PATH is unset or empty', async () => {
    for (const env of [{}, {CHROMIUM_PATH: ''}]) {
      const resolved = await resolveChromium({env, systemPath: fakeSystem})
      expect(resolved).toEqual({executablePath: fakeSystem, args: CHROMIUM_FLAGS, source: 'system'})
    }
  })
})

describe('the packaged Chromium, on a machine without a system one', () => {
  let cacheRoot: string
  beforeAll(() => {
    cacheRoot = join(scratch, 'cache')
    mkdirSync(cacheRoot)
  })

  it('unpacks once for concurrent first uses, leaving no half-written copy behind', async () => {
    const paths = await Promise.all([unpackPackagedChromium(cacheRoot), unpackPackagedChromium(cacheRoot)])
    const dir = packagedChromiumDir(cacheRoot)
    expect(paths).toEqual([join(dir, 'chromium'), join(dir, 'chromium')])
    // Only the finished folder: both staging folders are gone (the loser's deleted, the winner's renamed).
    expect(readdirSync(cacheRoot)).toEqual([dir.slice(cacheRoot.length + 1)])
  }, 120_000)

  it('is chosen, and launches and renders a page, with the system path absent', async () => {
    // Damaged as a temp cleaner might leave it: the next use must unpack again rather than launch it.
    const dir = packagedChromiumDir(cacheRoot)
    await unpackPackagedChromium(cacheRoot) // a no-op after the test above
    truncateSync(join(dir, 'libEGL.so'), 0)
    const resolved = await resolveChromium({env: {}, systemPath: missing, cacheRoot})
    expect(resolved).toEqual({executablePath: join(dir, 'chromium'), args: CHROMIUM_FLAGS, source: 'packaged'})
    expect(readdirSync(cacheRoot)).toEqual([dir.slice(cacheRoot.length + 1)])

    const {executablePath, args} = resolved
    const browser = await chromium.launch({executablePath, args, headless: true})
    try {
      // Two contexts, as the journeys open: the Lambda flags the package suggests break the second.
      for (const text of ['hi', 'again']) {
        const context = await browser.newContext()
        const page = await context.newPage()
        await page.goto(`data:text/html,<h1>${text}</h1>`)
        expect(await page.locator('h1').textContent()).toBe(text)
        expect((await page.screenshot()).length).toBeGreaterThan(1000)
        await context.close()
      }
    } finally {
      await browser.close()
    }
  }, 120_000)

  it('refuses an unpacked folder that other users could write to', async () => {
    const root = join(scratch, 'shared-cache')
    mkdirSync(root)
    mkdirSync(packagedChromiumDir(root), {mode: 0o777})
    chmodSync(packagedChromiumDir(root), 0o777)
    const resolving = resolveChromium({env: {}, systemPath: missing, cacheRoot: root})
    await expect(resolving).rejects.toThrow('is not a private folder')
    expect(existsSync(join(packagedChromiumDir(root), 'chromium'))).toBe(false)
  })
})
