// Builders that turn the readable content modules into stored documents (CONTENT_MODEL.md).
import {createHash} from 'node:crypto'

import {keyBody} from './portable-text.mjs'

export const ref = (id) => ({_type: 'reference', _ref: id})
// Comments point at articles and parents weakly, as the schema does: deleting never blocks.
export const weakRef = (id) => ({_type: 'reference', _ref: id, _weak: true})
export const slug = (current) => ({_type: 'slug', current})

export const keyedRefs = (ids, keyPrefix) => ids.map((id, index) => ({_key: `${keyPrefix}${index}`, ...ref(id)}))

/** Shift an ISO timestamp by whole hours, keeping Sanity's second-precision form. */
export function shiftHours(iso, hours) {
  const shifted = new Date(Date.parse(iso) + hours * 3_600_000)
  return shifted.toISOString().replace('.000Z', 'Z')
}

export const articleId = (articleSlug) => `article-${articleSlug}`
export const commentId = (shortId) => `comment-${shortId}`

/**
 * The site stores an HMAC of the normalised address under a server secret; the sample cannot know
 * that secret, so it stores a stable SHA-256 placeholder of the same shape (64 hex characters).
 */
export const placeholderEmailHash = (email) =>
  createHash('sha256').update(`sample-edition:${email.trim().toLowerCase()}`).digest('hex')

export function articleDoc(a) {
  const editedAt = a.updatedAt ?? a.publishedAt
  return {
    _id: articleId(a.slug),
    _type: 'article',
    // Drafted the day before publication, as a newsroom would.
    _createdAt: shiftHours(a.publishedAt, -20),
    _updatedAt: editedAt,
    title: a.title,
    slug: slug(a.slug),
    dek: a.dek,
    author: ref(`author-${a.author}`),
    topics: keyedRefs(
      a.topics.map((t) => `topic-${t}`),
      'topic',
    ),
    publishedAt: a.publishedAt,
    ...(a.updatedAt && {updatedAt: a.updatedAt}),
    ...(a.correction && {correction: a.correction}),
    body: keyBody(a.body),
    ...(a.related && {related: keyedRefs(a.related.map(articleId), 'related')}),
    ...(a.seo && {seo: a.seo}),
  }
}

export function quoteDoc(q) {
  const {id, createdAt, ...fields} = q
  return {
    _id: id,
    _type: 'expertQuote',
    _createdAt: createdAt,
    _updatedAt: createdAt,
    anonymous: Boolean(fields.anonymous),
    ...fields,
  }
}

/**
 * A comment as the site stores it: published only once approved (the public API serves published
 * documents only), a draft otherwise; nothing private on it, since publishing copies it whole.
 */
export function commentDoc(c) {
  const id = commentId(c.id)
  return {
    _id: c.status === 'approved' ? id : `drafts.${id}`,
    _type: 'comment',
    _createdAt: c.at,
    _updatedAt: c.moderatedAt ?? c.at,
    article: weakRef(articleId(c.article)),
    ...(c.parent && {parent: weakRef(commentId(c.parent))}),
    authorName: c.name,
    body: c.body,
    status: c.status,
    createdAt: c.at,
    contact: weakRef(commentContactId(c.id)),
  }
}

const commentContactId = (shortId) => `comment-contact.${commentId(shortId)}`

/**
 * The private half of a comment (address, e-mail hash, flags): a dotted id, so only token-holding
 * requests can read it, whatever the comment's state.
 */
export function commentContactDoc(c) {
  return {
    _id: commentContactId(c.id),
    _type: 'commentContact',
    _createdAt: c.at,
    _updatedAt: c.at,
    email: c.email,
    emailHash: placeholderEmailHash(c.email),
    flags: c.flags ?? [],
    comment: weakRef(commentId(c.id)),
  }
}
