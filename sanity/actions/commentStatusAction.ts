import type {ComponentType} from 'react'
import {
  type DocumentActionComponent,
  type DocumentActionDescription,
  useDocumentOperation,
} from 'sanity'

import type {CommentStatus} from '../schemaTypes/commentStatus'

type StatusActionOptions = {
  status: CommentStatus
  label: string
  icon: ComponentType
  tone: DocumentActionDescription['tone']
}

/** Builds a one-click moderation action that moves a comment to `status`. */
export function commentStatusAction({status, label, icon, tone}: StatusActionOptions) {
  const CommentStatusAction: DocumentActionComponent = ({id, type, draft, published, liveEdit}) => {
    // Hooks first: an action may hide itself below, but must call the same hooks every render.
    const {patch, publish} = useDocumentOperation(id, type)
    const current = (draft ?? published)?.status

    // Offering "Approve" on an approved comment is noise; the other moves stay available.
    if (current === status) return null

    return {
      label,
      icon,
      tone,
      disabled: !draft && !published,
      onHandle: () => {
        patch.execute([{set: {status}}])
        // `comment` is liveEdit, so the patch already hit the published document the site reads.
        // Without liveEdit the patch lands in a draft; publish queues behind it (the store commits
        // pending patches before publishing), so the site still sees the new status.
        if (!liveEdit) publish.execute()
      },
    }
  }
  CommentStatusAction.displayName = `CommentStatusAction(${status})`
  return CommentStatusAction
}
