import {contentStoreConfig} from '@/lib/env'
import {getPublicClient} from '@/lib/sanity/client'

export const dynamic = 'force-dynamic'

const TIMEOUT_MS = 2000

/** For load balancers and uptime checks: can the site reach its content store, and how fast? */
export async function GET() {
  const {mode} = contentStoreConfig()
  const started = performance.now()
  try {
    await getPublicClient()
      .withConfig({timeout: TIMEOUT_MS, maxRetries: 0})
      .fetch('count(*[_id == "siteSettings"])', {}, {cache: 'no-store'})
    const latencyMs = Math.round(performance.now() - started)
    return Response.json(
      {status: 'ok', contentStore: {mode, reachable: true, latencyMs}},
      {headers: {'cache-control': 'no-store'}},
    )
  } catch {
    return Response.json(
      {
        status: 'unavailable',
        contentStore: {mode, reachable: false, latencyMs: Math.round(performance.now() - started)},
      },
      {status: 503, headers: {'cache-control': 'no-store'}},
    )
  }
}
