import {draftMode} from 'next/headers'
import {redirect} from 'next/navigation'
import {safeEqual} from '@/lib/comments/secret'
import {previewSecret} from '@/lib/revalidation/secrets'
import {routes} from '@/lib/routes'

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,94}[a-z0-9])?$/

/** Editors' preview link: /api/draft-mode/enable?secret=…&slug=… (the Studio or an editor opens it). */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const secret = url.searchParams.get('secret') ?? ''
  const slug = url.searchParams.get('slug') ?? ''
  if (!safeEqual(secret, previewSecret())) return new Response('Invalid preview secret', {status: 401})
  if (!SLUG.test(slug)) return new Response('Invalid slug: use lowercase letters, digits and dashes', {status: 400})
  ;(await draftMode()).enable()
  redirect(routes.article(slug))
}
