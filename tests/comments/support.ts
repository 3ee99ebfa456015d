import type {SanityClient} from '@sanity/client'
import {randomBytes} from 'node:crypto'
import {submitCommentAction} from '@/components/comments/actions'
import {INITIAL_COMMENT_STATE, type CommentFormState} from '@/components/comments/formState'
import {issueTimeToken} from '@/lib/comments/timeToken'

/**
 * Helpers for the reader-comment tests. The lake and the app's data layer come from
 * tests/support/site.ts (`startSiteLake()`); the only thing faked is the request context: each
 * test file mocks `next/headers` with a variable it sets through `setClientAddress`-style code:
 *
 *   let mockHeaders = new Headers()
 *   jest.mock('next/headers', () => ({headers: async () => mockHeaders}))
 */

export const SEED_ARTICLE = 'article-druk-nato-nexus'
export const OTHER_ARTICLE = 'article-chip-sovereignty'
/** The seed article's thread: 01 → 02 → 03 (third level), 04 → 06; 08 is pending (reply to 05), 09 is trash. */
export const SEED = {
  root: 'comment-druk-nato-nexus-01',
  second: 'comment-druk-nato-nexus-02',
  third: 'comment-druk-nato-nexus-03',
  pending: 'comment-druk-nato-nexus-08',
  trash: 'comment-druk-nato-nexus-09',
  otherArticleComment: 'comment-chip-sovereignty-01',
} as const

const run = randomBytes(3).toString('hex')
let sequence = 0

/**
 * A client address nobody else in this file uses, in its own /24 (addresses are anonymised to
 * their /24 before the flood limit sees them), so each test has its own flood window.
 */
export function freshAddress(): string {
  sequence++
  return `10.${100 + Math.floor(sequence / 250)}.${sequence % 250}.${1 + (sequence % 200)}`
}

export const uniqueEmail = (label = 'reader') => `${label}.${run}.${++sequence}@example.org`
export const uniqueText = (label = 'comment') => `A ${label} for the tests (${run}-${++sequence}).`

/** A time-trap token issued five seconds ago: the post counts as made by a person. */
export const acceptedToken = () => issueTimeToken(Date.now() - 5000)

export interface Post {
  articleId?: string
  parentId?: string
  body?: string
  name?: string
  email?: string
  /** The time-trap token; '' sends none (a reader without JavaScript). */
  startedAt?: string
  website?: string
  /** Anything else a client might send. */
  extra?: Record<string, string>
}

/** The form a reader would send, with sensible defaults and unique text and e-mail. */
export function commentForm(post: Post = {}): FormData {
  const fd = new FormData()
  fd.set('articleId', post.articleId ?? SEED_ARTICLE)
  fd.set('parentId', post.parentId ?? '')
  fd.set('startedAt', post.startedAt ?? acceptedToken())
  fd.set('website', post.website ?? '')
  fd.set('body', post.body ?? uniqueText())
  fd.set('name', post.name ?? 'Test Reader')
  fd.set('email', post.email ?? uniqueEmail())
  for (const [k, v] of Object.entries(post.extra ?? {})) fd.set(k, v)
  return fd
}

export const submit = (fd: FormData): Promise<CommentFormState> => submitCommentAction(INITIAL_COMMENT_STATE, fd)

/** A comment as the Studio sees it (`drafts` perspective): its published id, its draft's content until approved. */
export interface StoredComment {
  _id: string
  /** `drafts.<_id>` while the comment is held (pending, spam, trash). */
  _originalId?: string
  _type: 'comment'
  article: {_ref: string}
  parent?: {_ref: string}
  contact: {_ref: string}
  authorName: string
  body: string
  status: string
  createdAt: string
  [key: string]: unknown
}

/** The private half of a comment. */
export interface StoredContact {
  _id: string
  email: string
  emailHash: string
  ipHash: string
  flags: string[]
  comment: {_ref: string}
  [key: string]: unknown
}

/** What the lake holds for one e-mail address, read back with the read token. */
export async function storedFor(
  reader: SanityClient,
  email: string,
): Promise<{comments: StoredComment[]; contacts: StoredContact[]}> {
  const contacts = await reader.fetch<StoredContact[]>('*[_type == "commentContact" && email == $email]', {email})
  const comments = await reader.fetch<StoredComment[]>(
    '*[_type == "comment" && _id in $ids] | order(createdAt asc)',
    {ids: contacts.map((c) => c.comment._ref)},
    {perspective: 'drafts'},
  )
  return {comments, contacts}
}

/** Every comment (draft or published) and contact document: a refused post must leave this unchanged. */
export const countAll = (reader: SanityClient) =>
  reader.fetch<number>('count(*[_type in ["comment", "commentContact"]])', {}, {perspective: 'raw'})

/** Runs a post that must be refused (or swallowed) and checks that nothing at all was stored. */
export async function expectNothingStored(
  reader: SanityClient,
  post: () => Promise<CommentFormState>,
): Promise<CommentFormState> {
  const before = await countAll(reader)
  const state = await post()
  expect(await countAll(reader)).toBe(before)
  return state
}

export const repeat = (unit: string, times: number) => Array.from({length: times}, () => unit).join('')
