import {isDraftId, isPublicId, publishedIdOf} from './ids'
import type {LakeStore} from './store'
import type {LakeDocument, Perspective} from './types'

export const PERSPECTIVES: readonly Perspective[] = ['published', 'drafts', 'raw']

/**
 * The documents a request may see, as groq-js's `dataset`. groq-js knows nothing of perspectives
 * or permissions, so the lake filters (and for `drafts`, overlays) before evaluating.
 * Views are cached per store version: reads between writes reuse the same array.
 */
export interface DatasetView {
  docs: LakeDocument[]
  /** The same documents by id: `->` must resolve only to what this request may see. */
  byId: Map<string, LakeDocument>
}

export class DatasetViews {
  private cache = new Map<string, DatasetView>()
  private cachedVersion = -1

  constructor(private readonly store: LakeStore) {}

  view(perspective: Perspective, canReadPrivate: boolean): DatasetView {
    if (this.cachedVersion !== this.store.version) {
      this.cache.clear()
      this.cachedVersion = this.store.version
    }
    const key = `${perspective}:${canReadPrivate}`
    let view = this.cache.get(key)
    if (!view) {
      const docs = build(this.store, perspective, canReadPrivate)
      view = {docs, byId: new Map(docs.map((doc) => [doc._id, doc]))}
      this.cache.set(key, view)
    }
    return view
  }
}

function build(store: LakeStore, perspective: Perspective, canReadPrivate: boolean): LakeDocument[] {
  const visible = (doc: LakeDocument) => canReadPrivate || isPublicId(doc._id)
  const all = [...store.all()].filter(visible)
  if (perspective === 'raw') return all
  const published = all.filter((doc) => !isDraftId(doc._id) && !doc._id.startsWith('versions.'))
  if (perspective === 'published') return published

  // drafts: a draft stands in for its published document, under the published id.
  const byId = new Map(published.map((doc) => [doc._id, doc]))
  for (const doc of all) {
    if (!isDraftId(doc._id)) continue
    const id = publishedIdOf(doc._id)
    byId.set(id, {...doc, _id: id, _originalId: doc._id})
  }
  return [...byId.values()]
}
