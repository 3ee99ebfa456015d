/**
 * Which Chromium the browser tests and `npm run audit`'s Lighthouse drive, so that `npm install`
 * is all the set-up they need:
 *
 *   1. `CHROMIUM_PATH`, when set (an empty value counts as unset). It must name an executable file:
 *      a wrong explicit choice is an error, not a silent fallback to a different browser.
 *   2. The system's `/usr/bin/chromium` (Debian's package), when it is an executable file.
 *   3. The headless shell of the `@sparticuz/chromium` dev dependency, unpacked on first use.
 *
 * Plain Node (no Jest), so `scripts/audit.ts` can import it too.
 */
import {accessSync, constants, statSync} from 'node:fs'
import {packagedChromium} from './packaged-chromium'

/** Headless, and quiet: no first-run UI and no traffic of Chromium's own (updates, sync, pings). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * What the packaged shell needs beyond CHROMIUM_FLAGS: nothing, measured here with the tests' own
 * usage (several contexts per browser, host resolver rules, screenshots). The package's
 * `chromium.args` are for AWS Lambda and are left out on purpose: with its `--single-process`
 * Playwright's second context dies at `newPage` ("Target page, context or browser has been
 * closed"); `--disable-web-security`, `--allow-running-insecure-content` and the site-isolation
 * switches would turn off the very checks (same-origin, mixed content) the tests rely on;
 * `--no-zygote` is not needed off Lambda, and the SwiftShader WebGL switches are moot with
 * `--disable-gpu`.
 */
const PACKAGED_EXTRA_FLAGS: string[] = []

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

export interface ResolvedChromium {
  executablePath: string
  args: string[]
  source: 'env' | 'system' | 'packaged'
}

export interface ResolveOptions {
  /** Where CHROMIUM_PATH is read; process.env unless a test says otherwise. */
  env?: Record<string, string | undefined>
  /** The system browser's path; a test points it at a missing file to stand for a machine without one. */
  systemPath?: string
  /** Parent folder of the packaged browser's unpacked copy; the temp directory by default. */
  cacheRoot?: string
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

export async function resolveChromium(options: ResolveOptions = {}): Promise<ResolvedChromium> {
  const {env = process.env, systemPath = SYSTEM_CHROMIUM, cacheRoot} = options
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) {
    if (!isExecutableFile(fromEnv)) {
      throw new Error(
        `CHROMIUM_PATH is ${JSON.stringify(fromEnv)}, which is not an executable file. Point it at a Chromium ` +
          `or unset it to use ${systemPath} or else the Chromium of the @sparticuz/chromium dev dependency.`,
      )
    }
    return {executablePath: fromEnv, args: CHROMIUM_FLAGS, source: 'env'}
  }
  if (isExecutableFile(systemPath)) return {executablePath: systemPath, args: CHROMIUM_FLAGS, source: 'system'}
  const executablePath = await packagedChromium(cacheRoot)
  return {executablePath, args: [...CHROMIUM_FLAGS, ...PACKAGED_EXTRA_FLAGS], source: 'packaged'}
}
