import type {SanityClient} from '@sanity/client'

interface SeededComment {
  _id: string
  status: string
  [field: string]: unknown
}

/**
 * Stores a comment the way the site and the Studio's moderation leave it: published only while
 * approved, a draft (`drafts.<id>`, token holders only) when pending, spam or trash.
 */
export function seedComment(client: SanityClient, {_id, ...fields}: SeededComment) {
  return client.create({...fields, _id: fields.status === 'approved' ? _id : `drafts.${_id}`, _type: 'comment'})
}
