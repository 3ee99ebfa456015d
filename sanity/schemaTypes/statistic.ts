import {BarChartIcon} from '@sanity/icons'
import {defineField, defineType} from 'sanity'

import {webUrl} from './fields/url'

/** A cited figure inside an article body, rendered as a call-out with its source. */
export const statistic = defineType({
  name: 'statistic',
  title: 'Statistic',
  type: 'object',
  icon: BarChartIcon,
  fields: [
    defineField({
      name: 'value',
      title: 'Value',
      type: 'string',
      description: 'The figure as printed, e.g. "37%" or "$4.2 bn".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'claim',
      title: 'Claim',
      type: 'text',
      rows: 2,
      description: 'What the figure measures, in one sentence.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'sourceName',
      title: 'Source',
      type: 'string',
      description: 'Who published the data, e.g. "World Bank".',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'sourceUrl', title: 'Source URL', type: 'url', validation: webUrl}),
    defineField({
      name: 'dataDate',
      title: 'Date of the data',
      type: 'date',
      description: 'When the figure was measured or published.',
    }),
  ],
  preview: {
    select: {value: 'value', claim: 'claim', sourceName: 'sourceName'},
    prepare: ({value, claim, sourceName}) => ({
      title: [value, claim].filter(Boolean).join(' — ') || 'Statistic',
      subtitle: sourceName ? `Source: ${sourceName}` : 'No source yet',
      media: BarChartIcon,
    }),
  },
})
