/**
 * The Chromium that comes with the `@sparticuz/chromium` dev dependency: a headless shell shipped
 * brotli-compressed inside the package, unpacked on first use into a folder of the temp directory.
 *
 * The package itself unpacks into the shared `/tmp/chromium`, `/tmp/fonts` and `/tmp/*.so`, and
 * returns `/tmp/chromium` as soon as that file exists, even half written. Two Jest workers starting
 * at once would then launch a truncated binary, and on a shared machine `/tmp/chromium` may belong
 * to (or have been planted by) another user. So the package runs in a child process whose TMPDIR
 * is a fresh private staging folder, and the finished folder is renamed into place: a rename is
 * atomic, so a process sees either no browser or a complete one. Concurrent first uses each unpack
 * (about 2 s) and the first rename wins; the others throw their copy away. No lock, so nothing can
 * be left locked by a killed process.
 */
import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, relative} from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'

const run = promisify(execFile)
const MANIFEST = 'manifest.json'

/** The package's entry point and version (its `exports` hides package.json from require). */
function packageInfo(): {entry: string; version: string} {
  const entry = require.resolve('@sparticuz/chromium')
  const {version} = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {version: string}
  return {entry, version}
}

/** Where this user's copy of this version lives: one folder per version, so an upgrade unpacks afresh. */
export function packagedChromiumDir(cacheRoot = tmpdir()): string {
  const uid = process.getuid?.() ?? 'user'
  return join(cacheRoot, `meridian-chromium-${packageInfo().version}-${uid}`)
}

/** Sizes of every file under `dir`, by relative path. */
function listSizes(dir: string, root = dir, sizes: Record<string, number> = {}): Record<string, number> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) listSizes(path, root, sizes)
    else if (entry.isFile()) sizes[relative(root, path)] = statSync(path).size
  }
  return sizes
}

/**
 * Whether `dir` holds a complete unpacked browser. A folder that is not this user's alone is refused
 * rather than used: whoever can write to it chooses what the tests execute.
 */
function isComplete(dir: string): boolean {
  if (!existsSync(dir)) return false
  const stat = statSync(dir)
  const uid = process.getuid?.()
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o022) !== 0) {
    throw new Error(`${dir} is not a private folder of this user; remove it so the packaged Chromium can be unpacked`)
  }
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Record<string, number>
    // A temp cleaner may have deleted or truncated files in a folder it left in place.
    const sizeOf = (file: string) => statSync(join(dir, file), {throwIfNoEntry: false})?.size
    return Object.entries(manifest).every(([file, size]) => sizeOf(file) === size)
  } catch {
    return false
  }
}

/** Moves a damaged copy aside (atomically, so no other process sees it half deleted) and deletes it. */
function discard(dir: string) {
  const aside = `${dir}.discarded-${process.pid}-${Date.now()}`
  try {
    renameSync(dir, aside)
  } catch {
    return // another process got there first
  }
  rmSync(aside, {recursive: true, force: true})
}

/** Unpacks with the package's own code, into a private staging folder next to `dir`. */
async function unpackInto(staging: string, entry: string): Promise<void> {
  const script = 'const m = await import(process.argv[1]); process.stdout.write(await m.default.executablePath())'
  const {stdout} = await run(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(entry).href], {
    env: {...process.env, TMPDIR: staging},
    maxBuffer: 1 << 20,
  })
  if (stdout !== join(staging, 'chromium')) throw new Error(`@sparticuz/chromium unpacked to ${stdout}, not ${staging}`)
  writeFileSync(join(staging, MANIFEST), JSON.stringify(listSizes(staging)))
}

/**
 * The path of the packaged browser's executable, unpacking it first if this user has no complete
 * copy. Safe to call from several processes at once; not memoized (see `packagedChromium`).
 */
export async function unpackPackagedChromium(cacheRoot = tmpdir()): Promise<string> {
  const dir = packagedChromiumDir(cacheRoot)
  if (isComplete(dir)) return join(dir, 'chromium')
  if (existsSync(dir)) discard(dir)
  // mkdtemp: an unpredictable name, mode 0700.
  const staging = mkdtempSync(`${dir}.staging-`)
  try {
    await unpackInto(staging, packageInfo().entry)
    try {
      renameSync(staging, dir)
    } catch (err) {
      // Another process finished first (the target exists and is not empty): use its copy.
      if (!isComplete(dir)) throw new Error(`could not put the packaged Chromium at ${dir}: ${(err as Error).message}`)
    }
  } finally {
    rmSync(staging, {recursive: true, force: true})
  }
  return join(dir, 'chromium')
}

const pending = new Map<string, Promise<string>>()

/** `unpackPackagedChromium`, once per process and cache folder (each suite of a worker asks again). */
export function packagedChromium(cacheRoot = tmpdir()): Promise<string> {
  let path = pending.get(cacheRoot)
  if (!path) {
    path = unpackPackagedChromium(cacheRoot)
    pending.set(cacheRoot, path)
    path.catch(() => pending.delete(cacheRoot))
  }
  return path
}
