/**
 * The projection every content webhook sends (the lake's built-in hook and the one the README
 * tells you to create in a hosted project). `before()` gives the old slug, so renaming an article
 * also refreshes its old URL.
 */
export const WEBHOOK_PROJECTION = `{
  _id,
  _type,
  "slug": coalesce(after().slug.current, before().slug.current),
  "previousSlug": before().slug.current,
  "articleId": coalesce(after().article._ref, before().article._ref),
  "articleSlug": coalesce(after().article, before().article)->slug.current,
  "authorSlug": coalesce(after().author, before().author)->slug.current,
  "topicSlugs": coalesce(after().topics, before().topics)[]->slug.current,
  "status": after().status,
  "previousStatus": before().status
}`

export const WEBHOOK_FILTER = `_type in ["article", "author", "topic", "expertQuote", "comment", "siteSettings"]`
