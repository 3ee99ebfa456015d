import type {IncomingMessage, ServerResponse} from 'node:http'
import {evaluate, parse, type ExprNode} from 'groq-js'
import {isPublicId} from '../store/ids'
import type {LakeStore} from '../store/store'
import type {DocumentChange, LakeDocument, Transaction} from '../types'

/** Sanity's client drops a stream after 45 s without a byte; a comment line every 15 s keeps it. */
export const KEEP_ALIVE_MS = 15_000

export interface ListenRequest {
  req: IncomingMessage
  res: ServerResponse
  store: LakeStore
  url: URL
  canReadPrivate: boolean
  identity: string
}

/**
 * `GET /data/listen/:dataset`: server-sent events. `welcome` first, then one `mutation` event per
 * document a committed transaction changed, when that document matched the listener's GROQ
 * filter before or after. The Studio chains events by previousRev → resultRev and recognises its
 * own edits by transactionId, so both come straight from the transaction log entry.
 */
export function handleListen({req, res, store, url, canReadPrivate, identity}: ListenRequest): void {
  const search = url.searchParams
  const options = {
    includeResult: search.get('includeResult') !== 'false',
    includePreviousRevision: search.get('includePreviousRevision') === 'true',
    includeMutations: search.get('includeMutations') !== 'false',
    mendoza: search.get('effectFormat') === 'mendoza',
  }
  res.writeHead(200, {'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform'})
  const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)

  let filter: ExprNode
  const params: Record<string, unknown> = {}
  try {
    for (const [key, value] of search) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
    filter = parse(search.get('query') ?? '', {params})
  } catch (err) {
    // Sanity reports a bad listener query on the stream itself; the client raises ChannelError.
    send('channelError', {message: (err as Error).message})
    return void res.end()
  }

  const visible = (doc: LakeDocument | null) => doc !== null && (canReadPrivate || isPublicId(doc._id))
  const dereference = ({_ref}: {_ref: string}) => {
    const doc = store.get(_ref)
    return doc && visible(doc) ? doc : null
  }
  const matches = async (doc: LakeDocument | null) => {
    if (!visible(doc)) return false
    const result = await (await evaluate(filter, {dataset: [doc], params, identity, dereference})).get()
    return Array.isArray(result) ? result.length > 0 : Boolean(result)
  }

  // Transactions are delivered in commit order, even though matching is asynchronous.
  let queue = Promise.resolve()
  const onTransaction = (tx: Transaction) => {
    queue = queue
      .then(async () => {
        const matched: Array<{change: DocumentChange; transition: 'appear' | 'update' | 'disappear'}> = []
        for (const change of tx.changes) {
          const [was, is] = await Promise.all([matches(change.before), matches(change.after)])
          if (was || is) matched.push({change, transition: was && is ? 'update' : is ? 'appear' : 'disappear'})
        }
        matched.forEach(({change, transition}, index) => {
          send('mutation', mutationEvent(tx, change, transition, index, matched.length, options))
        })
      })
      .catch(() => undefined)
  }

  store.on('transaction', onTransaction)
  send('welcome', {listenerName: `lake-${Math.random().toString(36).slice(2, 10)}`})
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS)
  const stop = () => {
    clearInterval(keepAlive)
    store.off('transaction', onTransaction)
  }
  req.once('close', stop)
  res.once('close', stop)
}

function mutationEvent(
  tx: Transaction,
  {id, before, after}: DocumentChange,
  transition: string,
  index: number,
  total: number,
  options: {includeResult: boolean; includePreviousRevision: boolean; includeMutations: boolean; mendoza: boolean},
) {
  return {
    eventId: `${tx.id}#${id}`,
    documentId: id,
    transactionId: tx.id,
    transition,
    identity: tx.author,
    // What the transaction did to this document, as whole-document mutations: the Studio replays
    // them on its copy (the log keeps states, not the mutations that produced them).
    ...(options.includeMutations ? {mutations: [after ? {createOrReplace: after} : {delete: {id}}]} : {}),
    previousRev: before?._rev,
    resultRev: tx.id,
    timestamp: tx.timestamp,
    visibility: 'query',
    transactionTotalEvents: total,
    // Counted from 1, as in the events Sanity's API sends (the client's type comment says 0).
    transactionCurrentEvent: index + 1,
    ...(options.includeResult && after ? {result: after} : {}),
    ...(options.includePreviousRevision ? {previous: before} : {}),
    // Mendoza's "replace the whole value" op; the Studio applies it to the document without _rev.
    ...(options.mendoza ? {effects: {apply: [0, withoutRev(after)], revert: [0, withoutRev(before)]}} : {}),
  }
}

function withoutRev(doc: LakeDocument | null): Omit<LakeDocument, '_rev'> | null {
  if (!doc) return null
  const {_rev: _omitted, ...rest} = doc
  return rest
}
