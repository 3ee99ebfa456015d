import {publishedIdOf} from './ids'
import {revisionOf, type LoggedTransaction} from './history'
import type {LakeStore} from './store'

/**
 * `GET /data/history/<dataset>/events/documents/<id>`: the document group's events (its published
 * document and its draft) in the shapes of the Studio's `DocumentGroupEvent`, newest first. Edits
 * of a draft are not events here: the Studio derives them from the transactions endpoint.
 */
export function documentEvents(
  store: LakeStore,
  documentId: string,
  limit: number,
  cursor: string,
): {events: Record<string, Array<Record<string, unknown>>>; nextCursor: string} {
  const publishedId = publishedIdOf(documentId)
  const draftId = `drafts.${publishedId}`
  const events: Array<Record<string, unknown>> = []
  for (const tx of store.transactionsTouching([publishedId, draftId], {onlyThese: true})) {
    const event = eventOf(tx, publishedId, draftId)
    if (event) events.push(event)
  }
  events.reverse()
  const offset = Math.max(0, Number.parseInt(cursor || '0', 10) || 0)
  const page = events.slice(offset, offset + limit)
  const more = offset + limit < events.length
  return {events: {[documentId]: page}, nextCursor: more ? String(offset + limit) : ''}
}

function eventOf(tx: LoggedTransaction, publishedId: string, draftId: string): Record<string, unknown> | null {
  const draft = tx.changes.find((c) => c.id === draftId)
  const published = tx.changes.find((c) => c.id === publishedId)
  const base = {timestamp: tx.timestamp, author: tx.author, documentId: publishedId}
  const draftGone = draft && draft.before && !draft.after
  const publishedGone = published && published.before && !published.after
  if (draftGone && published?.after) {
    return {
      ...base,
      type: 'publishDocumentVersion',
      versionId: draftId,
      versionRevisionId: draft.before!._rev,
      revisionId: revisionOf(tx, published),
      publishCause: 'document.publish',
    }
  }
  // Deleting the published document with its draft (or with none) deletes the group; keeping a
  // draft (the unpublish action creates one from the published content) is an unpublish.
  if (publishedGone && !draft?.after) return {...base, type: 'deleteDocumentGroup'}
  if (publishedGone) {
    return {...base, type: 'unpublishDocument', versionId: draftId, versionRevisionId: revisionOf(tx, draft!)}
  }
  if (draftGone) {
    return {...base, type: 'deleteDocumentVersion', versionId: draftId, versionRevisionId: draft.before!._rev}
  }
  if (draft && !draft.before && draft.after) {
    return {...base, type: 'createDocumentVersion', versionId: draftId, versionRevisionId: revisionOf(tx, draft)}
  }
  if (published?.after) {
    // Written without a draft: a live-edit document, or a change made through the API.
    const type = published.before ? 'updateLiveDocument' : 'createLiveDocument'
    return {...base, type, revisionId: revisionOf(tx, published)}
  }
  return null
}
