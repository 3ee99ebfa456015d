/** A stored document: any JSON object with Sanity's system fields. */
export interface LakeDocument {
  _id: string
  _type: string
  _rev?: string
  _createdAt?: string
  _updatedAt?: string
  [field: string]: unknown
}

/** One document's change inside a transaction; `null` means "did not exist" / "deleted". */
export interface DocumentChange {
  id: string
  before: LakeDocument | null
  after: LakeDocument | null
}

/** A committed transaction, as kept in the log (for listeners, history and webhooks). */
export interface Transaction {
  id: string
  timestamp: string
  author: string
  changes: DocumentChange[]
}

/**
 * `raw` shows every document under its own id; `rawWithoutVersions` is raw as API versions before
 * 2025-02-19 see it (no `versions.*`). A stack (`['drafts', 'published']`, `['rSpring', 'drafts']`)
 * shows, per document, the first layer that has it: `published`, `drafts`, or a release name.
 */
export type Perspective = 'published' | 'drafts' | 'raw' | 'rawWithoutVersions' | readonly string[]
