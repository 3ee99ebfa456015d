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

export type Perspective = 'published' | 'drafts' | 'raw'
