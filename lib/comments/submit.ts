import 'server-only'
import {createHash} from 'node:crypto'
import {getWriteClient} from '@/lib/sanity/writeClient'
import {commentExists, getCommentTarget} from '@/lib/queries/comments'
import {MESSAGES} from './messages'
import {countLinks} from './normalize'
import {commentPrivateId} from './privateId'
import {claimAll, releaseAll} from './rateLimit'
import type {CommentInput} from './schema'
import {emailHashOf, ipHashOf} from './secret'

export type SubmitOutcome =
  {ok: true; commentId: string} | {ok: false; message: string; field?: 'body' | 'name' | 'email'}

interface SubmitContext {
  clientAddress: string
  /** No time-trap token: the reader had no JavaScript, or a script skipped it. */
  unverified: boolean
  now?: Date
}

/**
 * Stores a validated comment as a pending draft. The public (tokenless) API serves published
 * documents only, and a comment is published only when a moderator approves it (Studio: Approve
 * = set status + publish): until then `drafts.comment-<id>` is readable with a token alone. What
 * only moderators may see (address, e-mail and IP hashes, flags) never goes in the comment, since
 * publishing copies the draft whole: it lives in `comment-contact.<commentId>`, a dotted id that
 * the public API never returns, whatever the comment's state.
 *
 * The id is derived from (article, parent, e-mail, text), so a double click, a resubmitted form or
 * two concurrent identical posts meet the lake's "already exists" and produce one comment. The
 * private document keeps that id through approval and unpublishing, so its create is the atomic
 * check for the draft and the published comment alike. A pending comment changes no page, and
 * drafts send no webhook: nothing to revalidate.
 */
export async function submitComment(input: CommentInput, ctx: SubmitContext): Promise<SubmitOutcome> {
  // The article and, for a reply, its parent, in one round trip (the hot path of every comment).
  const {article, parent} = await getCommentTarget(input.articleId, input.parentId)
  if (!article) return {ok: false, message: MESSAGES.articleMissing}

  let parentId: string | undefined
  if (input.parentId) {
    // The public client sees published comments only, so a parent found is an approved one; a
    // parent on another article is refused, not moved.
    if (!parent || parent.status !== 'approved' || parent.articleId !== article._id) {
      return {ok: false, message: MESSAGES.parentMissing}
    }
    // Threads nest MAX_THREAD_DEPTH (3) deep: a reply to a third-level comment joins it at the third level.
    parentId = parent.isDeep && parent.grandparentId ? parent.grandparentId : parent._id
  }

  const emailHash = emailHashOf(input.email)
  const commentId = `comment-${createHash('sha256')
    .update([article._id, parentId ?? '', emailHash, input.body].join('\u0000'))
    .digest('hex')
    .slice(0, 32)}`

  const floodKeys = [`ip:${ipHashOf(ctx.clientAddress)}`, `email:${emailHash}`]
  if (!(await claimAll(floodKeys))) {
    // A resubmitted form is a duplicate, not a flood: say so (only this refusal path pays the
    // lookup). A pending comment is a draft, so only a token can see it.
    const exists = await commentExists(commentId)
    return {ok: false, message: exists ? MESSAGES.duplicate : MESSAGES.tooFast}
  }

  const flags = [...(countLinks(input.body) >= 2 ? ['links'] : []), ...(ctx.unverified ? ['unverified'] : [])]
  const now = (ctx.now ?? new Date()).toISOString()
  const privateId = commentPrivateId(commentId)
  try {
    await getWriteClient()
      .transaction()
      .create({
        _id: `drafts.${commentId}`,
        _type: 'comment',
        article: {_type: 'reference', _ref: article._id, _weak: true},
        ...(parentId ? {parent: {_type: 'reference', _ref: parentId, _weak: true}} : {}),
        authorName: input.name,
        body: input.body,
        status: 'pending',
        createdAt: now,
        // Lets the moderator open the private half from the comment; the id itself tells nothing.
        contact: {_type: 'reference', _ref: privateId, _weak: true},
      })
      .create({
        _id: privateId,
        _type: 'commentContact',
        email: input.email,
        emailHash,
        ipHash: ipHashOf(ctx.clientAddress),
        flags,
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
