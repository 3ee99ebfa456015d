import type {ServerResponse} from 'node:http'
import {badRequest, notFound} from '../errors'
import {documentsAt, transactionsOn} from '../store/history'
import {documentEvents} from '../store/historyEvents'
import {isValidDocumentId} from '../store/ids'
import {refuseUnsupportedOptions} from '../server/options'
import type {LakeStore} from '../store/store'

const MAX_LIMIT = 10_000

/**
 * `data/history/<dataset>/…`, answered from the transaction log in Sanity's shapes: what the
 * Studio's history panel reads (events, then transactions with mendoza effects, then documents
 * at a revision) and what `client.request` callers read.
 */
export function answerHistory(
  store: LakeStore,
  parts: string[],
  url: URL,
  send: (status: number, body: unknown) => void,
  res: ServerResponse,
): void {
  const search = url.searchParams
  refuseUnsupportedOptions('history', search)
  const [kind, ...rest] = parts.slice(3)
  if (kind === 'events') {
    if (rest[0] === 'releases') return send(200, {events: {}, nextCursor: ''})
    if (rest[0] !== 'documents') throw notFound(`Unknown history endpoint /events/${rest[0] ?? ''}`)
    const [id] = idsOf(rest[1])
    return send(200, documentEvents(store, id, limitOf(search) ?? 100, search.get('nextCursor') ?? ''))
  }
  const ids = idsOf(rest[0])
  if (kind === 'documents') {
    const revision = search.get('revision') ?? undefined
    const time = search.get('time') ?? undefined
    const lastRevision = search.get('lastRevision') === 'true'
    if (revision === undefined && time === undefined && !lastRevision) {
      throw badRequest('History of documents needs "revision", "time" or "lastRevision=true"')
    }
    if (time !== undefined && Number.isNaN(Date.parse(time))) throw badRequest(`"time" is not a timestamp: ${time}`)
    // The log keeps ISO timestamps; compare like with like.
    const at = {revision, time: time && new Date(time).toISOString(), lastRevision}
    return send(200, {documents: documentsAt(store, ids, at)})
  }
  if (kind === 'transactions') {
    const bool = (name: string) => search.get(name) === 'true'
    const effectFormat = search.get('effectFormat')
    if (effectFormat !== null && effectFormat !== 'mendoza') {
      throw badRequest(`Unknown effectFormat "${effectFormat}": the lake answers "mendoza"`)
    }
    const lines = transactionsOn(store, ids, {
      fromTransaction: search.get('fromTransaction') || undefined,
      toTransaction: search.get('toTransaction') || undefined,
      fromTime: timeParam(search, 'fromTime'),
      toTime: timeParam(search, 'toTime'),
      authors: (search.get('authors') ?? '').split(',').filter(Boolean),
      reverse: bool('reverse'),
      limit: limitOf(search),
      mendoza: effectFormat === 'mendoza',
      excludeMutations: bool('excludeMutations'),
      excludeContent: bool('excludeContent'),
      includeIdentifiedDocumentsOnly: bool('includeIdentifiedDocumentsOnly'),
    })
    res.writeHead(200, {'content-type': 'application/x-ndjson'})
    for (const line of lines) res.write(JSON.stringify(line) + '\n')
    return void res.end()
  }
  throw notFound(`Unknown history endpoint /${kind ?? ''}`)
}

function idsOf(part: string | undefined): string[] {
  const ids = (part ?? '').split(',').filter(Boolean)
  if (ids.length === 0) throw badRequest('No document ids given')
  const bad = ids.find((id) => !isValidDocumentId(id))
  if (bad !== undefined) throw badRequest(`Invalid document ID: ${JSON.stringify(bad)}`)
  return ids
}

function limitOf(search: URLSearchParams): number | undefined {
  const raw = search.get('limit')
  if (raw === null) return undefined
  const limit = Number(raw)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw badRequest(`"limit" must be a whole number from 1 to ${MAX_LIMIT}`)
  }
  return limit
}

function timeParam(search: URLSearchParams, name: string): string | undefined {
  const raw = search.get(name)
  if (!raw) return undefined
  if (Number.isNaN(Date.parse(raw))) throw badRequest(`"${name}" is not a timestamp: ${raw}`)
  return new Date(raw).toISOString()
}
