'use client'

import {useEffect} from 'react'

/** Articles this page load has reported: a client-side visit back to one does not count again. */
const reported = new Set<string>()

/**
 * Reports one view of the article to POST /api/views once the page is shown (an effect never runs
 * for a prefetched page), with `navigator.sendBeacon` so leaving the page does not cancel it, and
 * `fetch` with `keepalive` where the browser has no beacon or refuses it. No cookie, no
 * identifier: the body is the article id alone. Renders nothing.
 */
export function ViewBeacon({articleId}: {articleId: string}) {
  useEffect(() => {
    if (reported.has(articleId)) return
    reported.add(articleId)
    const body = JSON.stringify({articleId})
    try {
      if (navigator.sendBeacon?.('/api/views', body)) return
    } catch {
      // A browser may throw on a beacon it will not queue: the fetch below is the fallback.
    }
    if (typeof fetch === 'function') {
      fetch('/api/views', {method: 'POST', body, keepalive: true, credentials: 'omit'}).catch(() => {})
    }
  }, [articleId])
  return null
}
