/**
 * Weighing a page of the running reader site as a browser would load it: its HTML, every JS chunk
 * it names (and the chunks those name), its stylesheets, and which server-only libraries' telltale
 * strings reach the chunks. Plain Node (no Jest), shared by `npm run audit` and the bundle test.
 */
import {gzipSync} from 'node:zlib'

export const TELLTALES: Record<string, string[]> = {
  '@sanity/client': ['@sanity/client'],
  zod: ['ZodError', '$ZodType', '_zod'],
  'groq-js': ['groq-js'],
  'portable text': ['portabletext', 'PortableText'],
}

const CHUNK_RE = /\/_next\/static\/chunks\/[\w.\-~]+\.js/g
const CSS_RE = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+\.css)"[^>]*rel="stylesheet"/g

export const gzipBytes = (text: string | Buffer) => gzipSync(text).length

async function fetchText(url: string, okStatuses = [200]): Promise<string> {
  const res = await fetch(url, {headers: {'accept-encoding': 'identity'}})
  if (!okStatuses.includes(res.status)) throw new Error(`${url}: HTTP ${res.status}`)
  return res.text()
}

export interface PageWeight {
  path: string
  html: string
  /** Chunk paths the page loads, with their text. */
  chunks: Map<string, string>
  css: Map<string, string>
}

/** A page's HTML and every JS chunk it names, plus the chunks those name in turn (Turbopack's runtime loads them). */
export async function weighPage(baseUrl: string, path: string, cache = new Map<string, string>()): Promise<PageWeight> {
  // A 404 page is a page too: its chunks count.
  const html = await fetchText(baseUrl + path, [200, 404])
  const chunks = new Map<string, string>()
  // Next's legacy polyfills load with <script nomodule>: browsers that run modules never fetch them.
  const noModule = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*\snoModule[^>]*>/gi)].map((m) => m[1]))
  const queue = [...new Set(html.match(CHUNK_RE) ?? [])].filter((chunk) => !noModule.has(chunk))
  while (queue.length > 0) {
    const chunk = queue.shift()!
    if (chunks.has(chunk)) continue
    const text = cache.get(chunk) ?? (await fetchText(baseUrl + chunk))
    cache.set(chunk, text)
    chunks.set(chunk, text)
    for (const ref of text.match(/static\/chunks\/[\w.\-~]+\.js/g) ?? []) queue.push(`/_next/${ref}`)
  }
  const css = new Map<string, string>()
  for (const m of html.matchAll(CSS_RE)) {
    const href = m[1] ?? m[2]
    if (!css.has(href)) css.set(href, await fetchText(new URL(href, baseUrl).href))
  }
  return {path, html, chunks, css}
}

/** Which server-only libraries' telltale strings appear in which chunks. */
export function findTelltales(chunks: Map<string, string>): {library: string; chunk: string; marker: string}[] {
  const found: {library: string; chunk: string; marker: string}[] = []
  for (const [chunk, text] of chunks) {
    for (const [library, markers] of Object.entries(TELLTALES)) {
      const marker = markers.find((m) => text.includes(m))
      if (marker) found.push({library, chunk, marker})
    }
  }
  return found
}

/**
 * The RSC payload Next streams into the HTML (`self.__next_f.push(...)` scripts): the rendered
 * server tree again, for the client router. Its share of the HTML is what a smaller server tree
 * or fewer client props would save.
 */
export function flightScripts(html: string): string {
  return (html.match(/<script>self\.__next_f\.push\([\s\S]*?\)<\/script>/g) ?? []).join('')
}

/** The flight scripts' share of the HTML's bytes, raw and gzip (the latter as what gzip saves without them). */
export function flightShare(html: string): {raw: number; gzip: number} {
  const flight = flightScripts(html)
  const rest = html.replace(/<script>self\.__next_f\.push\([\s\S]*?\)<\/script>/g, '')
  return {raw: flight.length / html.length, gzip: 1 - gzipBytes(rest) / gzipBytes(html)}
}

export const jsGzip = (page: PageWeight) => [...page.chunks.values()].reduce((sum, text) => sum + gzipBytes(text), 0)
export const cssGzip = (page: PageWeight) => [...page.css.values()].reduce((sum, text) => sum + gzipBytes(text), 0)

/** The reader pages the audit weighs: the homepage and the article it leads with. */
export async function auditedPages(baseUrl: string): Promise<{home: PageWeight; article: PageWeight}> {
  const cache = new Map<string, string>()
  const home = await weighPage(baseUrl, '/', cache)
  const articlePath = /href="(\/articles\/[^"#?]+)"/.exec(home.html)?.[1]
  if (!articlePath) throw new Error('the homepage links to no article')
  return {home, article: await weighPage(baseUrl, articlePath, cache)}
}
