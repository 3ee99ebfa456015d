import 'server-only'
import {hmac, safeEqual} from './secret'

/**
 * The time trap. Article pages are static, so the form's HTML cannot carry a per-reader start
 * time; instead the browser fetches a signed timestamp when the reader first focuses the form
 * (`/api/comments/token`), and a post made less than `MIN_FILL_MS` later is refused.
 */
export const MIN_FILL_MS = 3000
const MAX_AGE_MS = 24 * 3600 * 1000

export function issueTimeToken(now = Date.now()): string {
  return `${now}.${hmac('time-token', String(now))}`
}

export type TimeTokenCheck = 'missing' | 'forged' | 'early' | 'expired' | 'ok'

export function checkTimeToken(token: string | undefined | null, now = Date.now()): TimeTokenCheck {
  if (!token) return 'missing'
  const m = /^(\d{13})\.([a-f0-9]{64})$/.exec(token)
  if (!m || !safeEqual(m[2], hmac('time-token', m[1]))) return 'forged'
  const age = now - Number(m[1])
  if (age < MIN_FILL_MS) return 'early'
  if (age > MAX_AGE_MS) return 'expired'
  return 'ok'
}
