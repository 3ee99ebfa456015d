import {DocumentTextIcon} from '@sanity/icons'
import {defineArrayMember, defineField, defineType, getPublishedId} from 'sanity'

import {imageWithAltField} from './fields/imageWithAlt'
import {slugField} from './fields/slug'

// Previews show a date without depending on the editor's locale or time zone.
const formatDate = (iso: string | undefined) =>
  iso
    ? new Date(iso).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      })
    : 'Not dated'

export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [
    {name: 'content', title: 'Content', default: true},
    {name: 'meta', title: 'Dates & links'},
    {name: 'seo', title: 'SEO'},
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().max(140),
    }),
    {...slugField('title'), group: 'content'},
    defineField({
      name: 'dek',
      title: 'Standfirst',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'The one- or two-sentence summary under the headline.',
      validation: (rule) => rule.required().max(300),
    }),
    {...imageWithAltField({name: 'mainImage', title: 'Main image', withCaption: true}), group: 'content'},
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      to: [{type: 'author'}],
      group: 'content',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      group: 'content',
      description: 'The first topic is the article’s section.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'topic'}]})],
      validation: (rule) => rule.required().min(1).max(4).unique(),
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'blockContent',
      group: 'content',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published at',
      type: 'datetime',
      group: 'meta',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Updated at',
      type: 'datetime',
      group: 'meta',
      description: 'Set only when the piece is materially updated; shown as "Updated".',
      validation: (rule) =>
        rule.custom((updatedAt, context) => {
          const publishedAt = (context.document as {publishedAt?: string} | undefined)?.publishedAt
          if (!updatedAt || !publishedAt) return true
          return Date.parse(updatedAt) >= Date.parse(publishedAt) ? true : 'The update cannot predate publication'
        }),
    }),
    defineField({
      name: 'correction',
      title: 'Correction note',
      type: 'text',
      rows: 2,
      group: 'meta',
      description: 'Shown with the "Updated" date, e.g. what was corrected.',
    }),
    defineField({
      name: 'related',
      title: 'Related articles',
      type: 'array',
      group: 'meta',
      description: 'Optional picks; without them the site suggests articles on the same topics.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{type: 'article'}],
          // An article relating to itself would be a dead end for readers.
          options: {
            filter: ({document}) => ({
              filter: '_id != $self',
              params: {self: getPublishedId(document._id)},
            }),
          },
        }),
      ],
      validation: (rule) => rule.max(3).unique(),
    }),
    defineField({
      name: 'seo',
      title: 'SEO overrides',
      type: 'object',
      group: 'seo',
      description: 'Leave empty to use the title and standfirst.',
      fields: [
        defineField({
          name: 'title',
          title: 'Title',
          type: 'string',
          validation: (rule) => rule.max(70).warning('Search engines cut titles near 60–70 characters'),
        }),
        defineField({
          name: 'description',
          title: 'Description',
          type: 'text',
          rows: 2,
          validation: (rule) => rule.max(160).warning('Search engines cut descriptions near 155–160 characters'),
        }),
      ],
    }),
  ],
  orderings: [
    {
      title: 'Newest first',
      name: 'publishedAtDesc',
      by: [{field: 'publishedAt', direction: 'desc'}],
    },
  ],
  preview: {
    select: {
      title: 'title',
      authorName: 'author.name',
      publishedAt: 'publishedAt',
      media: 'mainImage',
    },
    prepare: ({title, authorName, publishedAt, media}) => ({
      title: title || 'Untitled article',
      subtitle: `${authorName || 'No author'} · ${formatDate(publishedAt)}`,
      media,
    }),
  },
})
