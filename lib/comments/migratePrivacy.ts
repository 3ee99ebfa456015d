import type {SanityClient} from '@sanity/client'
import {commentPrivateId} from './privateId'

/**
 * Brings a dataset written before comments were held as drafts to the current model: every
 * comment that is published while not approved becomes a draft, and e-mail hashes, IP hashes and
 * flags move from comments into their private `comment-contact.<id>` document. Until this has run,
 * those comments and hashes stay readable without a token. Safe to run again: a migrated dataset
 * matches nothing.
 */
const LEGACY = `*[_type == "comment" && (
  defined(emailHash) || defined(ipHash) || defined(flags) ||
  (status != "approved" && !(_id in path("drafts.**")))
)] | order(_id asc) [0...$batch]`

const PRIVATE_FIELDS = ['emailHash', 'ipHash', 'flags'] as const
// The server sets the system fields of the new draft; the private ones go to the private document.
const DROPPED = new Set<string>(['_rev', '_updatedAt', '_originalId', ...PRIVATE_FIELDS])

type Doc = Record<string, unknown> & {_id: string; status?: string}

export interface MigrationReport {
  /** Published while pending, spam or trash: now drafts. */
  unpublished: number
  /** Comments (draft or published) that carried private fields: now in the private document. */
  moved: number
}

export async function migrateCommentPrivacy(client: SanityClient, batch = 200): Promise<MigrationReport> {
  const report: MigrationReport = {unpublished: 0, moved: 0}
  for (;;) {
    const docs = await client.fetch<Doc[]>(LEGACY, {batch}, {perspective: 'raw'})
    if (docs.length === 0) return report
    const tx = client.transaction()
    for (const doc of docs) {
      const publishedId = doc._id.replace(/^drafts\./, '')
      const privateId = commentPrivateId(publishedId)
      const carried = Object.fromEntries(PRIVATE_FIELDS.filter((f) => doc[f] !== undefined).map((f) => [f, doc[f]]))
      if (Object.keys(carried).length > 0) report.moved++
      tx.createIfNotExists({
        _id: privateId,
        _type: 'commentContact',
        comment: {_type: 'reference', _ref: publishedId, _weak: true},
      })
      if (Object.keys(carried).length > 0) tx.patch(privateId, (p) => p.setIfMissing(carried))
      const contact = {_type: 'reference', _ref: privateId, _weak: true}
      const isHeldAndPublished = doc._id === publishedId && doc.status !== 'approved'
      if (!isHeldAndPublished) {
        tx.patch(doc._id, (p) => p.unset([...PRIVATE_FIELDS]).setIfMissing({contact}))
        continue
      }
      report.unpublished++
      // A draft of it may exist (an edit in the Studio): that one wins, as an unpublish keeps it.
      const clean = Object.fromEntries(Object.entries(doc).filter(([k]) => !DROPPED.has(k)))
      tx.createIfNotExists({...clean, _id: `drafts.${publishedId}`, _type: 'comment', contact})
      tx.patch(`drafts.${publishedId}`, (p) => p.unset([...PRIVATE_FIELDS]))
      tx.delete(publishedId)
    }
    await tx.commit({visibility: 'sync'})
  }
}
