import type {IncomingMessage, ServerResponse} from 'node:http'
import {canReadPrivate, requireWrite, type Caller} from '../server/auth'
import {readJsonBody} from '../server/body'
import {notFound} from '../errors'
import type {Lake} from '../lake'
import {KeyValueStore, currentUser, datasetGrants, project, usersById} from './account'
import {checkTransactionId, runActions} from './actions'
import {uploadAsset} from './uploads'
import {handleListen} from './listen'
import {answerHistory} from './history'

export interface StudioContext {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  /** Path after `/v<version>`, split on `/`. */
  parts: string[]
  caller: Caller
  lake: Lake
  projectId: string
  dataset: string
  publicUrl?: string
  keyValues: KeyValueStore
  send: (status: number, body: unknown) => void
  log?: (line: string) => void
}

/**
 * Everything outside `/data/...` that the Studio calls: accounts, the project, assets, and the
 * hosted services the embedded configuration switches off (answered with empty results, so a
 * stray call from the Studio finds "nothing there" instead of an error page).
 */
export async function routeStudio(ctx: StudioContext): Promise<void> {
  const {parts, req, send, caller} = ctx
  const path = parts.join('/')
  const method = req.method ?? 'GET'

  if (path === 'users/me' && method === 'GET') return send(200, currentUser(caller))
  if (path === 'auth/id') return send(200, caller.role ? {id: caller.userId} : {})
  if (path === 'auth/providers') return send(200, {providers: [], thirdPartyLogin: false, sso: {saml: false}})
  if (path === 'auth/logout') return send(200, {})
  if (parts[0] === 'users' && parts[1] === 'me' && parts[2] === 'keyvalue') {
    if (method === 'PUT') return send(200, await ctx.keyValues.put(caller, req))
    return send(200, ctx.keyValues.get(caller.userId, (parts[3] ?? '').split(',').filter(Boolean)))
  }
  if (parts[0] === 'users' && parts.length === 2) return send(200, usersById(parts[1].split(',').filter(Boolean)))

  const datasets = [{name: ctx.dataset, aclMode: 'public', createdAt: new Date(0).toISOString()}]
  // Vision lists datasets through the project host's `/datasets` (client.datasets.list()).
  if (path === 'datasets') return send(200, datasets)
  if (parts[0] === 'projects' && parts[1] !== undefined) {
    if (parts[1] !== ctx.projectId)
      throw notFound(`Project "${parts[1]}" not found: this lake serves "${ctx.projectId}"`)
    const rest = parts.slice(2).join('/')
    if (rest === '') return send(200, project(ctx.projectId, caller))
    if (rest === 'datasets') return send(200, datasets)
    if (rest === `datasets/${ctx.dataset}/acl`) return send(200, datasetGrants(caller))
    if (rest === 'grants') return send(200, {})
    if (rest.startsWith('user-applications') || rest.startsWith('datasets')) return send(200, [])
  }
  if (path === 'features') return send(200, [])

  if (parts[0] === 'assets' && (parts[1] === 'images' || parts[1] === 'files') && method === 'POST') {
    if (parts[2] !== ctx.dataset) throw notFound(`Dataset "${parts[2]}" not found`)
    requireWrite(caller)
    return send(200, await uploadAsset({...ctx, kind: parts[1], author: caller.userId}))
  }

  // Hosted-only services (telemetry, journeys, schedules, comments, tasks, AI assist…): answered
  // as "nothing here"; telemetry explicitly as declined, so the Studio sends none.
  if (path === 'intake/telemetry-status') return send(200, {status: 'denied'})
  if (
    [
      'intake',
      'journey',
      'schedules',
      'descriptors',
      'access',
      'subscriptions',
      'comments',
      'assist',
      'help',
      'media-libraries',
    ].includes(parts[0])
  ) {
    ctx.log?.(`studio: answered hosted-only endpoint /${path} with an empty result`)
    return send(200, {})
  }
  throw notFound(`Unknown endpoint /${path}`)
}

/** The Studio's endpoints under `/data/<action>/:dataset`; false when `action` is not one of them. */
export async function routeStudioData(ctx: StudioContext, action: string): Promise<boolean> {
  const {req, res, url, caller, lake, send} = ctx
  const route = `${req.method} ${action}`
  if (route === 'GET listen') {
    handleListen({req, res, url, store: lake.store, canReadPrivate: canReadPrivate(caller), identity: caller.userId})
  } else if (route === 'POST actions') {
    requireWrite(caller)
    const body = (await readJsonBody(req)) as {actions?: unknown; transactionId?: unknown; dryRun?: unknown}
    const transactionId = checkTransactionId(body.transactionId)
    send(
      200,
      await runActions(lake, body.actions, {transactionId, author: caller.userId, dryRun: body.dryRun === true}),
    )
  } else if (route === 'GET references') {
    // One dataset, so no document in another dataset can refer to one here.
    send(200, {totalCount: 0, references: []})
  } else if (route === 'GET history') {
    if (!canReadPrivate(caller)) throw notFound('History needs a token')
    answerHistory(lake.store, ctx.parts, url, send, res)
  } else return false
  return true
}
