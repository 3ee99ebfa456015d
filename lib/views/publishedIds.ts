import 'server-only'
import {z} from 'zod'
import {isPublicArticle} from '@/lib/queries/fragments'
import {sanityFetch} from '@/lib/sanity/fetch'
import {TAGS} from '@/lib/sanity/tags'

export const publishedArticleIdsQuery = `*[${isPublicArticle}]._id`

/**
 * How long a beacon trusts the id list it has before asking again. The list itself comes through
 * sanityFetch, cached under the article tag (a publish revalidates it); this keeps the parsed Set
 * between beacons, so a beacon costs a Set lookup rather than a cache read and a parse of every id.
 */
const REFRESH_MS = 5_000

let known: {ids: Set<string>; at: number} | undefined
let refreshing: Promise<Set<string>> | undefined

async function load(): Promise<Set<string>> {
  const ids = await sanityFetch({query: publishedArticleIdsQuery, schema: z.array(z.string()), tags: [TAGS.article]})
  known = {ids: new Set(ids), at: Date.now()}
  return known.ids
}

function refresh(): Promise<Set<string>> {
  refreshing ??= load()
    .catch((err: unknown) => {
      if (!known) throw err
      return known.ids
    })
    .finally(() => (refreshing = undefined))
  return refreshing
}

/**
 * Whether the id is a published, public article (a page a reader can have read). A known id is
 * answered at once, the list refreshed in the background when stale; an unknown one waits for a
 * stale list's refresh (it may have just been published), so those cost at most one read per interval.
 */
export async function isPublishedArticle(id: string): Promise<boolean> {
  if (!known) return (await refresh()).has(id)
  const stale = Date.now() - known.at > REFRESH_MS
  if (known.ids.has(id)) {
    if (stale) refresh().catch(() => {})
    return true
  }
  return stale ? (await refresh()).has(id) : false
}

/** Tests that publish an article and send a beacon at once. */
export function forgetPublishedArticleIds(): void {
  known = undefined
}
