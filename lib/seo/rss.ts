import {XML_DECLARATION, element, escapeXml} from './xml'

export interface RssChannel {
  title: string
  /** The HTML page the feed mirrors. */
  link: string
  /** This feed's own URL (atom:link rel="self", which validators ask for). */
  self: string
  description: string
  language: string
}

export interface RssItem {
  title: string
  link: string
  description: string | null
  publishedAt: string
  author: string | null
  categories: string[]
}

/** RFC 822 dates, as RSS 2.0 requires: `Sat, 10 Jan 2026 07:30:00 GMT`. */
export const rfc822 = (iso: string) => new Date(iso).toUTCString()

function renderItem(item: RssItem): string {
  return [
    '<item>',
    element('title', item.title),
    element('link', item.link),
    element('guid', item.link, ' isPermaLink="true"'),
    element('pubDate', rfc822(item.publishedAt)),
    element('description', item.description),
    // RSS's own <author> must be an e-mail address; Dublin Core carries a byline name.
    element('dc:creator', item.author),
    ...item.categories.map((c) => element('category', c)),
    '</item>',
  ].join('')
}

/** An RSS 2.0 document; items are given newest first. */
export function renderRss(channel: RssChannel, items: RssItem[]): string {
  const newest = items[0]?.publishedAt
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    // The newest item's date, not the render time: an unchanged feed stays byte-identical.
    newest ? element('lastBuildDate', rfc822(newest)) : '',
    ...items.map(renderItem),
    '</channel>',
    '</rss>',
  ].join('\n')
}
