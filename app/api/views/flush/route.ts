import {revalidateTag} from 'next/cache'
import {safeEqual} from '@/lib/comments/secret'
import {getWriteClient} from '@/lib/sanity/writeClient'
import {TAGS} from '@/lib/sanity/tags'
import {viewCounts} from '@/lib/views/counts'
import {flushViews} from '@/lib/views/flush'
import {FLUSH_TOKEN_HEADER, flushToken} from '@/lib/views/flusher'

export const dynamic = 'force-dynamic'

/**
 * Stores the counted views (one transaction) and revalidates the rankings once, through their
 * tag. Called by this server's own flush timer (lib/views/flusher.ts), which cannot revalidate
 * outside a request. A failed flush keeps its batch for the next one and answers 503.
 */
export async function POST(request: Request) {
  if (!safeEqual(request.headers.get(FLUSH_TOKEN_HEADER) ?? '', flushToken())) {
    return Response.json({error: 'not this server’s flush request'}, {status: 401})
  }
  try {
    const stored = await flushViews(await viewCounts(), getWriteClient())
    // Expired at once, as a publish expires its pages: with a stale-while-revalidate profile the
    // background re-render could read the stale cached rankings too, and show them a cycle longer.
    if (stored) revalidateTag(TAGS.views, {expire: 0})
    return Response.json({stored}, {headers: {'Cache-Control': 'no-store'}})
  } catch (err) {
    const message = `flush failed, the counts are kept for the next one: ${(err as Error).message}`
    console.error(`[views] ${message}`)
    return Response.json({error: message}, {status: 503})
  }
}
