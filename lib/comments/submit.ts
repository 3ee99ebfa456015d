import 'server-only'
import {createHash} from 'node:crypto'
import {getPublicClient} from '@/lib/sanity/client'
import {getWriteClient} from '@/lib/sanity/writeClient'
import {commentExistsQuery, commentTargetQuery} from '@/lib/queries/comments'
import {MESSAGES} from './messages'
import {countLinks} from './normalize'
import {claimAll, releaseAll} from './rateLimit'
import type {CommentInput} from './schema'
import {emailHashOf, ipHashOf} from './secret'

export type SubmitOutcome =
  | {ok: true; commentId: string}
  | {ok: false; message: string; field?: 'body' | 'name' | 'email'}

interface SubmitContext {
  clientAddress: string
  /** No time-trap token: the reader had no JavaScript, or a script skipped it. */
  unverified: boolean
  now?: Date
}

/** The article and, for a reply, its parent, in one round trip (the hot path of every comment). */

interface ParentInfo {
  _id: string
  status: string
  articleId: string
  grandparentId: string | null
  isDeep: boolean
}

/**
 * Stores a validated comment as `pending`. The id is derived from (article, parent, e-mail, text),
 * so a double click, a resubmitted form or two concurrent identical posts meet the lake's
 * "already exists" and produce one document. A pending comment changes no page: nothing to revalidate.
 */
export async function submitComment(input: CommentInput, ctx: SubmitContext): Promise<SubmitOutcome> {
  const {article, parent} = await getPublicClient().fetch<{article: {_id: string} | null; parent: ParentInfo | null}>(
    commentTargetQuery,
    {articleId: input.articleId, parentId: input.parentId ?? ''},
    {cache: 'no-store'},
  )
  if (!article) return {ok: false, message: MESSAGES.articleMissing}

  let parentId: string | undefined
  if (input.parentId) {
    // The article comes from the parent; a parent on another article is refused, not moved.
    if (!parent || parent.status !== 'approved' || parent.articleId !== article._id) {
      return {ok: false, message: MESSAGES.parentMissing}
    }
    // Threads nest MAX_THREAD_DEPTH (3) deep: a reply to a third-level comment joins it at the third level.
    parentId = parent.isDeep && parent.grandparentId ? parent.grandparentId : parent._id
  }

  const emailHash = emailHashOf(input.email)
  // An existing id means the same text from the same person on the same thread: the lake's
  // "already exists" (409) below reports it, atomically, even for concurrent posts.
  const commentId = `comment-${createHash('sha256').update([article._id, parentId ?? '', emailHash, input.body].join('\u0000')).digest('hex').slice(0, 32)}`

  const floodKeys = [`ip:${ipHashOf(ctx.clientAddress)}`, `email:${emailHash}`]
  if (!(await claimAll(floodKeys))) {
    // A resubmitted form is a duplicate, not a flood: say so (only this refusal path pays the lookup).
    const exists = await getPublicClient().fetch<boolean>(commentExistsQuery, {id: commentId}, {cache: 'no-store'})
    return {ok: false, message: exists ? MESSAGES.duplicate : MESSAGES.tooFast}
  }

  const flags = [...(countLinks(input.body) >= 2 ? ['links'] : []), ...(ctx.unverified ? ['unverified'] : [])]
  const now = (ctx.now ?? new Date()).toISOString()
  try {
    await getWriteClient()
      .transaction()
      .create({
        _id: commentId,
        _type: 'comment',
        article: {_type: 'reference', _ref: article._id, _weak: true},
        ...(parentId ? {parent: {_type: 'reference', _ref: parentId, _weak: true}} : {}),
        authorName: input.name,
        body: input.body,
        status: 'pending',
        createdAt: now,
        emailHash,
        flags,
      })
      // The address lives in a dotted id, which the public (tokenless) API never returns.
      .create({
        _id: `comment-contact.${commentId}`,
        _type: 'commentContact',
        email: input.email,
        ipHash: ipHashOf(ctx.clientAddress),
        comment: {_type: 'reference', _ref: commentId, _weak: true},
      })
      .commit({visibility: 'sync'})
  } catch (err) {
    await releaseAll(floodKeys)
    if ((err as {statusCode?: number}).statusCode === 409) return {ok: false, message: MESSAGES.duplicate}
    throw err
  }
  return {ok: true, commentId}
}
