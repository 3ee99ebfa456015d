import {Mutation} from '@sanity/mutator'
import {randomBytes} from 'node:crypto'
import {badRequest, mutationError} from '../errors'
import {isValidDocumentId, randomId} from './ids'
import type {DocumentChange, LakeDocument} from '../types'

export type Operation = 'create' | 'update' | 'delete' | 'none'

export interface MutationResult {
  id: string
  operation: Operation
}

export interface PlanContext {
  txId: string
  now: string
  /** The committed document with this id, if any. */
  get: (id: string) => LakeDocument | undefined
  /** Ids matched by a GROQ query, for delete/patch by query. */
  queryIds: (query: string, params: Record<string, unknown>) => Promise<string[]>
  /** Give array items that are objects without `_key` a generated one (Sanity's autoGenerateArrayKeys). */
  autoGenerateArrayKeys?: boolean
}

const PATCH_KEYS = new Set([
  'id',
  'query',
  'params',
  'ifRevisionID',
  'set',
  'setIfMissing',
  'unset',
  'inc',
  'dec',
  'insert',
  'diffMatchPatch',
])

/**
 * Works out what a list of mutations does, without writing anything: the caller commits the
 * returned changes in one transaction, so a failure at mutation N leaves the dataset untouched.
 */
export async function planTransaction(mutations: unknown, ctx: PlanContext) {
  if (!Array.isArray(mutations) || mutations.length === 0) {
    throw badRequest('Request body must have a non-empty "mutations" array')
  }
  const working = new Map<string, LakeDocument | null>()
  // The last mutation that wrote each document: the `index` of an error found after planning.
  const writtenBy = new Map<string, number>()
  const current = (id: string) => (working.has(id) ? working.get(id)! : (ctx.get(id) ?? null))
  const results: MutationResult[] = []

  for (const [index, mutation] of mutations.entries()) {
    const fail = (status: number, type: string, description: string, id?: string): never => {
      throw mutationError(status, {index, error: {type, description, ...(id ? {id} : {})}})
    }
    if (!isObject(mutation) || Object.keys(mutation).length !== 1) {
      fail(400, 'invalidMutation', 'Each mutation must be an object with exactly one operation key')
    }
    const [kind, given] = Object.entries(mutation as Record<string, unknown>)[0]
    const body = ctx.autoGenerateArrayKeys ? withArrayKeys(given) : given
    const write = (id: string, doc: LakeDocument | null) => {
      working.set(id, doc)
      writtenBy.set(id, index)
    }

    switch (kind) {
      case 'create':
      case 'createOrReplace':
      case 'createIfNotExists': {
        if (!isObject(body)) return fail(400, 'invalidMutation', `"${kind}" needs a document`)
        const doc = body as Partial<LakeDocument>
        if (typeof doc._type !== 'string' || doc._type === '') {
          fail(400, 'invalidMutation', 'A document needs a non-empty string "_type"')
        }
        const id = resolveNewId(doc._id, kind, fail)
        const existing = current(id)
        if (existing && kind === 'create') {
          fail(409, 'documentAlreadyExistsError', `Document by ID "${id}" already exists`, id)
        }
        if (existing && kind === 'createIfNotExists') {
          results.push({id, operation: 'none'})
          break
        }
        write(id, {
          ...doc,
          _id: id,
          _type: doc._type as string,
          _createdAt: existing?._createdAt ?? (typeof doc._createdAt === 'string' ? doc._createdAt : ctx.now),
          _updatedAt: ctx.now,
          _rev: ctx.txId,
        })
        results.push({id, operation: existing ? 'update' : 'create'})
        break
      }
      case 'delete': {
        if (!isObject(body)) return fail(400, 'invalidMutation', '"delete" needs an "id" or a "query"')
        const ids = await targetIds(body as Record<string, unknown>, ctx, fail)
        for (const id of ids) {
          if (current(id)) write(id, null)
          results.push({id, operation: 'delete'})
        }
        break
      }
      case 'patch': {
        if (!isObject(body)) return fail(400, 'invalidMutation', '"patch" needs an "id" or a "query"')
        const patch = body as Record<string, unknown>
        const unknown = Object.keys(patch).filter((key) => !PATCH_KEYS.has(key))
        if (unknown.length) fail(400, 'invalidMutation', `Unknown patch operation "${unknown[0]}"`)
        const ids = await targetIds(patch, ctx, fail)
        for (const id of ids) {
          const before = current(id)
          if (!before) return fail(409, 'documentNotFoundError', `Document "${id}" not found`, id)
          if (typeof patch.ifRevisionID === 'string' && before._rev !== patch.ifRevisionID) {
            fail(
              409,
              'conflict',
              `Document "${id}" has unexpected revision ID ("${before._rev}"), expected "${patch.ifRevisionID}"`,
              id,
            )
          }
          write(
            id,
            applyPatch(before, id, patch, ctx, (msg) => fail(400, 'invalidPatch', msg, id)),
          )
          results.push({id, operation: 'update'})
        }
        break
      }
      default:
        fail(400, 'invalidMutation', `Unknown mutation type "${kind}"`)
    }
  }

  const changes: DocumentChange[] = []
  for (const [id, after] of working) {
    const before = ctx.get(id) ?? null
    if (before || after) changes.push({id, before, after})
  }
  return {changes, results, indexOf: (id: string) => writtenBy.get(id) ?? 0}
}

function resolveNewId(id: unknown, kind: string, fail: (s: number, t: string, d: string) => never): string {
  if (id === undefined) return randomId()
  // Sanity's convention: an id ending in "." asks the server to generate the rest (e.g. "drafts.").
  if (typeof id === 'string' && id.endsWith('.') && isValidDocumentId(id + 'x')) return id + randomId()
  if (!isValidDocumentId(id)) fail(400, 'invalidMutation', `Invalid document ID in "${kind}": ${JSON.stringify(id)}`)
  return id as string
}

async function targetIds(
  body: Record<string, unknown>,
  ctx: PlanContext,
  fail: (s: number, t: string, d: string) => never,
): Promise<string[]> {
  if (typeof body.id === 'string') {
    if (!isValidDocumentId(body.id)) fail(400, 'invalidMutation', `Invalid document ID: ${JSON.stringify(body.id)}`)
    return [body.id]
  }
  if (typeof body.query === 'string') {
    const params = isObject(body.params) ? (body.params as Record<string, unknown>) : {}
    return ctx.queryIds(body.query, params)
  }
  return fail(400, 'invalidMutation', 'A delete or patch needs a string "id" or "query"')
}

function applyPatch(
  doc: LakeDocument,
  id: string,
  patch: Record<string, unknown>,
  ctx: PlanContext,
  fail: (message: string) => never,
): LakeDocument {
  const {query: _q, params: _p, ifRevisionID: _r, ...operations} = patch
  let patched: LakeDocument | null
  try {
    patched = new Mutation({mutations: [{patch: {...operations, id}}]}).apply(doc) as LakeDocument | null
  } catch (err) {
    return fail(`Could not apply patch: ${(err as Error).message}`)
  }
  if (!patched || patched._id !== id) return fail('A patch cannot change "_id"')
  if (typeof patched._type !== 'string' || patched._type === '') return fail('A patch cannot remove "_type"')
  // `_createdAt` may be set, as in Sanity (importers restore it); `_updatedAt` and `_rev` are the server's.
  const createdAt = typeof patched._createdAt === 'string' ? patched._createdAt : doc._createdAt
  return {...patched, _createdAt: createdAt, _updatedAt: ctx.now, _rev: ctx.txId}
}

/**
 * A copy of a mutation's values in which every object inside an array has a `_key`. Sanity keys
 * are short random strings; 12 hex characters, as its own generated keys are.
 */
function withArrayKeys(value: unknown, inArray = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withArrayKeys(item, true))
  if (!isObject(value)) return value
  const copy: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) copy[key] = withArrayKeys(child)
  if (inArray && typeof copy._key !== 'string') copy._key = randomBytes(6).toString('hex')
  return copy
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
