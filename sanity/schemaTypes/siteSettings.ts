import {CogIcon} from '@sanity/icons'
import {defineArrayMember, defineField, defineType} from 'sanity'

// Intl throws a RangeError for unknown zones, which is exactly the check an editor needs.
const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', {timeZone: zone})
    return true
  } catch {
    return false
  }
}

/** Singleton (`_id: "siteSettings"`): the desk structure opens it directly, never as a list. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Site name',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'tagline', title: 'Tagline', type: 'string'}),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'Used as the homepage meta description.',
    }),
    defineField({
      name: 'timeZone',
      title: 'Newsroom time zone',
      type: 'string',
      description: 'IANA name, e.g. "Asia/Thimphu"; the date bar and "this week" follow it.',
      validation: (rule) => rule.custom((zone) => !zone || isTimeZone(zone) || 'Not a known IANA time zone'),
    }),
    defineField({
      name: 'commentsPerPage',
      title: 'Comment threads per page',
      type: 'number',
      description:
        'Top-level comments on the article and on each further comments page (replies travel with them). Default 50.',
      initialValue: 50,
      validation: (rule) => rule.integer().min(5).max(100),
    }),
    defineField({
      name: 'commentsOrder',
      title: 'Comment order',
      type: 'string',
      options: {
        list: [
          {title: 'Oldest first', value: 'oldest'},
          {title: 'Newest first', value: 'newest'},
        ],
        layout: 'radio',
      },
      initialValue: 'oldest',
    }),
    defineField({
      name: 'nav',
      title: 'Masthead navigation',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'topic'}]})],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'topPicks',
      title: 'Editors’ picks',
      type: 'array',
      description: 'Lead "Top 5 This Week", in this order.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'article'}]})],
      validation: (rule) => rule.max(5).unique(),
    }),
  ],
  preview: {
    select: {title: 'title'},
    prepare: ({title}) => ({title: 'Site settings', subtitle: title}),
  },
})
