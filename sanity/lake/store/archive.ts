import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import * as tar from 'tar'
import {fileNameOfAssetId, sha1} from './assetIds'
import type {LakeStore} from './store'

/** `sanity dataset export` writes `<name>.tar.gz`. */
export const isTarball = (path: string) => /\.(tar\.gz|tgz|tar)$/i.test(path)

/**
 * Unpacks an export archive into a temporary folder and returns the folder that holds its
 * `data.ndjson` (Sanity's archives put everything under one top folder) and a cleanup function.
 */
export async function unpackExport(file: string): Promise<{folder: string; cleanup: () => void}> {
  const dir = mkdtempSync(join(tmpdir(), 'lake-import-'))
  const cleanup = () => rmSync(dir, {recursive: true, force: true})
  try {
    // `strict` turns a damaged archive into an error instead of a warning and a partial folder.
    await tar.x({file, cwd: dir, strict: true, preservePaths: false})
    const folder = findDataFolder(dir, 2)
    if (!folder) throw new Error(`${file}: no data.ndjson in the archive`)
    return {folder, cleanup}
  } catch (err) {
    cleanup()
    throw err
  }
}

function findDataFolder(dir: string, depth: number): string | null {
  if (existsSync(join(dir, 'data.ndjson'))) return dir
  if (depth === 0) return null
  for (const name of readdirSync(dir)) {
    const child = join(dir, name)
    if (statSync(child).isDirectory()) {
      const found = findDataFolder(child, depth - 1)
      if (found) return found
    }
  }
  return null
}

// What Sanity's exporter leaves out of an asset's entry in assets.json: it is rebuilt on import.
const NOT_ASSET_METADATA = new Set(['_id', '_type', 'assetId', 'extension', 'mimeType', 'path', 'uploadId', 'url'])

/**
 * Writes the dataset as `sanity dataset export` does: `<name>/data.ndjson` with asset fields as
 * `_sanityAsset` markers, `<name>/assets.json` (asset metadata by `<kind>-<sha1>`) and the files
 * under `images/` and `files/`, packed as a gzipped tar. Sanity's `@sanity/import` reads it.
 */
export async function exportArchive(store: LakeStore, file: string): Promise<{documents: number; assets: number}> {
  const dir = mkdtempSync(join(tmpdir(), 'lake-export-'))
  const name = basename(file).replace(/\.(tar\.gz|tgz)$/i, '') || 'export'
  const root = join(dir, name)
  try {
    mkdirSync(join(root, 'images'), {recursive: true})
    mkdirSync(join(root, 'files'), {recursive: true})
    const assetMap: Record<string, Record<string, unknown>> = {}
    const lines: string[] = []
    let assets = 0
    for (const doc of store.all()) {
      if (doc._type === 'sanity.imageAsset' || doc._type === 'sanity.fileAsset') {
        const stored = store.getAsset(doc._id)
        const fileName = fileNameOfAssetId(doc._id)
        if (!stored || !fileName) continue
        const kind = doc._type === 'sanity.imageAsset' ? 'image' : 'file'
        writeFileSync(join(root, `${kind}s`, fileName), stored.data)
        assetMap[`${kind}-${sha1(stored.data)}`] = Object.fromEntries(
          Object.entries(doc).filter(([key]) => !NOT_ASSET_METADATA.has(key)),
        )
        assets++
        continue
      }
      lines.push(JSON.stringify(withAssetMarkers(doc)))
    }
    writeFileSync(join(root, 'data.ndjson'), lines.length ? lines.join('\n') + '\n' : '')
    writeFileSync(join(root, 'assets.json'), JSON.stringify(assetMap))
    await tar.c({gzip: true, file, cwd: dir, portable: true}, [name])
    return {documents: lines.length, assets}
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

/** `{asset: {_ref: 'image-<sha1>-<w>x<h>-<ext>'}, …}` → `{_sanityAsset: 'image@file://./images/<file>', …}`. */
function withAssetMarkers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withAssetMarkers)
  if (!value || typeof value !== 'object') return value
  const obj = value as Record<string, unknown>
  const ref = (obj.asset as {_ref?: unknown} | undefined)?._ref
  const fileName = typeof ref === 'string' ? fileNameOfAssetId(ref) : null
  const out: Record<string, unknown> = {}
  if (fileName)
    out._sanityAsset = `${(ref as string).split('-')[0]}@file://./${(ref as string).split('-')[0]}s/${fileName}`
  for (const [key, child] of Object.entries(obj)) if (!(fileName && key === 'asset')) out[key] = withAssetMarkers(child)
  return out
}
