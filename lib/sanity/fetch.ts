import 'server-only'
import type {z} from 'zod'
import {getPreviewClient, getPublicClient} from './client'

export interface FetchOptions<S extends z.ZodType> {
  query: string
  params?: Record<string, unknown>
  schema: S
  tags: string[]
  /** Editors' draft preview: drafts perspective, no caching. */
  preview?: boolean
  /** A read that decides a write (the comment action): published content, never cached. */
  fresh?: boolean
}

export class ContentShapeError extends Error {}

/**
 * The one way the site reads content: runs a GROQ query with `$params`, caches the result under
 * the given tags (pages stay static until a tag is revalidated), and checks it against the query's
 * zod schema so a page never renders a shape it does not expect.
 */
export async function sanityFetch<S extends z.ZodType>({
  query,
  params = {},
  schema,
  tags,
  preview = false,
  fresh = false,
}: FetchOptions<S>): Promise<z.infer<S>> {
  const raw = preview
    ? await getPreviewClient().fetch(query, params, {cache: 'no-store'})
    : fresh
      ? await getPublicClient().fetch(query, params, {cache: 'no-store'})
      : await getPublicClient().fetch(query, params, {cache: 'force-cache', next: {tags}})
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ')
    throw new ContentShapeError(`Unexpected content shape for query tagged [${tags.join(', ')}]: ${where}`)
  }
  return parsed.data
}
