/**
 * The request body as text, or null as soon as it is known to pass `limit` bytes. The webhook
 * route is open to anyone until the signature is checked, and the signature covers the whole body,
 * so the cap has to hold while reading: a declared length over it is refused unread, and a
 * streamed body is cancelled at the first chunk past it.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<string | null> {
  if (Number(request.headers.get('content-length')) > limit) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const {done, value} = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      // Not awaited: the answer must not wait on a sender that keeps the stream open.
      reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  // As request.text() decodes: UTF-8, a leading byte-order mark dropped.
  return new TextDecoder().decode(Buffer.concat(chunks))
}
