import {EnvelopeIcon} from '@sanity/icons'
import {defineArrayMember, defineField, defineType} from 'sanity'

/**
 * The private half of a comment: the commenter's address, the e-mail and IP hashes (for the flood
 * and duplicate checks) and the reasons the site held it. The site stores it under
 * `comment-contact.<commentId>`: a dotted id, which the Content Lake (and Sanity) only serve with a
 * token, whether the comment itself is a draft or published. It is written by the site alone, so
 * the Studio shows it read-only and lists it nowhere; the comment's `contact` field opens it.
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
      name: 'flags',
      title: 'Flags',
      type: 'array',
      description: 'Why the site held this comment: "links" (two or more), "unverified" (no time-trap token).',
      of: [defineArrayMember({type: 'string'})],
    }),
    defineField({
      name: 'emailHash',
      title: 'E-mail hash',
      type: 'string',
      description: 'An HMAC of the address: matches other comments from the same address.',
    }),
    defineField({
      name: 'ipHash',
      title: 'Network hash',
      type: 'string',
      description: 'An HMAC of the /24 or /48 network.',
    }),
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
    select: {email: 'email', flags: 'flags'},
    prepare: ({email, flags}) => ({
      title: email || 'No address',
      subtitle: Array.isArray(flags) && flags.length > 0 ? `Held: ${flags.join(', ')}` : 'No flags',
    }),
  },
})
