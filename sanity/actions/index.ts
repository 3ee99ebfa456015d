import {CheckmarkIcon, ErrorOutlineIcon, TrashIcon} from '@sanity/icons'
import type {DocumentActionComponent, DocumentActionsResolver} from 'sanity'

import {commentStatusAction} from './commentStatusAction'

export const approveCommentAction = commentStatusAction({
  status: 'approved',
  label: 'Approve',
  icon: CheckmarkIcon,
  tone: 'positive',
})

export const spamCommentAction = commentStatusAction({
  status: 'spam',
  label: 'Mark as spam',
  icon: ErrorOutlineIcon,
  tone: 'caution',
})

export const trashCommentAction = commentStatusAction({
  status: 'trash',
  label: 'Move to trash',
  icon: TrashIcon,
  tone: 'critical',
})

// Listed first so the primary button of a pending comment is "Approve".
export const commentActions: DocumentActionComponent[] = [approveCommentAction, spamCommentAction, trashCommentAction]

const COMMENT_HIDDEN_ACTIONS = new Set(['duplicate', 'publish', 'unpublish'])

// A singleton must not be duplicated, deleted or unpublished: the site reads it by its fixed id.
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

/** `document.actions` for the workspace: moderation for comments, a locked-down singleton. */
export const resolveDocumentActions: DocumentActionsResolver = (prev, {schemaType}) => {
  if (schemaType === 'comment') {
    // Duplicating a reader's comment would forge a second comment in their name; a plain Publish
    // or Unpublish would put a pending comment on the public API, or hide an approved one that the
    // Approved list still shows. The moderation actions publish and unpublish with the status.
    return [...commentActions, ...prev.filter((action) => !action.action || !COMMENT_HIDDEN_ACTIONS.has(action.action))]
  }
  if (schemaType === 'siteSettings') {
    return prev.filter((action) => action.action && SINGLETON_ACTIONS.has(action.action))
  }
  return prev
}
