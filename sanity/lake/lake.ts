import {mutationError} from './errors'
import {randomId} from './store/ids'
import {planTransaction, type MutationResult} from './store/mutations'
import {StrongReferenceIndex, checkReferenceIntegrity} from './store/references'
import {DatasetViews} from './views/perspectives'
import {runQuery} from './query/run'
import type {QueryLimits} from './query/guardedScans'
import type {LakeStore} from './store/store'
import type {LakeDocument, Perspective} from './types'

export interface MutateOptions {
  transactionId?: string
  author: string
  dryRun?: boolean
  autoGenerateArrayKeys?: boolean
}

export interface MutateOutcome {
  transactionId: string
  results: MutationResult[]
  documents: LakeDocument[]
}

/** The dataset's operations, independent of HTTP: queries over a perspective, atomic transactions. */
export class Lake {
  readonly views: DatasetViews
  readonly references: StrongReferenceIndex
  // Transactions run one at a time: planning is async (queries), and two interleaved plans
  // could both see "no such document" and both create it.
  private queue: Promise<unknown> = Promise.resolve()

  /** False answers every query with plain groq-js scans (LAKE_INDEXES=off, for comparison). */
  readonly useIndexes: boolean

  constructor(
    readonly store: LakeStore,
    {useIndexes = true}: {useIndexes?: boolean} = {},
  ) {
    this.views = new DatasetViews(store)
    this.references = new StrongReferenceIndex(store)
    this.useIndexes = useIndexes
  }

  /** `guard` limits an HTTP query (time, client presence, cost); in-process callers pass none. */
  async query(
    query: string,
    params: Record<string, unknown>,
    perspective: Perspective,
    canReadPrivate: boolean,
    useIndexes = this.useIndexes,
    guard?: QueryLimits,
  ) {
    return runQuery({query, params, view: this.views.view(perspective, canReadPrivate), useIndexes, guard})
  }

  mutate(mutations: unknown, options: MutateOptions): Promise<MutateOutcome> {
    const run = this.queue.then(() => this.mutateNow(mutations, options))
    this.queue = run.catch(() => undefined)
    return run
  }

  private async mutateNow(
    mutations: unknown,
    {transactionId, author, dryRun, autoGenerateArrayKeys}: MutateOptions,
  ): Promise<MutateOutcome> {
    const txId = transactionId ?? randomId()
    if (this.store.hasTransaction(txId)) {
      throw mutationError(409, {
        index: 0,
        error: {type: 'transactionIdConflict', description: `Transaction ID "${txId}" has already been used`},
      })
    }
    const now = new Date().toISOString()
    const {changes, results, indexOf} = await planTransaction(mutations, {
      txId,
      now,
      autoGenerateArrayKeys,
      get: (id) => this.store.get(id),
      queryIds: async (query, params) => {
        const ids = await this.query(query, params, 'raw', true)
        return Array.isArray(ids)
          ? ids.map((doc) => (typeof doc === 'string' ? doc : (doc as LakeDocument)?._id)).filter(Boolean)
          : []
      },
    })
    checkReferenceIntegrity(
      changes,
      (id) => this.store.get(id) !== undefined,
      (id) => this.references.referrersOf(id),
      indexOf,
    )
    if (!dryRun && changes.length > 0) this.store.commit({id: txId, timestamp: now, author, changes})
    const documents = changes.map((c) => c.after).filter((doc): doc is LakeDocument => doc !== null)
    return {transactionId: txId, results, documents}
  }
}
