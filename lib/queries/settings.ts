import {defineQuery} from 'groq'
import {z} from 'zod'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'
import {TopicLinkSchema} from './fragments'

export const siteSettingsQuery = defineQuery(`*[_id == "siteSettings"][0]{
  title, tagline, description, timeZone,
  "nav": nav[]->{title, "slug": slug.current}
}`)

const FALLBACK = {title: 'The Meridian Review', tagline: null, description: null, timeZone: 'UTC', nav: []}

export const SiteSettingsSchema = z
  .object({
    title: z.string(),
    tagline: z.string().nullable(),
    description: z.string().nullable(),
    timeZone: z.string().nullable().transform((tz) => tz ?? 'UTC'),
    nav: z.array(TopicLinkSchema).nullable().transform((nav) => nav ?? []),
  })
  // A new dataset has no settings document yet; the site still renders with sensible defaults.
  .nullable()
  .transform((settings) => settings ?? FALLBACK)

export type SiteSettings = z.infer<typeof SiteSettingsSchema>

export function getSiteSettings() {
  return sanityFetch({query: siteSettingsQuery, schema: SiteSettingsSchema, tags: [TAGS.settings, TAGS.topic]})
}
