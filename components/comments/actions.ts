'use server'

import {headers} from 'next/headers'
import {clientAddressOf} from '@/lib/comments/clientAddress'
import {MESSAGES} from '@/lib/comments/messages'
import {byteLength} from '@/lib/comments/normalize'
import {CommentInputSchema, LIMITS, type CommentField} from '@/lib/comments/schema'
import {submitComment} from '@/lib/comments/submit'
import {checkTimeToken} from '@/lib/comments/timeToken'
import type {CommentFormState} from './formState'

const field = (formData: FormData, name: string): string => {
  const value = formData.get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * "Leave a reply". A public POST endpoint in all but name: anyone can call it with any body, so
 * it trusts nothing from the client (not even its previous state), validates, rate-limits, and
 * answers with field errors rather than throwing.
 */
export async function submitCommentAction(_previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const input = {body: field(formData, 'body'), name: field(formData, 'name'), email: field(formData, 'email')}
  // Echo back at most a little more than the limits allow, never an attacker's megabyte. Only the
  // echo is cut: validating a cut copy would accept (and store cut) a text that is over the limit.
  const values = {
    body: clip(input.body, LIMITS.bodyMax * 2),
    name: clip(input.name, LIMITS.nameMax * 2),
    email: clip(input.email, LIMITS.emailMax * 2),
  }
  const fail = (message: string, fieldErrors: CommentFormState['fieldErrors'] = {}): CommentFormState => ({
    status: 'error',
    message,
    fieldErrors,
    values,
  })

  // The honeypot: people never see this field, naive bots fill it. They are told it worked.
  if (field(formData, 'website') !== '') return success(values)

  // Capped before parsing (as remark42 does); over 64 KB is always over 5,000 characters too.
  if (byteLength(input.body) > LIMITS.bodyMaxBytes) return fail(MESSAGES.fixErrors, {body: MESSAGES.bodyTooLong})

  const parsed = CommentInputSchema.safeParse({
    ...input,
    articleId: field(formData, 'articleId'),
    parentId: field(formData, 'parentId') || undefined,
  })
  if (!parsed.success) {
    const fieldErrors: CommentFormState['fieldErrors'] = {}
    let other: string | null = null
    for (const issue of parsed.error.issues) {
      const key = issue.path[0]
      if (key === 'body' || key === 'name' || key === 'email') fieldErrors[key as CommentField] ??= issue.message
      else other ??= issue.message
    }
    return fail(other ?? MESSAGES.fixErrors, fieldErrors)
  }

  // After the field checks, so a reader fixing a typo is not told to slow down first.
  const token = checkTimeToken(field(formData, 'startedAt'))
  if (token === 'forged' || token === 'expired') return fail(MESSAGES.badToken)
  if (token === 'early') return fail(MESSAGES.tooEarly)

  try {
    const outcome = await submitComment(parsed.data, {
      clientAddress: clientAddressOf(await requestHeaders()),
      unverified: token === 'missing',
    })
    return outcome.ok ? success(values) : fail(outcome.message)
  } catch (err) {
    console.error('[comments] could not store a comment:', (err as Error).message)
    return fail(MESSAGES.unavailable)
  }
}

/** At most `max` characters (code points), never half of an emoji's surrogate pair. */
function clip(value: string, max: number): string {
  return value.length <= max
    ? value
    : Array.from(value.slice(0, max * 2))
        .slice(0, max)
        .join('')
}

function success(values: CommentFormState['values']): CommentFormState {
  // Keep name and e-mail for the next comment; clear the text that was sent.
  return {status: 'success', message: MESSAGES.awaitingModeration, fieldErrors: {}, values: {...values, body: ''}}
}

async function requestHeaders(): Promise<Headers> {
  try {
    return new Headers(await headers())
  } catch {
    // Called outside a request (scripts): no client address to go by.
    return new Headers()
  }
}
