import {decodeSignatureHeader, isValidSignature} from '@sanity/webhook'

export const MAX_WEBHOOK_AGE_MS = 5 * 60 * 1000
// Clocks differ a little between Sanity (or the lake) and this server.
const ALLOWED_CLOCK_SKEW_MS = 30 * 1000

export type WebhookCheck = {ok: true} | {ok: false; reason: string}

/**
 * Checks a `sanity-webhook-signature` header on the raw body. @sanity/webhook verifies the HMAC
 * but not freshness, so a captured request could be replayed forever: stale and future
 * timestamps are refused here, as are requests carrying more than one signature.
 */
export async function verifyWebhook(
  rawBody: string,
  header: string | null,
  secret: string,
  now = Date.now(),
): Promise<WebhookCheck> {
  if (!header) return {ok: false, reason: 'missing signature'}
  // Fetch joins repeated headers with ", ": two signatures are two t= parts.
  if ((header.match(/(?:^|[,\s])t=/g) ?? []).length !== 1) return {ok: false, reason: 'more than one signature'}
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(header).timestamp
  } catch {
    return {ok: false, reason: 'malformed signature'}
  }
  if (!Number.isFinite(timestamp)) return {ok: false, reason: 'malformed signature'}
  if (now - timestamp > MAX_WEBHOOK_AGE_MS) return {ok: false, reason: 'stale timestamp'}
  if (timestamp - now > ALLOWED_CLOCK_SKEW_MS) return {ok: false, reason: 'timestamp in the future'}
  let valid = false
  try {
    valid = await isValidSignature(rawBody, header, secret)
  } catch {
    valid = false
  }
  return valid ? {ok: true} : {ok: false, reason: 'invalid signature'}
}
