/**
 * The projection every content webhook sends (the lake's built-in hook and the one the README
 * tells you to create in a hosted project). `before()` gives the old slug, so renaming an article
 * also refreshes its old URL. For a comment, `threadRootId` names the top-level comment of its
 * thread (webhook projections may follow references but not run queries): the site works out
 * from it which comments page to refresh.
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
  "previousStatus": before().status,
  "createdAt": select(_type == "comment" => coalesce(after().createdAt, before().createdAt)),
  "threadRootId": select(_type == "comment" => coalesce(
    coalesce(after().parent, before().parent)->parent->parent._ref,
    coalesce(after().parent, before().parent)->parent._ref,
    coalesce(after().parent, before().parent)._ref,
    _id
  ))
}`

export const WEBHOOK_FILTER = `_type in ["article", "author", "topic", "expertQuote", "comment", "siteSettings"]`
