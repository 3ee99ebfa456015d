import {createReadStream, existsSync, readFileSync, statSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {createInterface} from 'node:readline'
import {assetIdOfFileName, mimeTypeOf, sha1} from './assetIds'
import {isValidDocumentId, randomId} from './ids'
import type {LakeStore} from './store'
import type {DocumentChange, LakeDocument} from '../types'

export interface ImportReport {
  documents: number
  assets: number
  /** Asset files the export refers to but does not contain; the documents still import. */
  missingFiles: string[]
  seconds: number
}

export interface ImportOptions {
  /** Replace documents that already exist (default: keep what is stored). */
  replace?: boolean
  projectId?: string
  dataset?: string
  batchSize?: number
  progress?: (line: string) => void
}

/**
 * Imports an NDJSON export (`sanity dataset export` format: a `data.ndjson` file, or a folder with
 * `data.ndjson`, `assets.json` and `images/`). Documents keep their ids, `_rev` and dates;
 * `_sanityAsset` markers become asset documents and references when their file is present.
 * The file is checked whole before anything is written, so a bad line changes nothing.
 */
export async function importNdjson(
  store: LakeStore,
  source: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now()
  const file = statSync(source).isDirectory() ? join(source, 'data.ndjson') : source
  const root = dirname(file)
  const docs = await readDocuments(file, options.progress)
  const assetMeta = readAssetMeta(root)
  const missingFiles: string[] = []
  const assetDocs = new Map<string, LakeDocument>()
  const ctx = {
    root,
    assetMeta,
    missingFiles,
    assetDocs,
    store,
    projectId: options.projectId ?? 'local',
    dataset: options.dataset ?? 'production',
  }
  for (const doc of docs) replaceAssetMarkers(doc, ctx)

  const all = [...assetDocs.values(), ...docs]
  const batchSize = options.batchSize ?? 2000
  let written = 0
  for (let i = 0; i < all.length; i += batchSize) {
    const changes: DocumentChange[] = []
    const txId = randomId()
    const now = new Date().toISOString()
    for (const doc of all.slice(i, i + batchSize)) {
      const before = store.get(doc._id) ?? null
      if (before && !options.replace) continue
      // Exports carry _rev and dates; hand-written datasets may not, and every stored document needs them.
      const after = {
        ...doc,
        _rev: doc._rev ?? txId,
        _createdAt: doc._createdAt ?? now,
        _updatedAt: doc._updatedAt ?? doc._createdAt ?? now,
      }
      changes.push({id: doc._id, before, after})
    }
    if (changes.length) store.commit({id: txId, timestamp: now, author: 'import', changes})
    written += changes.length
    if (all.length > batchSize)
      options.progress?.(progressBar(Math.min(i + batchSize, all.length), all.length, 'stored'))
  }
  return {documents: written, assets: assetDocs.size, missingFiles, seconds: (performance.now() - started) / 1000}
}

async function readDocuments(file: string, progress?: (line: string) => void): Promise<LakeDocument[]> {
  const total = statSync(file).size
  let bytes = 0
  let lineNo = 0
  const docs: LakeDocument[] = []
  const seen = new Set<string>()
  const lines = createInterface({input: createReadStream(file, 'utf8'), crlfDelay: Infinity})
  for await (const line of lines) {
    lineNo++
    bytes += Buffer.byteLength(line) + 1
    if (!line.trim()) continue
    let doc: LakeDocument
    try {
      doc = JSON.parse(line)
    } catch (err) {
      throw new Error(`${basename(file)} line ${lineNo}: not valid JSON (${(err as Error).message})`)
    }
    if (!doc || typeof doc !== 'object' || !isValidDocumentId(doc._id) || typeof doc._type !== 'string') {
      throw new Error(`${basename(file)} line ${lineNo}: a document needs a valid "_id" and a "_type"`)
    }
    if (seen.has(doc._id)) throw new Error(`${basename(file)} line ${lineNo}: duplicate _id "${doc._id}"`)
    seen.add(doc._id)
    docs.push(doc)
    if (progress && lineNo % 20000 === 0) progress(progressBar(bytes, total, 'read'))
  }
  return docs
}

function readAssetMeta(root: string): Record<string, Record<string, unknown>> {
  const path = join(root, 'assets.json')
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {}
}

interface AssetContext {
  root: string
  assetMeta: Record<string, Record<string, unknown>>
  missingFiles: string[]
  assetDocs: Map<string, LakeDocument>
  store: LakeStore
  projectId: string
  dataset: string
}

function replaceAssetMarkers(value: unknown, ctx: AssetContext): void {
  if (Array.isArray(value)) return value.forEach((v) => replaceAssetMarkers(v, ctx))
  if (!value || typeof value !== 'object') return
  const obj = value as Record<string, unknown>
  if (typeof obj._sanityAsset === 'string') {
    const assetId = importAsset(obj._sanityAsset, ctx)
    if (assetId) {
      delete obj._sanityAsset
      obj.asset = {_type: 'reference', _ref: assetId}
    }
    return
  }
  for (const v of Object.values(obj)) replaceAssetMarkers(v, ctx)
}

/** `image@file://./images/<sha1>-<w>x<h>.<ext>` → an asset document id, or null if the file is missing. */
function importAsset(marker: string, ctx: AssetContext): string | null {
  const m = /^(image|file)@file:\/\/\.\/(.+)$/.exec(marker)
  const kind = m?.[1] as 'image' | 'file' | undefined
  const relative = m?.[2]
  const assetId = kind && relative ? assetIdOfFileName(kind, basename(relative)) : null
  if (!kind || !relative || !assetId) {
    ctx.missingFiles.push(`${marker} (not a recognised asset reference)`)
    return null
  }
  const path = join(ctx.root, relative)
  if (!existsSync(path)) {
    if (!ctx.missingFiles.includes(relative)) ctx.missingFiles.push(relative)
    return null
  }
  if (ctx.assetDocs.has(assetId)) return assetId
  const data = readFileSync(path)
  const hash = sha1(data)
  const extension = relative.split('.').pop()!.toLowerCase()
  const fileName = basename(relative)
  const meta = ctx.assetMeta[`${kind}-${fileName.split('-')[0].split('.')[0]}`] ?? {}
  const storagePath = `${kind}s/${ctx.projectId}/${ctx.dataset}/${fileName}`
  ctx.store.putAsset(assetId, mimeTypeOf(extension), data)
  ctx.assetDocs.set(assetId, {
    ...meta,
    _id: assetId,
    _type: kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    assetId: hash,
    sha1hash: hash,
    extension,
    mimeType: mimeTypeOf(extension),
    size: data.length,
    path: storagePath,
    url: `/${storagePath}`,
  })
  return assetId
}

function progressBar(done: number, total: number, verb: string): string {
  const width = 30
  const filled = Math.round((done / Math.max(total, 1)) * width)
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round((done / Math.max(total, 1)) * 100)}% ${verb}`
}

/** Every document (and, with `includePrivate`, drafts and dotted ids) as NDJSON lines. */
export function* exportNdjson(store: LakeStore, includePrivate = true): Generator<string> {
  for (const doc of store.all()) {
    if (includePrivate || !doc._id.includes('.')) yield JSON.stringify(doc) + '\n'
  }
}
