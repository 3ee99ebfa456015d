import {TagIcon} from '@sanity/icons'
import {defineField, defineType} from 'sanity'

import {slugField} from './fields/slug'

export const topic = defineType({
  name: 'topic',
  title: 'Topic',
  type: 'document',
  icon: TagIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    slugField('title'),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'Shown on the topic page and in its meta description.',
    }),
  ],
  preview: {
    select: {title: 'title', subtitle: 'description'},
  },
})
