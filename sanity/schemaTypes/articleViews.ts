import {EyeOpenIcon} from '@sanity/icons'
import {defineArrayMember, defineField, defineType} from 'sanity'

/**
 * How often an article was read on one day (UTC), counted by the site (lib/views/) and stored
 * once a minute: `views-<articleId>-<yyyy-mm-dd>`, public, so the rankings can query it. It holds
 * a number and nothing about the readers. Written by the site alone: read-only in the Studio,
 * listed nowhere in the desk, shown by the Readership tool.
 */
export const articleViews = defineType({
  name: 'articleViews',
  title: 'Article views',
  type: 'document',
  icon: EyeOpenIcon,
  readOnly: true,
  fields: [
    defineField({
      name: 'article',
      title: 'Article',
      type: 'reference',
      to: [{type: 'article'}],
      // Weak, so an article with views can still be deleted.
      weak: true,
    }),
    defineField({name: 'day', title: 'Day (UTC)', type: 'date'}),
    defineField({name: 'count', title: 'Views', type: 'number'}),
    defineField({
      name: 'flushes',
      title: 'Flushes',
      type: 'array',
      description: 'The latest flushes that added to this count, so that a retried one never adds twice.',
      of: [defineArrayMember({type: 'string'})],
      hidden: true,
    }),
  ],
  preview: {
    select: {title: 'article.title', day: 'day', count: 'count'},
    prepare: ({title, day, count}) => ({title: title || 'Deleted article', subtitle: `${day}: ${count ?? 0} views`}),
  },
})
