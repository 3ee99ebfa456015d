import type {SanityClient} from '@sanity/client'

/**
 * An article with many approved comments, written straight to a lake (as a popular article meets
 * the newsroom): `threads` top-level comments one minute apart, each with `repliesPerThread`
 * replies nested as the form nests them (a reply, then a reply to it, alternating), all approved.
 * Used by the paging tests, the browser tests and scripts/bench/comments-volume.ts.
 */
export interface VolumeArticle {
  articleId: string
  slug: string
  /** Top-level comment ids, oldest first. */
  roots: string[]
  /** Every approved comment, replies included. */
  total: number
}

export const VOLUME_START = Date.parse('2026-02-01T00:00:00Z')
export const minuteAt = (i: number) => new Date(VOLUME_START + i * 60_000).toISOString()

export function volumeArticleDoc(slug: string, title = `A much-discussed piece (${slug})`) {
  return {
    _id: `article-${slug}`,
    _type: 'article',
    title,
    slug: {_type: 'slug', current: slug},
    dek: 'Readers had a great deal to say about this one.',
    publishedAt: '2026-01-31T08:00:00Z',
    author: {_type: 'reference', _ref: 'author-karma-choden'},
    topics: [{_type: 'reference', _ref: 'topic-geopolitics', _key: 't0'}],
    body: [
      {
        _type: 'block',
        _key: 'b0',
        style: 'normal',
        markDefs: [],
        children: [{_type: 'span', _key: 's0', text: 'A short piece.', marks: []}],
      },
    ],
  }
}

export const rootId = (slug: string, i: number) => `comment-${slug}-t${i}`
export const replyId = (slug: string, i: number, r: number) => `comment-${slug}-t${i}-r${r}`

export function commentDoc(articleId: string, id: string, createdAt: string, parent?: string, status = 'approved') {
  return {
    _id: status === 'approved' ? id : `drafts.${id}`,
    _type: 'comment',
    article: {_type: 'reference', _ref: articleId, _weak: true},
    ...(parent ? {parent: {_type: 'reference', _ref: parent, _weak: true}} : {}),
    authorName: `Reader ${id.slice(-8)}`,
    body: `Comment ${id}: a considered point about the piece, at some length so the page weighs what a real one does.`,
    status,
    createdAt,
  }
}

/** Writes the article and its comments in transactions of `batch` documents. */
export async function seedVolumeArticle(
  writer: SanityClient,
  {
    slug,
    threads,
    repliesPerThread = 0,
    batch = 500,
  }: {slug: string; threads: number; repliesPerThread?: number; batch?: number},
): Promise<VolumeArticle> {
  const article = volumeArticleDoc(slug)
  const docs: Array<Record<string, unknown> & {_id: string; _type: string}> = [article]
  const roots: string[] = []
  for (let i = 0; i < threads; i++) {
    const id = rootId(slug, i)
    roots.push(id)
    docs.push(commentDoc(article._id, id, minuteAt(i * 10)))
    let parent = id
    for (let r = 0; r < repliesPerThread; r++) {
      const reply = replyId(slug, i, r)
      docs.push(commentDoc(article._id, reply, minuteAt(i * 10 + r + 1), parent))
      // Depth two, then three, then back to two: the form attaches no deeper.
      parent = r % 2 === 0 ? reply : id
    }
  }
  for (let i = 0; i < docs.length; i += batch) {
    const tx = writer.transaction()
    for (const doc of docs.slice(i, i + batch)) tx.createOrReplace(doc)
    await tx.commit({visibility: 'async'})
  }
  return {articleId: article._id, slug, roots, total: docs.length - 1}
}
