import {z} from 'zod'
import {MESSAGES} from './messages'
import {byteLength, characterLength, hasForbiddenControls, normalizeText, visibleLength} from './normalize'

export const LIMITS = {nameMax: 100, emailMax: 254, bodyMin: 2, bodyMax: 5000, bodyMaxBytes: 64 * 1024} as const

// A pragmatic address check: one @, no blanks or controls anywhere (so no header injection like
// "x@y.z\nBcc:"), a dotted domain of letters, digits and dashes.
const EMAIL = /^[^\s@\p{Cc}]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u

const text = (field: z.ZodString) =>
  z
    .string()
    .refine((v) => !hasForbiddenControls(v), MESSAGES.controlCharacters)
    .transform(normalizeText)
    .pipe(field)

/** What the form submits, after normalisation; ids are checked against the lake afterwards. */
export const CommentInputSchema = z.object({
  body: text(
    z
      .string()
      .refine((v) => visibleLength(v) > 0, MESSAGES.bodyRequired)
      .refine((v) => visibleLength(v) === 0 || visibleLength(v) >= LIMITS.bodyMin, MESSAGES.bodyTooShort)
      .refine((v) => characterLength(v) <= LIMITS.bodyMax, MESSAGES.bodyTooLong)
      .refine((v) => byteLength(v) <= LIMITS.bodyMaxBytes, MESSAGES.bodyTooManyBytes),
  ),
  name: text(
    z
      .string()
      .refine((v) => visibleLength(v) > 0, MESSAGES.nameRequired)
      .refine((v) => characterLength(v) <= LIMITS.nameMax, MESSAGES.nameTooLong),
  ),
  email: z
    .string()
    .refine((v) => !hasForbiddenControls(v), MESSAGES.emailInvalid)
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().max(LIMITS.emailMax, MESSAGES.emailInvalid).regex(EMAIL, MESSAGES.emailInvalid)),
  articleId: z.string().regex(/^[\w-]{1,128}$/, MESSAGES.articleMissing),
  parentId: z
    .string()
    .regex(/^[\w-]{1,128}$/, MESSAGES.parentMissing)
    .optional(),
})

export type CommentInput = z.infer<typeof CommentInputSchema>
export type CommentField = 'body' | 'name' | 'email'
