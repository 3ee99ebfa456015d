import {CommentIcon} from '@sanity/icons'
import {defineArrayMember, defineField, defineType} from 'sanity'

import {COMMENT_STATUSES, commentStatusTitle} from './commentStatus'

/**
 * A reader's comment. Readers create these through the site as published documents; moderators
 * only change `status`. `liveEdit` writes that change straight to the published document, so an
 * approval is live at once and no draft of a reader's words is ever left behind.
 * What the reader wrote, and where, is read-only: the site derived it and checked it.
 */
export const comment = defineType({
  name: 'comment',
  title: 'Comment',
  type: 'document',
  icon: CommentIcon,
  liveEdit: true,
  fields: [
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      initialValue: 'pending',
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
      name: 'flags',
      title: 'Flags',
      type: 'array',
      readOnly: true,
      description: 'Why the site held this comment: "links", "unverified".',
      of: [defineArrayMember({type: 'string'})],
    }),
    defineField({
      name: 'emailHash',
      title: 'E-mail hash',
      type: 'string',
      readOnly: true,
      description: 'Matches other comments from the same address; the address itself is private.',
    }),
  ],
  orderings: [
    {title: 'Newest first', name: 'createdAtDesc', by: [{field: 'createdAt', direction: 'desc'}]},
  ],
  preview: {
    select: {
      authorName: 'authorName',
      status: 'status',
      articleTitle: 'article.title',
      body: 'body',
    },
    prepare: ({authorName, status, articleTitle, body}) => ({
      title: `${authorName || 'Anonymous'} · ${commentStatusTitle(status)}`,
      subtitle: `on ${articleTitle || 'a missing article'}${body ? ` — ${body}` : ''}`,
    }),
  },
})
