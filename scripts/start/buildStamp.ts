/**
 * Whether the production build in `.next` can be reused: a fingerprint of everything `next build`
 * reads — the app's sources, its configuration, the lock file and the settings that are baked into
 * the output (content store, site URL, public variables). Content is not in it: pages fetch from
 * the content store at request time and revalidate.
 */
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const SOURCE_DIRS = ['app', 'components', 'lib', 'sanity', 'public']
const SOURCE_FILES = [
  'next.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'sanity.config.ts',
  'sanity.cli.ts',
]
/** The lake's own code and the sample edition do not go into the Next build. */
const IGNORED = new Set(['sanity/lake', 'sanity/sample', 'node_modules', '.next', '.data'])
const BAKED_SETTINGS =
  /^(SANITY_PROJECT_ID|SANITY_DATASET|SANITY_API_VERSION|LAKE_URL|LAKE_PORT|SITE_URL|NEXT_PUBLIC_\w+|NEXT_SERVER_ACTIONS_ENCRYPTION_KEY|DEPLOYMENT_ID)$/
const STAMP = '.next/start-build.json'

function* filesUnder(dir: string): Generator<string> {
  if (IGNORED.has(dir) || !existsSync(dir)) return
  for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(path)
    else if (entry.isFile()) yield path
  }
}

export function buildFingerprint(env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256')
  const files = [...SOURCE_DIRS.flatMap((dir) => [...filesUnder(dir)]), ...SOURCE_FILES.filter((f) => existsSync(f))]
  for (const file of files) {
    hash.update(`${file}\0${statSync(file).size}\0`)
    hash.update(readFileSync(file))
  }
  const settings = Object.keys(env)
    .filter((key) => BAKED_SETTINGS.test(key))
    .sort()
    .map((key) => `${key}=${env[key]}`)
  hash.update(settings.join('\n'))
  return hash.digest('hex')
}

export function canReuseBuild(fingerprint: string): boolean {
  if (!existsSync('.next/BUILD_ID') || !existsSync(STAMP)) return false
  try {
    return (JSON.parse(readFileSync(STAMP, 'utf8')) as {fingerprint?: string}).fingerprint === fingerprint
  } catch {
    return false
  }
}

export function recordBuild(fingerprint: string): void {
  writeFileSync(STAMP, JSON.stringify({fingerprint, builtAt: new Date().toISOString()}) + '\n')
}
