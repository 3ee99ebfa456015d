import {CommentIcon} from '@sanity/icons'
import type {Tool} from 'sanity'

import {ModerationDesk} from './ModerationDesk'

/** "Moderation" beside Structure and Vision: bulk approve / spam of held comments. */
export const moderationTool: Tool = {
  name: 'moderation',
  title: 'Moderation',
  icon: CommentIcon,
  component: ModerationDesk,
}
