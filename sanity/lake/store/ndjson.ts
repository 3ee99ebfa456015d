import {createReadStream, existsSync, readFileSync, statSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {createInterface} from 'node:readline'
import {DEFAULT_PUBLIC_URL} from './assetIds'
import {replaceAssetMarkers} from './assetImport'
import {isTarball, unpackExport} from './archive'
import {isValidDocumentId, randomId} from './ids'
import {strongReferencesOf} from './references'
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
  /** The lake's public address, for the asset documents' absolute `url` (LAKE_PUBLIC_URL). */
  publicUrl?: string
}

/**
 * Imports an export as `sanity dataset export` writes it: a `.tar.gz` archive, a folder with
 * `data.ndjson`, `assets.json` and `images/` / `files/`, or a bare `.ndjson` file. Documents keep
 * their ids, `_rev` and dates; `_sanityAsset` markers become asset documents and references when
 * their file is present. The file is checked whole before anything is written (JSON, ids, strong
 * references), so a bad export changes nothing.
 */
export async function importNdjson(
  store: LakeStore,
  source: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  if (!isTarball(source)) return importFolderOrFile(store, source, options)
  options.progress?.(`unpacking ${basename(source)}`)
  const {folder, cleanup} = await unpackExport(source)
  try {
    return await importFolderOrFile(store, folder, options)
  } finally {
    cleanup()
  }
}

async function importFolderOrFile(store: LakeStore, source: string, options: ImportOptions): Promise<ImportReport> {
  const started = performance.now()
  const file = statSync(source).isDirectory() ? join(source, 'data.ndjson') : source
  const root = dirname(file)
  const docs = await readDocuments(file, options.progress)
  checkStrongReferences(docs, store)
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
    publicUrl: options.publicUrl ?? DEFAULT_PUBLIC_URL,
  }
  for (const doc of docs) replaceAssetMarkers(doc, ctx)
  if (assetDocs.size > 0) options.progress?.(`stored ${assetDocs.size} asset files`)

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
    if (all.length > batchSize || options.progress)
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

/**
 * The lake refuses a strong reference to a missing document, as hosted Sanity does; an import
 * that would store one is refused whole, naming the first few.
 */
function checkStrongReferences(docs: LakeDocument[], store: LakeStore): void {
  const ids = new Set(docs.map((doc) => doc._id))
  const dangling: string[] = []
  for (const doc of docs) {
    for (const ref of strongReferencesOf(doc)) {
      if (!ids.has(ref) && !store.get(ref)) dangling.push(`"${doc._id}" → "${ref}"`)
    }
  }
  if (dangling.length === 0) return
  throw new Error(
    `${dangling.length} strong reference(s) to documents that are neither in the export nor in the lake: ` +
      `${dangling.slice(0, 5).join(', ')}${dangling.length > 5 ? ', …' : ''} ` +
      '(make them weak with "_weak": true, or include the documents)',
  )
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
