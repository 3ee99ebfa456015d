import type {ComponentType} from 'react'
import {type DocumentActionComponent, type DocumentActionDescription, useDocumentOperation} from 'sanity'

import type {CommentStatus} from '../schemaTypes/commentStatus'
import {moderationSteps} from './moderationSteps'

type StatusActionOptions = {
  status: CommentStatus
  label: string
  icon: ComponentType
  tone: DocumentActionDescription['tone']
}

/**
 * Builds a one-click moderation action that moves a comment to `status`, publishing it when it is
 * approved and unpublishing it otherwise, so the public API only ever holds approved comments.
 */
export function commentStatusAction({status, label, icon, tone}: StatusActionOptions) {
  const CommentStatusAction: DocumentActionComponent = ({id, type, draft, published, onComplete}) => {
    // Hooks first: an action may hide itself below, but must call the same hooks every render.
    const operations = useDocumentOperation(id, type)
    const steps = moderationSteps(status, {draft, published})

    // Offering "Approve" on an approved comment is noise; the other moves stay available.
    if (steps.length === 0) return null

    return {
      label,
      icon,
      tone,
      onHandle: () => {
        // The operations of one document run in order: publish and unpublish first commit the
        // pending patch and wait until the lake has it, so the status travels with the publish.
        for (const step of steps) {
          if (step === 'patch') operations.patch.execute([{set: {status}}])
          else operations[step].execute()
        }
        onComplete()
      },
    }
  }
  CommentStatusAction.displayName = `CommentStatusAction(${status})`
  return CommentStatusAction
}
