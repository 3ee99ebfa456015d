import {draftMode} from 'next/headers'
import {redirect} from 'next/navigation'
import {sameSitePath} from '../sameSitePath'

/** Leaves preview and returns to the page the editor was on (a page of this site, or the home page). */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  redirect(sameSitePath(new URL(request.url).searchParams.get('to')))
}
