import {rmSync} from 'node:fs'
import {cloneElement, isValidElement, type ReactNode} from 'react'
import {dirname, join} from 'node:path'
import {contentStoreConfig} from '@/lib/env'
import {importNdjson} from '@/sanity/lake/store/ndjson'
import {READ_TOKEN, WRITE_TOKEN, startTestLake, type TestLake} from './lake'

export const SAMPLE_EDITION = join(__dirname, '../../sanity/sample/edition.ndjson')

/** The sample edition's seed article: the page the site is modelled on. */
export const SEED_SLUG = 'druk-nato-nexus'

export interface SiteLake extends TestLake {
  close: () => Promise<void>
}

/**
 * A test lake loaded with the sample edition, with the app's data layer pointed at it.
 *
 * `contentStoreConfig()` and the public client cache their first result per module registry (one
 * per test file), and nothing reads the config at import time: setting the environment here, before
 * the first query, is enough. Call it in `beforeAll`, once per file.
 */
export async function startSiteLake(): Promise<SiteLake> {
  const t = await startTestLake()
  await importNdjson(t.lake.lake.store, SAMPLE_EDITION)
  process.env.LAKE_URL = t.lake.url
  process.env.SANITY_API_READ_TOKEN = READ_TOKEN
  process.env.SANITY_API_WRITE_TOKEN = WRITE_TOKEN
  delete process.env.SANITY_PROJECT_ID
  // Fails loudly if something read the config before this call (it would talk to another store).
  const config = contentStoreConfig()
  if (config.apiHost !== t.lake.url) {
    await t.lake.close()
    throw new Error(
      `The data layer was configured before startSiteLake(): it points at ${config.apiHost}, not ${t.lake.url}`,
    )
  }
  return {
    ...t,
    close: async () => {
      await t.lake.close()
      rmSync(dirname(t.dataFile), {recursive: true, force: true})
    },
  }
}

/** Next's `notFound()` throws an error whose digest marks a 404. */
export async function expectNotFound(render: Promise<unknown>): Promise<void> {
  let error: unknown
  try {
    await render
  } catch (e) {
    error = e
  }
  const digest = (error as {digest?: string} | undefined)?.digest ?? (error as Error | undefined)?.message
  expect(digest).toContain('NEXT_HTTP_ERROR_FALLBACK;404')
}

type AsyncComponent = (props: unknown) => Promise<ReactNode>
const isAsyncComponent = (type: unknown): type is AsyncComponent =>
  typeof type === 'function' && type.constructor.name === 'AsyncFunction'

/**
 * Awaits the async Server Components inside a tree, so React DOM can render it. React DOM (what
 * Testing Library drives) cannot render an async component nested in a page's output (it suspends
 * on a new promise every attempt and renders nothing), so this does for every nested one what
 * `render(await ArticleView({article}))` does by hand: calls it with its props and awaits the
 * result. Sync and client components are left for React DOM to render as usual. Accepts the
 * page's promise too: `render(await resolveServerTree(ArticlePage({params})))`.
 */
export async function resolveServerTree(tree: ReactNode | Promise<ReactNode>): Promise<ReactNode> {
  const node = await tree
  if (Array.isArray(node)) return Promise.all(node.map(resolveServerTree))
  if (!isValidElement(node)) return node
  if (isAsyncComponent(node.type)) return resolveServerTree(await node.type(node.props))
  const {children, ...props} = node.props as Record<string, unknown>
  const resolved: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(props)) {
    if (isValidElement(value) || Array.isArray(value)) resolved[name] = await resolveServerTree(value as ReactNode)
  }
  // Children go back as arguments, as JSX passed them: a rebuilt array would need keys.
  const kids = await resolveServerTree(children as ReactNode)
  return cloneElement(node, resolved, ...(Array.isArray(kids) ? kids : [kids]))
}

/**
 * Publishes `count` extra articles by one author in the given topics, dated one a day from
 * `firstPublishedAt` onwards (so they are newer than the whole sample edition by default).
 * Returns their slugs, newest first.
 */
export async function addArticles(
  site: TestLake,
  count: number,
  {
    author,
    topics,
    prefix,
    firstPublishedAt = '2026-02-01T06:00:00Z',
  }: {author: string; topics: string[]; prefix: string; firstPublishedAt?: string},
): Promise<string[]> {
  const transaction = site.writer.transaction()
  const slugs: string[] = []
  for (let i = 0; i < count; i++) {
    const slug = `${prefix}-${i + 1}`
    slugs.unshift(slug)
    transaction.create({
      _id: `article-${slug}`,
      _type: 'article',
      title: `${prefix} story ${i + 1}`,
      slug: {_type: 'slug', current: slug},
      dek: `Extra article ${i + 1} for the pagination tests.`,
      author: {_type: 'reference', _ref: `author-${author}`},
      topics: topics.map((t, k) => ({_type: 'reference', _ref: `topic-${t}`, _key: `t${k}`})),
      publishedAt: new Date(new Date(firstPublishedAt).getTime() + i * 24 * 3600 * 1000).toISOString(),
      body: [
        {
          _type: 'block',
          _key: 'p1',
          style: 'normal',
          markDefs: [],
          children: [{_type: 'span', _key: 's1', text: 'Body text.', marks: []}],
        },
      ],
    })
  }
  await transaction.commit()
  return slugs
}
