import {isDraftId, isPublicId, publishedIdOf} from '../store/ids'
import type {LakeStore} from '../store/store'
import type {LakeDocument, Perspective, Transaction} from '../types'
import {View} from './view'

export const PERSPECTIVES: readonly Perspective[] = ['published', 'drafts', 'raw']

/**
 * The documents a request may see, as groq-js's `dataset`. groq-js knows nothing of perspectives
 * or permissions, so the lake filters (and for `drafts`, overlays) before evaluating. Each view is
 * built once and then updated per committed change, so a write does not cost a rebuild.
 */
export class DatasetViews {
  private readonly views = new Map<string, {view: View; perspective: Perspective; canReadPrivate: boolean}>()

  constructor(private readonly store: LakeStore) {
    store.on('transaction', (tx: Transaction) => {
      for (const {view, perspective, canReadPrivate} of this.views.values()) {
        for (const change of tx.changes) this.refresh(view, perspective, canReadPrivate, change.id)
      }
    })
  }

  view(perspective: Perspective, canReadPrivate: boolean): View {
    const key = `${perspective}:${canReadPrivate}`
    let entry = this.views.get(key)
    if (!entry) {
      const view = new View()
      for (const doc of this.store.all())
        if (!isDraftId(doc._id)) this.refresh(view, perspective, canReadPrivate, doc._id)
      for (const doc of this.store.all())
        if (isDraftId(doc._id)) this.refresh(view, perspective, canReadPrivate, doc._id)
      entry = {view, perspective, canReadPrivate}
      this.views.set(key, entry)
    }
    return entry.view
  }

  /** Recomputes what `view` shows for the document `id` (or its published counterpart). */
  private refresh(view: View, perspective: Perspective, canReadPrivate: boolean, id: string) {
    const visible = (doc: LakeDocument | undefined) =>
      doc && (canReadPrivate || isPublicId(doc._id)) ? doc : undefined
    if (perspective === 'raw') return view.set(id, visible(this.store.get(id)) ?? null)
    if (id.startsWith('versions.')) return
    if (perspective === 'published') {
      if (!isDraftId(id)) view.set(id, visible(this.store.get(id)) ?? null)
      return
    }
    // drafts: a draft stands in for its published document, under the published id.
    const publishedId = publishedIdOf(id)
    const draft = visible(this.store.get(`drafts.${publishedId}`))
    const published = visible(this.store.get(publishedId))
    view.set(publishedId, draft ? {...draft, _id: publishedId, _originalId: draft._id} : (published ?? null))
  }
}
