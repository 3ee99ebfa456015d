/**
 * The embedded Sanity Studio at /studio; the catch-all segment lets the Studio own every path
 * below it (/studio/structure/…, /studio/vision).
 */
import {NextStudio} from 'next-sanity/studio'

import config from '../../../sanity.config'

// The Studio is a client app: one static HTML shell serves every /studio path.
export const dynamic = 'force-static'

// noindex and same-origin referrer, plus a viewport that fits the Studio's layout.
export {metadata, viewport} from 'next-sanity/studio'

export default function StudioPage() {
  return <NextStudio config={config} />
}
