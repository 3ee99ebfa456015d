/**
 * Serves the chunks every App Router page starts with (Turbopack's runtime, React DOM, Next's
 * router and its entry: the build manifest's `rootMainFiles`) with V8's explicit compile hint,
 * `//# allFunctionsCalledOnLoad`, as their first line.
 *
 * V8 compiles a script's functions lazily, each on the main thread the first time it is called.
 * Hydration calls most of React DOM and the router at once, so nearly all of that compiling fell
 * into one task when the last chunk arrived: 42–60 ms on this machine, which Lighthouse's phone
 * simulation stretches past 250 ms of blocking time. With the hint, Chromium (136 and later)
 * compiles the whole file eagerly while it streams in, off the main thread; the task shrinks to
 * ~11 ms (docs/first-paint.md). Other browsers read the line as a comment.
 *
 * The hint is added as Next's response goes out, so the file on disk, Next's headers and its
 * caching stay as they are; only Content-Length grows by the hint's bytes.
 */
import {readFileSync} from 'node:fs'
import type {IncomingMessage, ServerResponse} from 'node:http'
import {join} from 'node:path'

export const COMPILE_HINT = Buffer.from('//# allFunctionsCalledOnLoad\n')

/**
 * The URL paths of the build's startup chunks, from `.next/build-manifest.json`. A build without
 * the manifest (or with another shape of it) gets no hints, not an error: the site works as before.
 */
export function startupChunks(dir: string): Set<string> {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, '.next', 'build-manifest.json'), 'utf8')) as {
      rootMainFiles?: unknown
    }
    const files = Array.isArray(manifest.rootMainFiles) ? manifest.rootMainFiles : []
    return new Set(
      files
        .filter((f): f is string => typeof f === 'string' && /^static\/chunks\/[^/]+\.js$/.test(f))
        .map((f) => `/_next/${f}`),
    )
  } catch {
    return new Set()
  }
}

/**
 * Whether this request is for one of those chunks. A Range request for one is answered whole
 * instead (its offsets would count from the file, not from what is sent), as a server may.
 */
export function hintsRequest(req: IncomingMessage, chunks: Set<string>): boolean {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !chunks.has((req.url ?? '').split('?')[0])) return false
  delete req.headers.range
  delete req.headers['if-range']
  return true
}

/**
 * Puts the hint in front of a 200 response's body, before Next writes to it. A 304 or an error has
 * no body of the chunk's and is left alone; a HEAD answer reports the length a GET would send.
 */
export function hintResponse(res: ServerResponse) {
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  let hinted = false
  const hintFirst = (chunk: unknown) => {
    if (hinted || chunk == null || typeof chunk === 'function') return
    hinted = true
    if (res.statusCode === 200) write(COMPILE_HINT)
  }
  res.writeHead = ((status: number, ...args: unknown[]) => {
    const length = Number(res.getHeader('content-length'))
    if (status === 200 && !res.headersSent && Number.isFinite(length))
      res.setHeader('content-length', length + COMPILE_HINT.length)
    return writeHead(status, ...args)
  }) as typeof res.writeHead
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    hintFirst(chunk)
    return write(chunk, ...rest)
  }) as typeof res.write
  res.end = ((...args: unknown[]) => {
    if (res.req?.method !== 'HEAD') hintFirst(args[0])
    return end(...args)
  }) as typeof res.end
}
