import {defineField} from 'sanity'

// The site builds URLs from slugs and CONTENT_MODEL.md allows only [a-z0-9-]; Studio's default
// slugify keeps punctuation and accents, so we normalise here and validate what editors type by hand.
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')
}

/** A required slug generated from `source`; uniqueness per type is Studio's default isUnique. */
export function slugField(source: string) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    description: 'The URL segment. Changing it breaks existing links.',
    options: {source, maxLength: 96, slugify},
    validation: (rule) =>
      rule.required().custom((slug) => {
        if (!slug?.current) return true
        return SLUG_PATTERN.test(slug.current) ? true : 'Use lowercase letters, digits and single hyphens only'
      }),
  })
}
