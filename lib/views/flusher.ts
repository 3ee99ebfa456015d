import 'server-only'
import {createHmac} from 'node:crypto'
import {appSettings, ownServerOrigin} from '@/lib/env'
import {viewCounts} from './counts'
import {viewsKeySecret} from './secret'

export const FLUSH_TOKEN_HEADER = 'x-views-flush'
export const FLUSH_PATH = '/api/views/flush'

/** Proves a flush request came from this install's own server (any instance of it). */
export const flushToken = () => createHmac('sha256', viewsKeySecret()).update('views-flush').digest('hex')

const SLOT = Symbol.for('meridian.views.flusher')
type Holder = {[SLOT]?: NodeJS.Timeout}

/**
 * Starts, once per process, the timer that flushes counted views every VIEWS_FLUSH_SECONDS.
 * Started by the first beacon: a process that never counted a view has nothing to flush (and
 * with Redis, the instances that count flush). The timer does not flush by itself: storing is
 * followed by a cache-tag revalidation, which Next accepts only inside a request, so the timer
 * asks this server's own flush route (POST /api/views/flush, with a token derived from the views
 * secret), which works the same under `npm start`, `npm run cluster` and `next dev`.
 */
export function startFlusher(): void {
  const holder = globalThis as Holder
  if (holder[SLOT]) return
  let busy = false
  holder[SLOT] = setInterval(async () => {
    if (busy) return
    busy = true
    try {
      if (await (await viewCounts()).hasWork()) await requestFlush()
    } catch (err) {
      console.error(`[views] flush: ${(err as Error).message}; the counts are kept for the next one`)
    } finally {
      busy = false
    }
  }, appSettings().viewsFlushSeconds * 1000)
  // Never the reason a stopping server stays up.
  holder[SLOT].unref()
  // Counts kept in this process would go with it: store them while the server stops (it allows
  // 5 s). Its listener is closed by then, so this stores directly, without revalidating: the
  // rankings catch up with the first flush after a restart. Counts in Redis wait there.
  if (!appSettings().redisUrl) process.once('SIGTERM', () => void flushBeforeExit())
}

/** Stops this process's flush timer (tests that count views through the route stop it when done). */
export function stopFlusher(): void {
  const holder = globalThis as Holder
  clearInterval(holder[SLOT])
  delete holder[SLOT]
}

async function flushBeforeExit() {
  try {
    const [{flushViews}, {getWriteClient}] = await Promise.all([import('./flush'), import('@/lib/sanity/writeClient')])
    const stored = await flushViews(await viewCounts(), getWriteClient())
    if (stored) console.log(`[views] stored ${stored.views} views before stopping`)
  } catch (err) {
    console.error(`[views] ${(err as Error).message}: the views of the last interval are lost`)
  }
}

export async function requestFlush(origin = ownServerOrigin()): Promise<unknown> {
  const res = await fetch(`${origin}${FLUSH_PATH}`, {
    method: 'POST',
    headers: {[FLUSH_TOKEN_HEADER]: flushToken()},
    signal: AbortSignal.timeout(30_000),
  })
  const body = (await res.json().catch(() => null)) as {error?: string} | null
  if (!res.ok) throw new Error(body?.error ?? `flush answered ${res.status}`)
  return body
}
