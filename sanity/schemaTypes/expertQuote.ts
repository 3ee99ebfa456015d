import {BlockquoteIcon} from '@sanity/icons'
import {defineField, defineType} from 'sanity'

type QuoteDocument = {anonymous?: boolean} | undefined

const isAnonymous = (document: unknown) => Boolean((document as QuoteDocument)?.anonymous)

// Named and anonymous sources need different fields; the rules follow the toggle so an editor can
// never publish a named quote without a name, or an anonymous one without saying why.
const requiredWhen =
  (wanted: boolean, message: string) => (value: string | undefined, context: {document?: unknown}) =>
    isAnonymous(context.document) !== wanted || value?.trim() ? true : message

/** A quote from a named expert or an anonymous source, reusable across articles. */
export const expertQuote = defineType({
  name: 'expertQuote',
  title: 'Expert quote',
  type: 'document',
  icon: BlockquoteIcon,
  fields: [
    defineField({
      name: 'quote',
      title: 'Quote',
      type: 'text',
      rows: 4,
      description: 'The words as spoken, without quotation marks.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'anonymous',
      title: 'Anonymous source',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'speakerName',
      title: 'Speaker',
      type: 'string',
      description: 'Full name with title, e.g. "Dr. Sonam Topchen Wangdi".',
      hidden: ({document}) => isAnonymous(document),
      validation: (rule) => rule.custom(requiredWhen(false, 'Name the speaker, or mark the source anonymous')),
    }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'string',
      description: 'e.g. "geopolitical analyst specializing in Himalayan security".',
      hidden: ({document}) => isAnonymous(document),
    }),
    defineField({
      name: 'affiliation',
      title: 'Affiliation',
      type: 'string',
      description: 'e.g. "University of Delhi".',
      hidden: ({document}) => isAnonymous(document),
    }),
    defineField({
      name: 'anonymousDescription',
      title: 'Description of the source',
      type: 'string',
      description: 'e.g. "a senior official within the NATO Secretariat".',
      hidden: ({document}) => !isAnonymous(document),
      validation: (rule) => rule.custom(requiredWhen(true, 'Describe the anonymous source')),
    }),
    defineField({
      name: 'anonymityReason',
      title: 'Reason for anonymity',
      type: 'string',
      description: 'e.g. "speaking on condition of anonymity".',
      hidden: ({document}) => !isAnonymous(document),
      validation: (rule) => rule.custom(requiredWhen(true, 'Say why the source is not named')),
    }),
  ],
  preview: {
    select: {
      quote: 'quote',
      anonymous: 'anonymous',
      speakerName: 'speakerName',
      affiliation: 'affiliation',
      anonymousDescription: 'anonymousDescription',
    },
    prepare: ({quote, anonymous, speakerName, affiliation, anonymousDescription}) => {
      const speaker = anonymous
        ? `Anonymous: ${anonymousDescription || 'no description'}`
        : [speakerName || 'Unnamed speaker', affiliation].filter(Boolean).join(', ')
      return {title: speaker, subtitle: quote ? `“${quote}”` : 'No quote yet'}
    },
  },
})
