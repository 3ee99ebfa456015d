import {EnvelopeIcon} from '@sanity/icons'
import {defineField, defineType} from 'sanity'

/**
 * A commenter's e-mail address, kept apart from the public comment. The site stores it under
 * `comment-contact.<commentId>`: a dotted id, which the Content Lake only serves with a token.
 * It is written by the site alone, so the Studio shows it read-only and lists it nowhere.
 */
export const commentContact = defineType({
  name: 'commentContact',
  title: 'Comment contact',
  type: 'document',
  icon: EnvelopeIcon,
  readOnly: true,
  fields: [
    defineField({name: 'email', title: 'E-mail', type: 'string'}),
    defineField({
      name: 'comment',
      title: 'Comment',
      type: 'reference',
      to: [{type: 'comment'}],
      // Weak, so a moderator can still delete the comment itself.
      weak: true,
    }),
  ],
  preview: {
    select: {email: 'email', authorName: 'comment.authorName'},
    prepare: ({email, authorName}) => ({
      title: email || 'No address',
      subtitle: authorName ? `Contact for ${authorName}` : undefined,
    }),
  },
})
