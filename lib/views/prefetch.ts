/**
 * A request made ahead of a possible visit (a browser's or Next's router prefetch, a speculation
 * rule) is not a view. Beacons are sent from an effect after the page is shown, so a prefetched
 * page sends none; these headers catch the other clients that post on a prefetch.
 */
export function isPrefetch(headers: Headers): boolean {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`
  return /prefetch|prerender|preview/i.test(purpose) || headers.has('next-router-prefetch')
}
