import type {SanityClient} from '@sanity/client'

/** What the moderation desk can do to many held comments at once. */
export type BulkStatus = 'approved' | 'spam'

type Draft = {_id: string; _rev: string; _type: string; [field: string]: unknown}

const publishedIdOf = (id: string) => id.replace(/^drafts\./, '')

/** The server's fields: publishing writes a document of the same content under the published id. */
function content({_id, _rev, _createdAt, _updatedAt, ...rest}: Draft) {
  void [_id, _rev, _createdAt, _updatedAt]
  return rest
}

export class BulkModerationError extends Error {}

/**
 * Moves held comments (drafts) to `status` in ONE transaction: all or none. Approving is what the
 * Studio's Approve does (set the status, publish: the published document replaces the draft, the
 * draft goes); spam only sets the status on the draft, which stays private. Each draft is guarded by
 * the revision the moderator saw (`ifRevisionID`, as the lake's publish action guards its reads):
 * if any comment changed meanwhile, nothing is written and the desk reloads.
 */
export async function moderateMany(
  client: SanityClient,
  ids: string[],
  status: BulkStatus,
  seen?: Record<string, string>,
) {
  if (ids.length === 0) throw new BulkModerationError('Select at least one comment.')
  const draftIds = [...new Set(ids.map((id) => `drafts.${publishedIdOf(id)}`))]
  const drafts = await client.fetch<Draft[]>(
    `*[_id in $ids && _type == "comment"]`,
    {ids: draftIds},
    {perspective: 'raw'},
  )
  const missing = draftIds.filter((id) => !drafts.some((d) => d._id === id))
  if (missing.length > 0)
    throw new BulkModerationError(`${missing.length} of the selected comments are no longer held: reload the list.`)
  const tx = client.transaction()
  for (const draft of drafts) {
    const rev = seen?.[draft._id] ?? draft._rev
    if (status === 'approved') {
      tx.patch(draft._id, (p) => p.ifRevisionId(rev))
      tx.createOrReplace({...content(draft), _id: publishedIdOf(draft._id), _type: 'comment', status: 'approved'})
      tx.delete(draft._id)
    } else {
      tx.patch(draft._id, (p) => p.ifRevisionId(rev).set({status}))
    }
  }
  const result = await tx.commit({visibility: 'sync', tag: `moderation.bulk.${status}`})
  return {transactionId: result.transactionId, count: drafts.length}
}

/** Held (pending) comments, newest first, optionally of one article: the desk's list. */
export const PENDING_PAGE_QUERY = `*[_type == "comment" && _id in path("drafts.**") && status == "pending" && ($article == "" || article._ref == $article)]
  | order(createdAt desc, _id desc) [$start...$end] {_id, _rev, authorName, body, createdAt, "articleId": article._ref}`

/** The articles that have held comments, with how many each, and the total. */
export const PENDING_ARTICLES_QUERY = `{
  "total": count(*[_type == "comment" && _id in path("drafts.**") && status == "pending"]),
  "articles": *[_type == "article" && !(_id in path("drafts.**")) && _id in array::unique(*[_type == "comment" && _id in path("drafts.**") && status == "pending"].article._ref)]{
    _id, title
  } | order(title asc)
}`
