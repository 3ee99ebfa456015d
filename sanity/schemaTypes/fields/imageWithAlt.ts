import {defineField} from 'sanity'

type ImageFieldOptions = {name: string; title: string; withCaption?: boolean}

// Alt text is only meaningful once an image is chosen, so it is required relative to the asset,
// not unconditionally (an empty optional image must still validate).
const altField = defineField({
  name: 'alt',
  title: 'Alternative text',
  type: 'string',
  description: 'What the image shows, for readers using screen readers.',
  validation: (rule) =>
    rule.custom((alt, context) => {
      const parent = context.parent as {asset?: unknown} | undefined
      if (!parent?.asset) return true
      return alt?.trim() ? true : 'Alternative text is required when an image is set'
    }),
})

/** Alt text, a caption under the picture, and its credit (featured and inline images). */
export const captionedImageFields = [
  altField,
  defineField({name: 'caption', title: 'Caption', type: 'string'}),
  defineField({name: 'credit', title: 'Credit', type: 'string'}),
]

export function imageWithAltField({name, title, withCaption = false}: ImageFieldOptions) {
  return defineField({
    name,
    title,
    type: 'image',
    options: {hotspot: true},
    fields: withCaption ? captionedImageFields : [altField],
  })
}
