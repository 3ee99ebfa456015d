import {badRequest} from '../errors'
import {isDraftId, isPublicId, publishedIdOf} from '../store/ids'
import type {LakeStore} from '../store/store'
import type {LakeDocument, Perspective, Transaction} from '../types'
import {View} from './view'

/** A release name as Sanity allows it in a perspective stack (and in `versions.<release>.<id>`). */
const RELEASE_NAME = /^[a-zA-Z0-9_-]{1,64}$/

/**
 * The `perspective` parameter as the client sends it: a name, or a stack joined with commas
 * (`drafts,published`). `previewDrafts` is the old name of `drafts`. Stacks are read top first and
 * end in `published` whether or not they say so, as Sanity's do.
 */
export function parsePerspective(
  requested: string,
  includeVersionsInRaw: boolean,
  releaseExists: (name: string) => boolean,
): Perspective {
  const layers = requested.split(',').map((layer) => layer.trim())
  if (layers.length === 1) {
    const [name] = layers
    if (name === 'raw') return includeVersionsInRaw ? 'raw' : 'rawWithoutVersions'
    if (name === 'published') return 'published'
    if (name === 'drafts' || name === 'previewDrafts') return 'drafts'
  }
  for (const layer of layers) {
    if (layer === 'raw' || layer === 'previewDrafts') {
      throw badRequest(`Perspective "${layer}" cannot be part of a perspective stack ("${requested}")`)
    }
    const known = layer === 'drafts' || layer === 'published' || (RELEASE_NAME.test(layer) && releaseExists(layer))
    if (!known) {
      throw badRequest(
        `Unknown perspective "${requested}": use raw, published, drafts (previewDrafts), or a stack of ` +
          `release names, drafts and published ("${layer}" is none of these)`,
      )
    }
  }
  const stack = layers.filter((layer) => layer !== 'published')
  if (stack.length === 0) return 'published'
  if (stack.length === 1 && stack[0] === 'drafts') return 'drafts'
  return [...stack, 'published']
}

/** The id of a document's layer: `drafts.<id>`, `versions.<release>.<id>`, or the published id. */
function idInLayer(layer: string, publishedId: string): string {
  if (layer === 'published') return publishedId
  if (layer === 'drafts') return `drafts.${publishedId}`
  return `versions.${layer}.${publishedId}`
}

/** The published id behind any document id (`drafts.x`, `versions.r.x`, `x`). */
function baseIdOf(id: string): string {
  if (id.startsWith('versions.')) {
    const rest = id.slice('versions.'.length)
    const dot = rest.indexOf('.')
    return dot < 0 ? id : rest.slice(dot + 1)
  }
  return publishedIdOf(id)
}

/**
 * The documents a request may see, as groq-js's `dataset`. groq-js knows nothing of perspectives
 * or permissions, so the lake filters (and for stacks, overlays) before evaluating. Each view is
 * built once and then updated per committed change, so a write does not cost a rebuild.
 */
export class DatasetViews {
  private readonly views = new Map<
    string,
    {view: View; layers: readonly string[] | null; raw: string; private: boolean}
  >()

  constructor(private readonly store: LakeStore) {
    store.on('transaction', (tx: Transaction) => {
      for (const entry of this.views.values()) {
        for (const change of tx.changes) this.refresh(entry, change.id)
      }
    })
  }

  view(perspective: Perspective, canReadPrivate: boolean): View {
    const layers = stackOf(perspective)
    const key = `${layers ? layers.join(',') : perspective}:${canReadPrivate}`
    let entry = this.views.get(key)
    if (!entry) {
      entry = {view: new View(), layers, raw: layers ? '' : String(perspective), private: canReadPrivate}
      // Published documents first, then the others: dataset order, as groq-js would see it.
      for (const doc of this.store.all()) if (!isOverlay(doc._id)) this.refresh(entry, doc._id)
      for (const doc of this.store.all()) if (isOverlay(doc._id)) this.refresh(entry, doc._id)
      this.views.set(key, entry)
    }
    return entry.view
  }

  /** Recomputes what a view shows for the document `id` (or the document it stands in for). */
  private refresh(entry: {view: View; layers: readonly string[] | null; raw: string; private: boolean}, id: string) {
    const visible = (doc: LakeDocument | undefined) => (doc && (entry.private || isPublicId(doc._id)) ? doc : undefined)
    if (!entry.layers) {
      if (entry.raw === 'rawWithoutVersions' && id.startsWith('versions.')) return
      return entry.view.set(id, visible(this.store.get(id)) ?? null)
    }
    if (entry.layers.length === 1) {
      // published: drafts and versions stay out; other dotted ids (private documents) stay in.
      if (!isDraftId(id) && !id.startsWith('versions.')) entry.view.set(id, visible(this.store.get(id)) ?? null)
      return
    }
    // A stack: the top layer that has the document stands in for it, under the published id.
    const publishedId = baseIdOf(id)
    for (const layer of entry.layers) {
      const doc = visible(this.store.get(idInLayer(layer, publishedId)))
      if (!doc) continue
      const shown = layer === 'published' ? doc : {...doc, _id: publishedId, _originalId: doc._id}
      return entry.view.set(publishedId, shown)
    }
    entry.view.set(publishedId, null)
  }
}

const isOverlay = (id: string) => isDraftId(id) || id.startsWith('versions.')

function stackOf(perspective: Perspective): readonly string[] | null {
  if (Array.isArray(perspective)) return perspective
  if (perspective === 'published') return ['published']
  if (perspective === 'drafts') return ['drafts', 'published']
  return null
}
