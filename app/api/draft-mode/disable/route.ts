import {draftMode} from 'next/headers'
import {redirect} from 'next/navigation'

/** Leaves preview and returns to the page the editor was on (same-site paths only). */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const to = new URL(request.url).searchParams.get('to') ?? '/'
  redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/')
}
