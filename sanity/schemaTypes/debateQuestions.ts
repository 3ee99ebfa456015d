import {HelpCircleIcon} from '@sanity/icons'
import {defineArrayMember, defineField, defineType} from 'sanity'

/** Open questions that close an analysis piece and invite readers into the comments. */
export const debateQuestions = defineType({
  name: 'debateQuestions',
  title: 'Debate questions',
  type: 'object',
  icon: HelpCircleIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Heading',
      type: 'string',
      initialValue: 'Reflection & Debate',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'prompt',
      title: 'Prompt',
      type: 'text',
      rows: 2,
      description: 'Optional lead-in shown above the questions.',
    }),
    defineField({
      name: 'questions',
      title: 'Questions',
      type: 'array',
      of: [defineArrayMember({type: 'string', validation: (rule) => rule.required()})],
      validation: (rule) => rule.required().min(1).max(6),
    }),
  ],
  preview: {
    select: {title: 'title', questions: 'questions'},
    prepare: ({title, questions}) => {
      const count = Array.isArray(questions) ? questions.length : 0
      return {
        title: title || 'Reflection & Debate',
        subtitle: `${count} question${count === 1 ? '' : 's'}`,
        media: HelpCircleIcon,
      }
    },
  },
})
