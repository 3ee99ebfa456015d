import {CommentIcon} from '@sanity/icons'
import {defineField, defineType} from 'sanity'

import {COMMENT_STATUSES, commentStatusTitle} from './commentStatus'

/** Why the site held a comment, in the moderation lists ("links", "unverified"). */
const flagNote = (flags: unknown) => (Array.isArray(flags) && flags.length > 0 ? ` · held: ${flags.join(', ')}` : '')

/**
 * A reader's comment. The site stores it as a pending draft; it is published exactly while it is
 * approved, because the public (tokenless) API serves published documents only. Moderators change
 * `status` through the Approve / Mark as spam / Move to trash actions alone, which publish or
 * unpublish with it (sanity/actions/moderationSteps.ts): a status set by hand could leave a pending
 * comment published, or an approved one hidden. Nothing private is stored here, since publishing
 * copies the draft whole: the address, hashes and flags live in the `contact` document.
 * What the reader wrote, and where, is read-only: the site derived it and checked it.
 */
export const comment = defineType({
  name: 'comment',
  title: 'Comment',
  type: 'document',
  icon: CommentIcon,
  fields: [
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      initialValue: 'pending',
      readOnly: true,
      description: 'Changed with the Approve, Mark as spam and Move to trash actions.',
      options: {list: [...COMMENT_STATUSES], layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'article',
      title: 'Article',
      type: 'reference',
      to: [{type: 'article'}],
      // Weak, so deleting an article is never blocked by the comments under it.
      weak: true,
      readOnly: true,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'parent',
      title: 'In reply to',
      type: 'reference',
      to: [{type: 'comment'}],
      weak: true,
      readOnly: true,
    }),
    defineField({
      name: 'authorName',
      title: 'Name',
      type: 'string',
      readOnly: true,
      validation: (rule) => rule.required().min(1).max(100),
    }),
    defineField({
      name: 'body',
      title: 'Comment',
      type: 'text',
      rows: 6,
      readOnly: true,
      validation: (rule) => rule.required().min(2).max(5000),
    }),
    defineField({name: 'createdAt', title: 'Received', type: 'datetime', readOnly: true}),
    defineField({
      name: 'contact',
      title: 'Sender (private)',
      type: 'reference',
      to: [{type: 'commentContact'}],
      weak: true,
      readOnly: true,
      description: 'Address, e-mail hash and why the site held the comment; readable with a token only.',
    }),
  ],
  orderings: [{title: 'Newest first', name: 'createdAtDesc', by: [{field: 'createdAt', direction: 'desc'}]}],
  preview: {
    select: {
      authorName: 'authorName',
      status: 'status',
      articleTitle: 'article.title',
      body: 'body',
      flags: 'contact.flags',
    },
    prepare: ({authorName, status, articleTitle, body, flags}) => ({
      title: `${authorName || 'Anonymous'} · ${commentStatusTitle(status)}${flagNote(flags)}`,
      subtitle: `on ${articleTitle || 'a missing article'}${body ? ` — ${body}` : ''}`,
    }),
  },
})
