/**
 * Loads the App Router's client chunks after the page's first paint instead of with it.
 *
 * React and Next write every chunk a page needs as `<script src async>` in the head (and the
 * bootstrap chunk, preloaded there, as one more `<script src async>` after the flight data). The
 * browser fetches them at once and runs each the moment it arrives, so on a phone ~136 KB of
 * framework JavaScript is downloaded, compiled and run before the headline is painted: Lighthouse
 * puts 0.5–1 s of a page's LCP on them (docs/first-paint.md). The page needs none of it to be read,
 * and its one form (comments) posts without it. So the tags are taken out and one small inline
 * script adds the same chunks, async as before, once the browser reports the first contentful
 * paint. The chunks still load in any order (Turbopack's runtime is built for that); hydration
 * starts just after the first paint instead of racing it.
 *
 * Only Next's own chunk tags in exactly React's form are touched; anything else (another
 * attribute, an integrity hash, the noModule polyfill) is left as it is, and a page with none of
 * them passes through unchanged.
 */
import type {ServerResponse} from 'node:http'

const CHUNK = String.raw`/_next/static/[^"<>\s]+\.js`
const ASYNC_SCRIPT = new RegExp(String.raw`<script src="(${CHUNK})" async=""></script>`, 'g')
const PRELOAD = new RegExp(String.raw`<link rel="preload" as="script" fetchPriority="low" href="(${CHUNK})"/>`, 'g')
const HEAD_END = '</head>'
const ERROR_SHELL = /<html[^>]*\sid="__next_error__"/

/**
 * The loader. It waits for the browser's own first-contentful-paint entry (the moment the text is
 * on screen, not merely drawn: every browser Next 16 supports reports it); it loads at once in a
 * tab that paints nothing yet (hidden, or prerendering), and after 3 s whatever happened, so a
 * page that never reports a paint still hydrates. Written small: it is in every page.
 */
export function loaderScript(srcs: string[]): string {
  const list = JSON.stringify(srcs).replace(/</g, '\\u003c')
  return (
    '<script>((s,d)=>{const l=()=>{if(!d){d=1;for(const u of s){const e=document.createElement("script");' +
    'e.src=u;e.async=!0;document.head.append(e)}}};' +
    'if(document.visibilityState!="visible"||document.prerendering)return l();setTimeout(l,3e3);' +
    'new PerformanceObserver((p,o)=>{if(p.getEntriesByName("first-contentful-paint").length){o.disconnect();l()}})' +
    `.observe({type:"paint",buffered:!0})})(${list})</script>`
  )
}

/**
 * Rewrites a page's head: takes out the chunk scripts and preloads, and puts the loader for all of
 * them at its end. Returns the chunks preloaded (the bootstrap ones, whose `<script>` tag comes
 * later in the body) so the body can drop their tags too.
 */
export function rewriteHead(head: string): {head: string; later: string[]} {
  // Next's error shell (an empty <html id="__next_error__">, sent when the server render failed
  // or bailed out to the client; a notFound() 404's is replaced, serve/notFoundPage.ts) shows
  // nothing until the chunks have run: it never paints first, so it keeps Next's tags.
  if (ERROR_SHELL.test(head)) return {head, later: []}
  const srcs: string[] = []
  const later: string[] = []
  const rest = head
    .replace(ASYNC_SCRIPT, (_, src: string) => (srcs.push(src), ''))
    .replace(PRELOAD, (_, src: string) => (later.push(src), ''))
  const all = [...new Set([...srcs, ...later])]
  if (all.length === 0) return {head, later: []}
  const end = rest.lastIndexOf(HEAD_END)
  return {head: `${rest.slice(0, end)}${loaderScript(all)}${rest.slice(end)}`, later}
}

/**
 * Takes the bootstrap chunks' `<script src async>` tags out of a stretch of the body, and each
 * one found out of `later`: React writes each tag once, so the rest of the page then streams
 * through untouched. The body is searched as bytes (its markers are ASCII, which never occurs
 * inside a UTF-8 sequence), never decoded: this runs on every page served.
 */
function dropTags(bytes: Buffer, later: Buffer[]): Buffer[] {
  let pieces = [bytes]
  for (let i = later.length - 1; i >= 0; i--) {
    for (let p = 0; p < pieces.length; p++) {
      const start = pieces[p].indexOf(later[i])
      if (start < 0) continue
      // Pieces, not a copy of the page: each is a view of the bytes Next wrote.
      const rest = [pieces[p].subarray(0, start), pieces[p].subarray(start + later[i].length)]
      pieces = [...pieces.slice(0, p), ...rest, ...pieces.slice(p + 1)]
      later.splice(i, 1)
      break
    }
  }
  return pieces
}

/**
 * Where the bytes may still be cut inside a `<script>` tag: from the last opening tag not yet
 * closed, or from a trailing "<scr…" that may become one. What comes before it is safe to rewrite.
 */
function safeEnd(bytes: Buffer): number {
  const open = bytes.lastIndexOf('<script')
  if (open >= 0 && bytes.indexOf('</script>', open) < 0) return open
  const lt = bytes.lastIndexOf('<')
  return lt >= 0 && '<script'.startsWith(bytes.subarray(lt).toString('latin1')) ? lt : bytes.length
}

const NOTHING: Buffer = Buffer.alloc(0)

/**
 * A streaming rewriter for one HTML document: feed it the response's chunks in order, then `end()`;
 * each call returns the pieces to send, in order (views of the bytes fed in, not copies). It holds
 * bytes until the head has ended (React writes the head in one piece), and after that only an
 * unfinished `<script>` tag, so a streamed page still streams.
 */
export function createRewriter() {
  let pending = NOTHING
  let inHead = true
  let later: Buffer[] = []
  const flushBody = (final: boolean): Buffer[] => {
    const cut = final || later.length === 0 ? pending.length : safeEnd(pending)
    const out = later.length === 0 ? [pending.subarray(0, cut)] : dropTags(pending.subarray(0, cut), later)
    pending = pending.subarray(cut)
    return out.filter((piece) => piece.length > 0)
  }
  const push = (bytes: Buffer, final: boolean): Buffer[] => {
    pending = pending.length === 0 ? bytes : Buffer.concat([pending, bytes])
    if (inHead) {
      const end = pending.indexOf(HEAD_END)
      if (end < 0 && !final) return []
      inHead = false
      if (end < 0) return flushBody(true)
      const headEnd = end + HEAD_END.length
      const rewritten = rewriteHead(pending.subarray(0, headEnd).toString('utf8'))
      later = rewritten.later.map((src) => Buffer.from(`<script src="${src}" async=""></script>`))
      pending = pending.subarray(headEnd)
      return [Buffer.from(rewritten.head), ...flushBody(final)]
    }
    return flushBody(final)
  }
  return {
    write: (chunk: Buffer | Uint8Array | string) =>
      push(
        typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength),
        false,
      ),
    end: () => push(NOTHING, true),
  }
}

/** Reader pages only: the Studio is a client app of its own and is left as Next writes it. */
export const rewritesPath = (url: string | undefined) => !/^\/studio(?:[/?]|$)/.test(url ?? '/')

const isHtml = (res: ServerResponse) => /^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''))

/**
 * Hooks the rewriter into a response before Next writes to it. Next sets its headers before the
 * first byte; an HTML body of changed length loses its Content-Length (it goes out chunked, or
 * compressed by the layer outside this one).
 */
export function rewriteHtmlResponse(res: ServerResponse) {
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  let rewriter: ReturnType<typeof createRewriter> | null | undefined
  const decide = () => {
    if (rewriter !== undefined) return rewriter
    rewriter = isHtml(res) && !res.getHeader('content-encoding') ? createRewriter() : null
    if (rewriter) res.removeHeader('content-length')
    return rewriter
  }
  res.writeHead = ((status: number, ...args: unknown[]) => {
    // Headers passed here (not set before) are folded in first, so the decision sees them.
    const headers = args.find((a) => a && typeof a === 'object')
    if (Array.isArray(headers)) {
      rewriter ??= null // raw header pairs: leave this response as Next wrote it
      return writeHead(status, ...args)
    }
    for (const [name, value] of Object.entries(headers ?? {}))
      if (value !== undefined) res.setHeader(name, value as string)
    decide()
    return writeHead(status, ...(typeof args[0] === 'string' ? [args[0]] : []))
  }) as typeof res.writeHead
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    const r = decide()
    if (!r || chunk == null) return write(chunk, ...rest)
    const callback = rest.find((a) => typeof a === 'function') as (() => void) | undefined
    const pieces = r.write(chunk as Buffer | string)
    if (pieces.length === 0) {
      callback?.()
      return true
    }
    let ok = true
    pieces.forEach((piece, i) => (ok = write(piece, i === pieces.length - 1 ? callback : undefined) && ok))
    return ok
  }) as typeof res.write
  res.end = ((...args: unknown[]) => {
    const r = decide()
    if (!r) return end(...args)
    const chunk = typeof args[0] === 'function' ? undefined : args[0]
    const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined
    const pieces = [...(chunk != null ? r.write(chunk as Buffer | string) : []), ...r.end()]
    const last = pieces.pop()
    for (const piece of pieces) write(piece)
    return last ? end(last, callback) : end(callback)
  }) as typeof res.end
}
