import {encodeSignatureHeader} from '@sanity/webhook'
import {evaluate, parse, type ExprNode} from 'groq-js'
import {isPublicId} from '../store/ids'
import type {LakeStore} from '../store/store'
import type {DocumentChange, LakeDocument, Transaction} from '../types'

/** Like a webhook in a hosted Sanity project: a GROQ filter, a projection, a secret. */
export interface WebhookConfig {
  name: string
  url: string
  secret: string
  filter: string
  projection: string
}

interface Delivery {
  hook: WebhookConfig
  body: string
  headers: Record<string, string>
  label: string
  attempt: number
}

const MAX_ATTEMPTS = 10
const REQUEST_TIMEOUT_MS = 10_000
const backoffMs = (attempt: number) => Math.min(30_000, 500 * 2 ** attempt)

/**
 * Sends signed webhooks after every committed transaction, for published documents only (as
 * Sanity does by default), and retries with backoff while the receiver is down: the app may
 * start after the lake, or restart, and must still hear of every change.
 */
export class WebhookSender {
  private readonly compiled: Array<{hook: WebhookConfig; filter: ExprNode; projection: ExprNode}>
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly onTransaction = (tx: Transaction) => void this.dispatch(tx)

  constructor(
    private readonly store: LakeStore,
    hooks: WebhookConfig[],
    private readonly log: (line: string) => void = () => {},
  ) {
    // Delta mode gives projections Sanity's before() and after().
    this.compiled = hooks.map((hook) => ({
      hook,
      filter: parse(hook.filter, {mode: 'delta'}),
      projection: parse(hook.projection, {mode: 'delta'}),
    }))
    store.on('transaction', this.onTransaction)
  }

  close(): void {
    this.store.off('transaction', this.onTransaction)
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  private async dispatch(tx: Transaction): Promise<void> {
    for (const change of tx.changes) {
      if (!isPublicId(change.id)) continue
      for (const {hook, filter, projection} of this.compiled) {
        try {
          const payload = await this.payloadFor(change, filter, projection)
          if (payload === undefined) continue
          this.send({
            hook,
            body: JSON.stringify(payload),
            label: `${hook.name} ${operationOf(change)} ${change.id} (tx ${tx.id})`,
            attempt: 0,
            headers: {
              'content-type': 'application/json',
              'sanity-transaction-id': tx.id,
              'sanity-transaction-time': tx.timestamp,
              'sanity-document-id': change.id,
              'sanity-operation': operationOf(change),
              'sanity-webhook-id': hook.name,
              'idempotency-key': `${tx.id}:${change.id}:${hook.name}`,
            },
          })
        } catch (err) {
          this.log(
            `webhook ${hook.name}: could not evaluate filter/projection for ${change.id}: ${(err as Error).message}`,
          )
        }
      }
    }
  }

  private async payloadFor(change: DocumentChange, filter: ExprNode, projection: ExprNode): Promise<unknown> {
    const doc = change.after ?? change.before
    const options = {
      // groq-js only dereferences when the dataset is an array; lookups go through `dereference`.
      dataset: [],
      root: doc,
      before: change.before ?? undefined,
      after: change.after ?? undefined,
      dereference: ({_ref}: {_ref: string}) =>
        isPublicId(_ref) ? ((this.store.get(_ref) as LakeDocument | undefined) ?? null) : null,
    }
    const matches = await (await evaluate(filter, options)).get()
    if (matches !== true) return undefined
    return (await evaluate(projection, options)).get()
  }

  private send(delivery: Delivery): void {
    void this.attempt(delivery)
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const {hook} = delivery
    let outcome: string
    try {
      // Signed afresh on each attempt: receivers refuse signatures older than a few minutes.
      const signature = await encodeSignatureHeader(delivery.body, Date.now(), hook.secret)
      const res = await fetch(hook.url, {
        method: 'POST',
        headers: {...delivery.headers, 'sanity-webhook-signature': signature},
        body: delivery.body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
      if (res.ok) {
        this.log(`webhook ${delivery.label} → ${res.status} (attempt ${delivery.attempt + 1})`)
        return
      }
      outcome = `HTTP ${res.status}`
    } catch (err) {
      outcome = (err as Error).message
    }
    if (delivery.attempt + 1 >= MAX_ATTEMPTS) {
      this.log(`webhook ${delivery.label} failed after ${MAX_ATTEMPTS} attempts (${outcome}); giving up`)
      return
    }
    const wait = backoffMs(delivery.attempt)
    this.log(`webhook ${delivery.label} failed (${outcome}); retrying in ${wait} ms`)
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      void this.attempt({...delivery, attempt: delivery.attempt + 1})
    }, wait)
    timer.unref()
    this.timers.add(timer)
  }
}

function operationOf(change: DocumentChange): 'create' | 'update' | 'delete' {
  return change.before === null ? 'create' : change.after === null ? 'delete' : 'update'
}
