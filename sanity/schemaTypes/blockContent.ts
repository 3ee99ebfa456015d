import {BlockquoteIcon} from '@sanity/icons'
import {defineArrayMember, defineField, defineType} from 'sanity'

import {captionedImageFields} from './fields/imageWithAlt'
import {webOrMailUrl} from './fields/url'

/**
 * The article body. A named array type keeps article.ts short; the stored value is still a
 * plain Portable Text array (CONTENT_MODEL.md, "body members").
 */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      // Only what the site renders: H1 is the article title, so it is not offered here.
      styles: [
        {title: 'Normal', value: 'normal'},
        {title: 'Heading 2', value: 'h2'},
        {title: 'Heading 3', value: 'h3'},
        {title: 'Quote', value: 'blockquote'},
      ],
      lists: [
        {title: 'Bullet', value: 'bullet'},
        {title: 'Numbered', value: 'number'},
      ],
      marks: {
        decorators: [
          {title: 'Strong', value: 'strong'},
          {title: 'Emphasis', value: 'em'},
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Link',
            type: 'object',
            fields: [
              defineField({
                name: 'href',
                title: 'URL',
                type: 'url',
                validation: (rule) => webOrMailUrl(rule).required(),
              }),
            ],
          }),
        ],
      },
    }),
    // A named reference member: stored as {_type: 'expertQuoteRef', _ref}, so the renderer can
    // tell a quoted expert from any other reference and the quote stays reusable across articles.
    defineArrayMember({
      name: 'expertQuoteRef',
      title: 'Expert quote',
      type: 'reference',
      icon: BlockquoteIcon,
      to: [{type: 'expertQuote'}],
    }),
    // An inline picture, shown full width with its caption and credit beneath.
    defineArrayMember({type: 'image', title: 'Image', options: {hotspot: true}, fields: captionedImageFields}),
    defineArrayMember({type: 'statistic'}),
    defineArrayMember({type: 'debateQuestions'}),
  ],
})
