import {badRequest, LakeError, mutationError} from '../errors'
import {isDraftId, isValidDocumentId} from '../store/ids'
import type {Lake} from '../lake'
import type {LakeDocument} from '../types'

type Action = Record<string, unknown> & {actionType?: unknown}
type Mutation = Record<string, unknown>
type Get = (id: string) => LakeDocument | undefined

/**
 * `data/actions`, the Studio's way of writing (sanity.action.document.*). Each request becomes one
 * ordinary lake transaction under the Studio's own transactionId, so the log, listeners, webhooks
 * and durability are the same as for `data/mutate`.
 *
 * Actions depend on the current documents (publish copies the draft), but the lake plans a
 * transaction only from its mutations. So each document an action reads and then replaces or
 * deletes is guarded with `ifRevisionID`: if another transaction changed it in between, the guard
 * fails and the actions are planned again from the new state. Explicit preconditions
 * (ifDraftRevisionId, ifPublishedRevisionId, ifExists) fail with 409 straight away.
 */
export async function runActions(
  lake: Lake,
  actions: unknown,
  options: {transactionId?: string; author: string; dryRun?: boolean},
) {
  if (!Array.isArray(actions) || actions.length === 0)
    throw badRequest('Request body must have a non-empty "actions" array')
  for (let attempt = 0; ; attempt++) {
    const mutations = actions.flatMap((action, index) => plan(action as Action, index, (id) => lake.store.get(id)))
    try {
      const outcome = await lake.mutate(mutations, options)
      return {transactionId: outcome.transactionId}
    } catch (err) {
      const raced =
        err instanceof LakeError && err.status === 409 && JSON.stringify(err.body).includes('unexpected revision')
      if (!raced || attempt >= 3) throw err
    }
  }
}

function plan(action: Action, index: number, get: Get): Mutation[] {
  const fail = (description: string, status = 409, type = 'conflict'): never => {
    throw mutationError(status, {index, error: {type, description}})
  }
  if (typeof action !== 'object' || action === null) return fail('Each action must be an object', 400, 'invalidAction')
  // The discards name only the draft; every other action names the published id.
  const onlyDraft =
    action.actionType === 'sanity.action.document.discard' ||
    action.actionType === 'sanity.action.document.version.discard'
  const publishedId =
    onlyDraft && action.publishedId === undefined ? '' : idField(action.publishedId, 'publishedId', fail)
  const draftIdOf = () => idField(action.draftId ?? action.versionId ?? `drafts.${publishedId}`, 'draftId', fail)
  const guard = (doc: LakeDocument): Mutation => ({patch: {id: doc._id, ifRevisionID: doc._rev}})

  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const attributes = action.attributes as Partial<LakeDocument> | undefined
      if (!attributes || typeof attributes._type !== 'string')
        return fail('"attributes" needs a "_type"', 400, 'invalidAction')
      const id = attributes._id ?? `drafts.${publishedId}`
      if (typeof id !== 'string' || !isDraftId(id))
        return fail('"attributes._id" must be a draft id', 400, 'invalidAction')
      // `_rev` is the server's to set; the Studio sends its optimistic one.
      const {_rev: _ignored, ...doc} = {...attributes, _id: id}
      return [{[action.ifExists === 'ignore' ? 'createIfNotExists' : 'create']: doc}]
    }
    case 'sanity.action.document.edit': {
      const draftId = draftIdOf()
      const patch = action.patch as Mutation | undefined
      if (!patch || typeof patch !== 'object') return fail('"patch" is required', 400, 'invalidAction')
      const draft = get(draftId)
      const published = get(publishedId)
      if (!draft && !published)
        return fail(`Cannot edit "${publishedId}": neither a draft nor a published document exists`)
      // Editing a published document starts its draft from the published content.
      const start: Mutation[] = draft ? [] : [{create: {...stripSystem(published!), _id: draftId}}]
      return [...start, {patch: {...patch, id: draftId}}]
    }
    case 'sanity.action.document.replaceDraft': {
      const attributes = action.attributes as Partial<LakeDocument> | undefined
      if (!attributes || typeof attributes._type !== 'string')
        return fail('"attributes" needs a "_type"', 400, 'invalidAction')
      return [{createOrReplace: {...stripSystem(attributes as LakeDocument), _id: draftIdOf()}}]
    }
    case 'sanity.action.document.publish': {
      const draftId = draftIdOf()
      const draft = get(draftId)
      const published = get(publishedId)
      if (!draft) return fail(`Cannot publish "${publishedId}": there is no draft "${draftId}"`)
      if (typeof action.ifDraftRevisionId === 'string' && draft._rev !== action.ifDraftRevisionId) {
        fail(`Draft "${draftId}" has revision "${draft._rev}", expected "${action.ifDraftRevisionId}"`)
      }
      if (typeof action.ifPublishedRevisionId === 'string' && published?._rev !== action.ifPublishedRevisionId) {
        fail(
          `Published document "${publishedId}" has revision "${published?._rev}", expected "${action.ifPublishedRevisionId}"`,
        )
      }
      const content = {...(strengthenOnPublish(stripSystem(draft)) as LakeDocument), _id: publishedId}
      return [
        guard(draft),
        // A first publication keeps the draft's creation time; a later one keeps the published one's.
        ...(published
          ? [guard(published), {createOrReplace: content}]
          : [{create: {...content, _createdAt: draft._createdAt}}]),
        {delete: {id: draftId}},
      ]
    }
    case 'sanity.action.document.unpublish': {
      const draftId = draftIdOf()
      const published = get(publishedId)
      if (!published) return fail(`Cannot unpublish "${publishedId}": it is not published`)
      // The content stays editable: without a draft, the published version becomes the draft.
      const keep: Mutation[] = get(draftId) ? [] : [{create: {...stripSystem(published), _id: draftId}}]
      return [guard(published), ...keep, {delete: {id: publishedId}}]
    }
    case 'sanity.action.document.discard':
    case 'sanity.action.document.version.discard': {
      const draftId = draftIdOf()
      const draft = get(draftId)
      if (!draft) return action.purge ? [] : fail(`Cannot discard "${draftId}": there is no such draft`)
      return [guard(draft), {delete: {id: draftId}}]
    }
    case 'sanity.action.document.delete': {
      const includeDrafts = Array.isArray(action.includeDrafts)
        ? action.includeDrafts.map((id) => idField(id, 'includeDrafts', fail))
        : []
      const draftId = `drafts.${publishedId}`
      if (get(draftId) && !includeDrafts.includes(draftId))
        fail(`Cannot delete "${publishedId}": its draft exists and is not in "includeDrafts"`)
      const targets = [publishedId, ...includeDrafts]
        .map((id) => get(id))
        .filter((doc): doc is LakeDocument => Boolean(doc))
      if (targets.length === 0) return fail(`Cannot delete "${publishedId}": it does not exist`)
      return [...targets.map(guard), ...targets.map((doc) => ({delete: {id: doc._id}}))]
    }
    default:
      return fail(`Unsupported action type ${JSON.stringify(action.actionType)}`, 400, 'invalidAction')
  }
}

/** The Studio names its transactions; the id becomes the documents' `_rev`. */
export function checkTransactionId(id: unknown): string | undefined {
  if (id !== undefined && (typeof id !== 'string' || !/^[\w.-]{1,128}$/.test(id))) {
    throw badRequest('"transactionId" must be a string of letters, digits, "_", "-" or "."')
  }
  return id as string | undefined
}

function idField(value: unknown, name: string, fail: (d: string, s?: number, t?: string) => never): string {
  if (!isValidDocumentId(value)) return fail(`"${name}" must be a document id`, 400, 'invalidAction')
  return value
}

/**
 * What Sanity's publish does to the Studio's references to documents that were not yet published
 * (`_weak: true` with `_strengthenOnPublish`): drops the marker and makes them strong, unless the
 * marker says the field is weak by schema. The published document's references are then checked
 * like any other, so publishing fails while the referenced document is still unpublished.
 */
function strengthenOnPublish(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strengthenOnPublish)
  if (!value || typeof value !== 'object') return value
  const {_strengthenOnPublish: marker, ...rest} = value as Record<string, unknown>
  if (marker && typeof rest._ref === 'string') {
    const keepWeak = (marker as {weak?: unknown}).weak === true
    if (!keepWeak) delete rest._weak
    return rest
  }
  return Object.fromEntries(Object.entries(rest).map(([key, child]) => [key, strengthenOnPublish(child)]))
}

/** The server sets `_rev`, `_updatedAt` and (keeping an existing target's) `_createdAt`. */
function stripSystem(doc: LakeDocument): LakeDocument {
  const {_rev: _r, _updatedAt: _u, _createdAt: _c, _originalId: _o, ...rest} = doc
  return rest as LakeDocument
}
