import {revalidateTag} from 'next/cache'
import {getSiteSettings} from '@/lib/queries/settings'
import {commentPageTags, threadLookupFor} from '@/lib/revalidation/commentPageTags'
import {tagsForChange} from '@/lib/revalidation/tagsForChange'
import {getPublicClient} from '@/lib/sanity/client'
import {webhookSecret} from '@/lib/revalidation/secrets'
import {verifyWebhook} from '@/lib/revalidation/verifyWebhook'
import {WebhookPayloadSchema} from '@/lib/revalidation/webhookPayload'
import {readBodyWithin} from './readBodyWithin'

export const dynamic = 'force-dynamic'

const MAX_BODY_BYTES = 64 * 1024

/** Sanity (or the local lake) calls this after every committed change; signed, fresh, or refused. */
export async function POST(request: Request) {
  const raw = await readBodyWithin(request, MAX_BODY_BYTES)
  if (raw === null) return Response.json({error: `payload too large: at most ${MAX_BODY_BYTES} bytes`}, {status: 413})
  const check = await verifyWebhook(raw, request.headers.get('sanity-webhook-signature'), webhookSecret())
  if (!check.ok) return Response.json({error: check.reason}, {status: 401})

  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return Response.json({error: 'body is not JSON'}, {status: 400})
  }
  const payload = WebhookPayloadSchema.safeParse(json)
  if (!payload.success)
    return Response.json({error: 'unexpected payload: use the projection in the README'}, {status: 400})

  const tags = [...tagsForChange(payload.data), ...(await commentPageTags(payload.data, threadLookup()))]
  // expire: 0 makes the very next request render fresh content, not a stale copy.
  for (const tag of tags) revalidateTag(tag, {expire: 0})
  return Response.json({revalidated: tags})
}

/** Which comments page a comment is on, read from the store as it is now: no CDN, no cache. */
function threadLookup() {
  return threadLookupFor(
    (query, params) => getPublicClient().withConfig({useCdn: false}).fetch(query, params, {cache: 'no-store'}),
    async () => {
      const site = await getSiteSettings()
      return {perPage: site.commentsPerPage, order: site.commentsOrder}
    },
  )
}
