/**
 * A moderator's Approve / Mark as spam / Move to trash, driven through the lake's `data/actions`
 * the way the Studio's document operations send them: the steps come from the same
 * `moderationSteps` as the Studio action, each step one request (as the Studio commits the patch
 * before it publishes or unpublishes).
 */
import type {SanityClient} from '@sanity/client'
import {moderationSteps} from '@/sanity/actions/moderationSteps'
import type {CommentStatus} from '@/sanity/schemaTypes/commentStatus'

export async function moderate(client: SanityClient, commentId: string, status: CommentStatus): Promise<void> {
  const publishedId = commentId.replace(/^drafts\./, '')
  const draftId = `drafts.${publishedId}`
  const [draft, published] = await Promise.all([client.getDocument(draftId), client.getDocument(publishedId)])
  const steps = moderationSteps(status, {draft, published})
  if (steps.length === 0 && !draft && !published) throw new Error(`No comment ${publishedId} to moderate`)
  for (const step of steps) {
    if (step === 'patch') {
      await client.action({actionType: 'sanity.action.document.edit', draftId, publishedId, patch: {set: {status}}})
    } else if (step === 'publish') {
      await client.action({actionType: 'sanity.action.document.publish', draftId, publishedId})
    } else {
      await client.action({actionType: 'sanity.action.document.unpublish', draftId, publishedId})
    }
  }
}
