/**
 * The private half of a comment: the address, the e-mail and IP hashes and the moderation flags.
 * A dotted id, which the public API never serves; it keeps the comment's id whether the comment is
 * a draft or published.
 */
export const commentPrivateId = (commentId: string) => `comment-contact.${commentId.replace(/^drafts\./, '')}`
