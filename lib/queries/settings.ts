import {defineQuery} from 'groq'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {TopicLinkSchema} from './fragments'

export const siteSettingsQuery = defineQuery(`*[_id == "siteSettings"][0]{
  title, tagline, description, timeZone, commentsPerPage, commentsOrder,
  "nav": nav[]->{title, "slug": slug.current}
}`)

/** Top-level threads per comment page, and the bounds an editor may set (a page carries one tag per page). */
export const COMMENTS_PER_PAGE = {default: 50, min: 5, max: 100} as const
export type CommentsOrder = 'oldest' | 'newest'

const FALLBACK = {
  title: 'The Meridian Review',
  tagline: null,
  description: null,
  timeZone: 'UTC',
  commentsPerPage: COMMENTS_PER_PAGE.default,
  commentsOrder: 'oldest' as CommentsOrder,
  nav: [],
}

export const SiteSettingsSchema = z
  .object({
    title: z.string(),
    tagline: z.string().nullable(),
    description: z.string().nullable(),
    timeZone: z
      .string()
      .nullable()
      .transform((tz) => tz ?? 'UTC'),
    // Out-of-range values (set through the API, not the Studio) fall back rather than break every article.
    commentsPerPage: z
      .number()
      .nullish()
      .transform((n) =>
        n && Number.isInteger(n) && n >= COMMENTS_PER_PAGE.min && n <= COMMENTS_PER_PAGE.max
          ? n
          : COMMENTS_PER_PAGE.default,
      ),
    commentsOrder: z
      .string()
      .nullish()
      .transform((o): CommentsOrder => (o === 'newest' ? 'newest' : 'oldest')),
    nav: z
      .array(TopicLinkSchema)
      .nullable()
      .transform((nav) => nav ?? []),
  })
  // A new dataset has no settings document yet; the site still renders with sensible defaults.
  .nullable()
  .transform((settings) => settings ?? FALLBACK)

export type SiteSettings = z.infer<typeof SiteSettingsSchema>

export function getSiteSettings() {
  return sanityFetch({query: siteSettingsQuery, schema: SiteSettingsSchema, tags: [TAGS.settings, TAGS.topic]})
}
