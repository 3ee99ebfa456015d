import type {SanityClient} from '@sanity/client'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {crc32, deflateSync} from 'node:zlib'
import {startLake, type RunningLake} from '@/sanity/lake/server/start'
import {GRANTS, READ_TOKEN, WRITE_TOKEN, clientFor} from '../support/lake'

export interface StudioLake {
  lake: RunningLake
  anon: SanityClient
  reader: SanityClient
  writer: SanityClient
}

/** A lake with its HTTPS/HTTP2 listener, both on free ports, and clients for the plain HTTP one. */
export async function startStudioLake(): Promise<StudioLake> {
  const dir = mkdtempSync(join(tmpdir(), 'studio-lake-'))
  const lake = await startLake({
    port: 0,
    dataFile: join(dir, 'lake.sqlite'),
    grants: GRANTS,
    tls: {port: 0, certDir: join(dir, 'tls')},
    // The site's origin, as `npm start` configures it: the Studio is embedded there.
    corsOrigins: [{origin: 'http://localhost:3000', credentials: true}],
  })
  return {
    lake,
    anon: clientFor(lake.url),
    reader: clientFor(lake.url, READ_TOKEN),
    writer: clientFor(lake.url, WRITE_TOKEN),
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Collected = {events: Array<Record<string, any>>; close: () => void; next: (count: number) => Promise<void>}

/**
 * Subscribes the way the Studio's document pair listener does (same query string as
 * @sanity/client's listen(), whose EventSource loader cannot run under Jest) and collects events.
 */
export async function collect(
  client: SanityClient,
  query: string,
  params: Record<string, unknown> = {},
  options: Record<string, string | boolean> = {},
): Promise<Collected> {
  const {apiHost, token} = client.config()
  const search = new URLSearchParams({query})
  for (const [key, value] of Object.entries(params)) search.set(`$${key}`, JSON.stringify(value))
  for (const [key, value] of Object.entries({effectFormat: 'mendoza', includeResult: false, ...options}))
    search.set(key, String(value))
  const abort = new AbortController()
  const res = await fetch(`${apiHost}/v2025-02-19/data/listen/production?${search}`, {
    headers: {accept: 'text/event-stream', ...(token ? {authorization: `Bearer ${token}`} : {})},
    signal: abort.signal,
  })
  const events: Collected['events'] = []
  void (async () => {
    let buffer = ''
    const decoder = new TextDecoder()
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, {stream: true})
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const type = /^event: (.*)$/m.exec(block)?.[1]
        const data = /^data: (.*)$/m.exec(block)?.[1]
        if (type) events.push({type, ...(data ? JSON.parse(data) : {})})
      }
    }
  })().catch(() => undefined)
  const next = async (count: number) => {
    const deadline = Date.now() + 5000
    while (events.length < count) {
      if (Date.now() > deadline)
        throw new Error(`Expected ${count} events, got ${events.length}: ${JSON.stringify(events)}`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  await next(1)
  return {events, close: () => abort.abort(), next}
}

/** A real PNG of the given size (one grey pixel row repeated), built without an image library. */
export function png(width: number, height: number, grey = 128): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(data.length + 12)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), data.length + 8)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, grey)])
  const pixels = deflateSync(Buffer.concat(Array.from({length: height}, () => row)))
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))])
}
