// One list shared by the schema, the desk structure and the moderation actions, so a status
// added here shows up everywhere at once.
export const COMMENT_STATUSES = [
  {title: 'Pending', value: 'pending'},
  {title: 'Approved', value: 'approved'},
  {title: 'Spam', value: 'spam'},
  {title: 'Trash', value: 'trash'},
] as const

export type CommentStatus = (typeof COMMENT_STATUSES)[number]['value']

export const commentStatusTitle = (status: string | undefined) =>
  COMMENT_STATUSES.find((s) => s.value === status)?.title ?? 'No status'
