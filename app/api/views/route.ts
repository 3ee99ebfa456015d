import {isbot} from 'isbot'
import {z} from 'zod'
import {clientAddressOf} from '@/lib/comments/clientAddress'
import {viewCounts} from '@/lib/views/counts'
import {viewDay} from '@/lib/views/day'
import {ARTICLE_ID} from '@/lib/views/documents'
import {startFlusher} from '@/lib/views/flusher'
import {isPrefetch} from '@/lib/views/prefetch'
import {isPublishedArticle} from '@/lib/views/publishedIds'
import {BEACON_WINDOW_MS, BEACONS_PER_WINDOW, beaconLimit} from '@/lib/views/rateLimit'
import {readerHash} from '@/lib/views/readerKey'
import {viewsKeySecret} from '@/lib/views/secret'
import {readBodyWithin} from '../revalidate/readBodyWithin'

export const dynamic = 'force-dynamic'

/** `{"articleId": "…"}` is a few dozen bytes; anything near this is not a beacon. */
export const MAX_BODY_BYTES = 1024

const Beacon = z.object({articleId: z.string().regex(ARTICLE_ID)})

/**
 * The article page's view beacon (components/article/ViewBeacon.tsx). 204 whether the view was
 * counted or ignored (a bot, a prefetch, the reader's second view today: the `Views-Result`
 * header says which); 400, 404, 413 or 429 when refused; 503 when the counts cannot be kept.
 * Sets no cookie and keeps no address: see docs/readership.md.
 */
export async function POST(request: Request) {
  const userAgent = request.headers.get('user-agent') ?? ''
  if (isPrefetch(request.headers) || !userAgent || isbot(userAgent)) return answered('ignored')

  const raw = await readBodyWithin(request, MAX_BODY_BYTES)
  if (raw === null) return refused(413, `payload too large: at most ${MAX_BODY_BYTES} bytes`)
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return refused(400, 'body is not JSON')
  }
  const beacon = Beacon.safeParse(json)
  if (!beacon.success) return refused(400, 'expected {"articleId": "<published article id>"}')
  const {articleId} = beacon.data

  try {
    const day = viewDay(new Date())
    const secret = viewsKeySecret()
    const network = clientAddressOf(request.headers)
    // The limit's key is the network's hash of the day too: no address is kept, even for a minute.
    if (!(await beaconLimit().hit(readerHash(secret, day, network, ''), BEACONS_PER_WINDOW, BEACON_WINDOW_MS))) {
      return refused(429, 'too many views from this network; try again in a minute', {
        'Retry-After': String(BEACON_WINDOW_MS / 1000),
      })
    }
    if (!(await isPublishedArticle(articleId))) return refused(404, 'no published article has this id')
    const counted = await (await viewCounts()).record(articleId, day, readerHash(secret, day, network, userAgent))
    startFlusher()
    return answered(counted ? 'counted' : 'repeat')
  } catch (err) {
    console.error(`[views] beacon not counted: ${(err as Error).message}`)
    return refused(503, 'views cannot be counted right now')
  }
}

const NO_STORE = {'Cache-Control': 'no-store'}

function answered(result: 'counted' | 'repeat' | 'ignored') {
  return new Response(null, {status: 204, headers: {...NO_STORE, 'Views-Result': result}})
}

function refused(status: number, error: string, headers: Record<string, string> = {}) {
  return Response.json({error}, {status, headers: {...NO_STORE, ...headers}})
}
