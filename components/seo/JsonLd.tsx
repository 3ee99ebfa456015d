import type {JsonLdObject} from '@/lib/seo/jsonLd'

/**
 * JSON for inside a <script> element. JSON.stringify leaves `</script>` and `<!--` as they are,
 * so an article title could close the tag and inject markup; `\u003c` is the same string to a JSON
 * parser and inert to the HTML parser. U+2028/2029 are escaped for old JavaScript parsers, and
 * `>`/`&` for good measure.
 */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** One schema.org object as structured data in the page. */
export function JsonLd({data}: {data: JsonLdObject | JsonLdObject[]}) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{__html: serializeJsonLd(data)}} />
}
