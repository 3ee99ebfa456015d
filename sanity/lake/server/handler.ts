import type {IncomingMessage, ServerResponse} from 'node:http'
import {callerOf, canReadPrivate, requireWrite, type Caller, type TokenGrant} from './auth'
import {readJsonBody} from './body'
import {LakeError, badRequest, notFound} from '../errors'
import {isPublicId} from '../store/ids'
import type {Lake} from '../lake'
import {QueryGuard} from './queryGuard'
import {applyCors, checkHost, checkWriteOrigin, type CorsOrigin} from './origins'
import {parsePerspective} from '../views/perspectives'
import {flag, refuseUnsupportedOptions} from './options'
import type {Perspective} from '../types'
import {KeyValueStore} from '../studio/account'
import {checkTransactionId} from '../studio/actions'
import {serveAsset} from './assets'
import {routeStudio, routeStudioData} from '../studio/routes'

export interface HandlerOptions {
  lake: Lake
  dataset: string
  grants: TokenGrant[]
  /** The project id the Studio is configured with; it names asset paths (default "local"). */
  projectId?: string
  /** Browser origins that get CORS headers (none by default: server-side clients need none). */
  corsOrigins?: CorsOrigin[]
  /** Host names besides the local ones that requests may address. */
  allowedHosts?: string[]
  /** Time limit of one query, in ms (LAKE_QUERY_TIMEOUT_MS; default 5000). */
  queryTimeoutMs?: number
  /** The lake's public origin (LAKE_PUBLIC_URL), for uploaded assets' absolute URLs. */
  publicUrl?: string
  log?: (line: string) => void
}

type Route = (ctx: RequestContext) => Promise<void> | void

interface RequestContext {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  /** Path after the `/v<version>` prefix, split on `/`. */
  parts: string[]
  apiVersion: string
  caller: Caller
  options: HandlerOptions
  keyValues: KeyValueStore
}

/** One request handler for the subset of Sanity's HTTP API the client, the site and the Studio use. */
export function createLakeHandler(options: HandlerOptions) {
  const keyValues = new KeyValueStore()
  return async (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now()
    try {
      checkHost(req, options.allowedHosts ?? [])
      applyCors(req, res, options.corsOrigins ?? [])
      if (req.method === 'OPTIONS') return void res.writeHead(204).end()
      checkWriteOrigin(req, options.corsOrigins ?? [])
      const url = new URL(req.url ?? '/', 'http://lake.local')
      // Image and file URLs carry no API version: /images/<project>/<dataset>/<file>.
      if (serveAsset(req, res, url.pathname, options.lake)) return
      const match = /^\/v(1|X|\d{4}-\d{2}-\d{2})(\/.*)?$/.exec(url.pathname)
      if (!match) throw notFound(`Unknown path ${url.pathname}: expected /v<apiVersion>/...`)
      const ctx: RequestContext = {
        req,
        res,
        url,
        parts: (match[2] ?? '/').split('/').filter(Boolean).map(decodePathPart),
        apiVersion: match[1],
        caller: callerOf(req.headers, options.grants),
        options,
        keyValues,
      }
      await route(ctx)
    } catch (err) {
      const error = err instanceof LakeError ? err : internal(err, options)
      if (!res.headersSent) sendJson(res, error.status, error.body)
      else res.end()
    } finally {
      options.log?.(`${req.method} ${req.url?.split('?')[0]} ${res.statusCode} ${Date.now() - started}ms`)
    }
  }
}

async function route(ctx: RequestContext): Promise<void> {
  const [area, action, dataset] = ctx.parts
  if (area === 'ping' || (area === 'data' && action === 'ping')) return sendJson(ctx.res, 200, {ok: true})
  if (area !== 'data') return routeStudio(studioContext(ctx))
  if (!action) throw notFound(`Unknown endpoint /${ctx.parts.join('/')}`)
  if (dataset !== ctx.options.dataset) throw notFound(`Dataset "${dataset}" not found`)
  if (await routeStudioData(studioContext(ctx), action)) return
  const handler: Route | undefined = ROUTES[`${ctx.req.method} ${action}`]
  if (!handler) throw notFound(`Unknown endpoint ${ctx.req.method} /data/${action}`)
  await handler(ctx)
}

function studioContext(ctx: RequestContext) {
  const {options} = ctx
  const send = (status: number, body: unknown) => sendJson(ctx.res, status, body)
  return {
    ...ctx,
    lake: options.lake,
    projectId: options.projectId ?? 'local',
    dataset: options.dataset,
    publicUrl: options.publicUrl,
    send,
    log: options.log,
  }
}

const ROUTES: Record<string, Route> = {
  'GET query': (ctx) => {
    refuseUnsupportedOptions('query', ctx.url.searchParams)
    const params: Record<string, unknown> = {}
    for (const [key, value] of ctx.url.searchParams) {
      if (!key.startsWith('$')) continue
      try {
        params[key.slice(1)] = JSON.parse(value)
      } catch {
        throw badRequest(`Parameter "${key}" is not valid JSON`, 'queryParseError')
      }
    }
    return answerQuery(ctx, ctx.url.searchParams.get('query'), params)
  },
  'POST query': async (ctx) => {
    const body = (await readJsonBody(ctx.req)) as {query?: unknown; params?: unknown}
    refuseUnsupportedOptions('query', ctx.url.searchParams, body)
    if (
      body.params !== undefined &&
      (typeof body.params !== 'object' || body.params === null || Array.isArray(body.params))
    ) {
      throw badRequest('"params" must be an object')
    }
    return answerQuery(ctx, body.query, (body.params ?? {}) as Record<string, unknown>)
  },
  'POST mutate': async (ctx) => {
    requireWrite(ctx.caller)
    const body = (await readJsonBody(ctx.req)) as {mutations?: unknown; transactionId?: unknown}
    const transactionId = checkTransactionId(body.transactionId)
    const search = ctx.url.searchParams
    refuseUnsupportedOptions('mutate', search, body)
    // Sanity reads these from the query string; callers also put them in the body, where they count too.
    const outcome = await ctx.options.lake.mutate(body.mutations, {
      transactionId,
      author: ctx.caller.userId,
      dryRun: flag(search, body, 'dryRun'),
      autoGenerateArrayKeys: flag(search, body, 'autoGenerateArrayKeys'),
    })
    // With returnDocuments, Sanity puts each result's document beside its id; the client reads it there.
    const returnDocuments = search.get('returnDocuments') === 'true'
    const byId = new Map(outcome.documents.map((doc) => [doc._id, doc]))
    sendJson(ctx.res, 200, {
      transactionId: outcome.transactionId,
      results: returnDocuments ? outcome.results.map((r) => ({...r, document: byId.get(r.id)})) : outcome.results,
      ...(returnDocuments ? {documents: outcome.documents} : {}),
    })
  },
  'GET doc': (ctx) => {
    refuseUnsupportedOptions('doc', ctx.url.searchParams)
    const ids = (ctx.parts[3] ?? '').split(',').filter(Boolean)
    if (ids.length === 0) throw badRequest('No document ids given')
    const mayReadPrivate = canReadPrivate(ctx.caller)
    const documents = []
    const omitted = []
    for (const id of ids) {
      const doc = ctx.options.lake.store.get(id)
      if (!mayReadPrivate && !isPublicId(id)) omitted.push({id, reason: 'permission'})
      else if (!doc) omitted.push({id, reason: 'existence'})
      else documents.push(doc)
    }
    sendJson(ctx.res, 200, {documents, omitted})
  },
  'GET export': (ctx) => {
    refuseUnsupportedOptions('export', ctx.url.searchParams)
    const mayReadPrivate = canReadPrivate(ctx.caller)
    const types = (ctx.url.searchParams.get('types') ?? '').split(',').filter(Boolean)
    ctx.res.writeHead(200, {'content-type': 'application/x-ndjson'})
    for (const doc of ctx.options.lake.store.all()) {
      if (types.length > 0 && !types.includes(doc._type)) continue
      if (mayReadPrivate || isPublicId(doc._id)) ctx.res.write(JSON.stringify(doc) + '\n')
    }
    ctx.res.end()
  },
}

async function answerQuery(ctx: RequestContext, query: unknown, params: Record<string, unknown>) {
  if (typeof query !== 'string' || query.trim() === '') throw badRequest('Missing "query"', 'queryParseError')
  const perspective = perspectiveOf(ctx)
  const started = performance.now()
  // A client that hangs up stops its query: 'close' before the answer was written means it left.
  const gone = new AbortController()
  const onClose = () => ctx.res.writableFinished || gone.abort()
  ctx.res.once('close', onClose)
  const guard = new QueryGuard({timeoutMs: ctx.options.queryTimeoutMs, signal: gone.signal})
  let result: unknown
  try {
    result = await ctx.options.lake.query(query, params, perspective, canReadPrivate(ctx.caller), undefined, guard)
  } finally {
    ctx.res.off('close', onClose)
  }
  const ms = Math.round(performance.now() - started)
  const returnQuery = ctx.url.searchParams.get('returnQuery') !== 'false'
  sendJson(ctx.res, 200, {result, ms, ...(returnQuery ? {query} : {})})
}

function perspectiveOf(ctx: RequestContext): Perspective {
  const requested = ctx.url.searchParams.get('perspective')
  // Sanity switched the default from raw to published, and began to show release versions in raw,
  // with API version 2025-02-19.
  const current = /^\d/.test(ctx.apiVersion) && ctx.apiVersion >= '2025-02-19'
  if (!requested) return current ? 'published' : 'rawWithoutVersions'
  // A release is a `_.releases.<name>` system document, as in Sanity's Content Releases.
  const releaseExists = (name: string) => ctx.options.lake.store.get(`_.releases.${name}`) !== undefined
  return parsePerspective(requested, current, releaseExists)
}

function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    throw badRequest(`Malformed percent-encoding in path segment "${part}"`)
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  const payload = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  })
  res.end(payload)
}

function internal(err: unknown, options: HandlerOptions): LakeError {
  options.log?.(`internal error: ${(err as Error)?.stack ?? String(err)}`)
  return new LakeError(
    500,
    {error: {type: 'internalError', description: 'Internal error in the local Content Lake'}},
    'internal',
  )
}
