import type {CommentStatus} from '../schemaTypes/commentStatus'

/**
 * What moving a comment to a status takes, in the Studio's document operations. The public
 * (tokenless) API serves published documents only, so a comment is published exactly while it is
 * approved: a pending, spam or trashed one lives as a draft (`drafts.<id>`), which only token
 * holders can read. The Studio's moderation actions and the tests that stand in for a moderator
 * both follow these steps, so the tests prove what the Studio does.
 */
export type ModerationStep = 'patch' | 'publish' | 'unpublish'

interface Pair {
  draft?: Record<string, unknown> | null
  published?: Record<string, unknown> | null
}

/** The steps, in order; none when the comment is already there (the action then hides itself). */
export function moderationSteps(target: CommentStatus, {draft, published}: Pair): ModerationStep[] {
  if (!draft && !published) return []
  if (target === 'approved') {
    // Approving sets the status on the draft and publishes it: one action for the moderator.
    return !draft && published?.status === 'approved' ? [] : ['patch', 'publish']
  }
  // Anything else must leave the public API: the patch starts a draft from the published
  // document (with the new status), and unpublishing then removes the public copy.
  if (published) return ['patch', 'unpublish']
  return draft?.status === target ? [] : ['patch']
}
