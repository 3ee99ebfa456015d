/**
 * Sends the server-rendered not-found page where Next would send an empty 404 shell.
 *
 * When a page calls `notFound()` (an unknown article, author, topic or listing page), Next 16
 * answers 404 with its error shell: `<html id="__next_error__">` and an empty body that the client
 * fills in once its chunks have run (vercel/next.js#62228). A reader without JavaScript, a crawler
 * and a screen reader before hydration get a blank page with no language and no title. An
 * unmatched URL, by contrast, gets Next's prerendered `/_not-found` page, which is the same page
 * (app/not-found.tsx holds the (site) group's one) and is kept fresh by its cache tags.
 *
 * So a 404 error shell is held back, and the body of `/_not-found`, fetched from this same server
 * (through its cache, already rewritten by it), is sent in its place with the 404 status and
 * headers Next chose. Anything else passes through as it streams; should the fetch fail, Next's
 * shell goes out as it was.
 */
import type {ServerResponse} from 'node:http'

export const NOT_FOUND_PATH = '/_not-found'
const ERROR_SHELL = /^\s*<!DOCTYPE html>\s*<html[^>]*\sid="__next_error__"/i
/** Enough of the document to hold its <html> tag. */
const SNIFF_BYTES = 512

const NOTHING = Buffer.alloc(0)
const isHtml = (res: ServerResponse) => /^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''))

/** The not-found page's HTML from the server at `origin`, or null when it is not one. */
export async function fetchNotFoundPage(origin: string): Promise<Buffer | null> {
  const res = await fetch(origin + NOT_FOUND_PATH, {
    headers: {'accept-encoding': 'identity'},
    signal: AbortSignal.timeout(5000),
  })
  const body = Buffer.from(await res.arrayBuffer())
  const ok = res.status === 404 && /^text\/html\b/i.test(res.headers.get('content-type') ?? '')
  return ok && !ERROR_SHELL.test(body.subarray(0, SNIFF_BYTES).toString('latin1')) ? body : null
}

/**
 * Hooks a response before Next writes to it: a 404 HTML body is held until its start shows
 * whether it is the error shell; if it is, the rest is dropped and `notFoundPage()` is sent instead.
 */
export function replaceErrorShell(res: ServerResponse, notFoundPage: () => Promise<Buffer | null>) {
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  let held: Buffer[] = []
  const toBuffer = (chunk: unknown) =>
    typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array)
  type State = 'undecided' | 'pass' | 'shell'
  /** What the response is, from what is held so far (at the end, it must say). */
  const decide = (final: boolean): State => {
    if (res.statusCode !== 404 || !isHtml(res)) return 'pass'
    const start = Buffer.concat(held).subarray(0, SNIFF_BYTES)
    if (start.length < SNIFF_BYTES && !final) return 'undecided'
    return ERROR_SHELL.test(start.toString('latin1')) ? 'shell' : 'pass'
  }
  let state: State = 'undecided'
  const flushHeld = () => {
    const pieces = held
    held = []
    for (const piece of pieces) write(piece)
  }
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (state === 'pass' || chunk == null) return write(chunk, ...rest)
    const callback = rest.find((a) => typeof a === 'function') as (() => void) | undefined
    // The shell's bytes are kept for the fallback; the page goes out at the end.
    held.push(toBuffer(chunk))
    if (state === 'undecided') state = decide(false)
    if (state === 'pass') {
      flushHeld()
      return write(NOTHING, callback)
    }
    callback?.()
    return true
  }) as typeof res.write
  res.end = ((...args: unknown[]) => {
    const chunk = typeof args[0] === 'function' ? undefined : args[0]
    const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined
    if (state === 'pass') return end(...args)
    if (chunk != null) held.push(toBuffer(chunk))
    if (state === 'undecided') state = decide(true)
    if (state === 'pass') {
      flushHeld()
      return end(callback)
    }
    const shell = Buffer.concat(held)
    held = []
    // Headers already out with the shell's length cannot carry another body.
    if (res.headersSent && res.getHeader('content-length') != null) return end(shell, callback)
    if (!res.headersSent) res.removeHeader('content-length')
    notFoundPage()
      .catch((err: unknown) => {
        console.error('[serve] the not-found page could not be fetched; sending Next’s shell:', err)
        return null
      })
      .then((page) => end(page ?? shell, callback))
    return res
  }) as typeof res.end
}
