// XML 1.0 forbids most control characters even when escaped; one stray byte in an editor's paste
// would make the whole feed unparseable, so they are dropped rather than escaped.
const INVALID_XML_CHARS = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;'}

/** Text or attribute content, safe inside any XML element or quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/** `<name>text</name>`, or nothing when there is no text. */
export function element(name: string, text: string | null | undefined, attributes = ''): string {
  return text ? `<${name}${attributes}>${escapeXml(text)}</${name}>` : ''
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

/** A cacheable XML response; crawlers and feed readers get the charset they need from the header. */
export function xmlResponse(body: string, contentType = 'application/xml', status = 200): Response {
  return new Response(body, {status, headers: {'Content-Type': `${contentType}; charset=utf-8`}})
}

export const notFoundXml = () => xmlResponse(`${XML_DECLARATION}<error>Not found</error>`, 'application/xml', 404)
