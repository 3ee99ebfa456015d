import {contentStoreConfig} from '@/lib/env'

/**
 * Where a redirect may send the reader: `to` if it is a page of this site, otherwise the home page.
 * The WHATWG URL parser decides, because browsers read a Location with it: it turns `\` into `/`,
 * drops tabs and newlines and takes `//host` as another host, so `/\evil.example` is a link away.
 * The answer is the parsed path, not the text given, so the browser follows exactly what was checked.
 */
export function sameSitePath(to: string | null): string {
  if (!to) return '/'
  const site = new URL(contentStoreConfig().siteUrl)
  let target: URL
  try {
    target = new URL(to, site)
  } catch {
    return '/'
  }
  if (target.origin !== site.origin) return '/'
  const path = `${target.pathname}${target.search}${target.hash}`
  // `http://site//evil.example` is same-origin, but its path alone would name another host.
  return path.startsWith('//') ? '/' : path
}
