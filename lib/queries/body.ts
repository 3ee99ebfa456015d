import {z} from 'zod'
import {ImageSchema} from './fragments'

/**
 * The article body: Portable Text blocks pass through; expert-quote references are resolved to
 * the quote's fields so the renderer never makes a second request.
 */
export const bodyProjection = `body[]{
  ...,
  _type == "expertQuoteRef" => @->{
    "_type": "expertQuote",
    quote, anonymous, speakerName, credentials, affiliation, anonymousDescription, anonymityReason
  },
  _type == "image" => {
    "assetRef": asset._ref,
    "credit": coalesce(credit, asset->creditLine),
    "lqip": select(asset->metadata.isOpaque != false => asset->metadata.lqip)
  }
}`

const SpanSchema = z
  .object({
    _type: z.literal('span'),
    _key: z.string().optional(),
    text: z.string(),
    marks: z.array(z.string()).optional(),
  })
  .passthrough()

export const TextBlockSchema = z
  .object({
    _type: z.literal('block'),
    _key: z.string(),
    style: z.string().optional(),
    listItem: z.string().optional(),
    level: z.number().optional(),
    children: z.array(SpanSchema.or(z.object({_type: z.string()}).passthrough())),
    markDefs: z.array(z.object({_key: z.string(), _type: z.string()}).passthrough()).optional(),
  })
  .passthrough()

export const ExpertQuoteSchema = z.object({
  _type: z.literal('expertQuote'),
  _key: z.string(),
  quote: z.string(),
  anonymous: z.boolean().nullable(),
  speakerName: z.string().nullable(),
  credentials: z.string().nullable(),
  affiliation: z.string().nullable(),
  anonymousDescription: z.string().nullable(),
  anonymityReason: z.string().nullable(),
})
export type ExpertQuote = z.infer<typeof ExpertQuoteSchema>

export const StatisticSchema = z.object({
  _type: z.literal('statistic'),
  _key: z.string(),
  value: z.string(),
  claim: z.string(),
  sourceName: z.string(),
  sourceUrl: z.string().nullish(),
  dataDate: z.string().nullish(),
})
export type Statistic = z.infer<typeof StatisticSchema>

export const DebateQuestionsSchema = z.object({
  _type: z.literal('debateQuestions'),
  _key: z.string(),
  title: z.string().nullish(),
  prompt: z.string().nullish(),
  questions: z.array(z.string()).min(1),
})
export type DebateQuestions = z.infer<typeof DebateQuestionsSchema>

export const BodyImageSchema = ImageSchema.extend({
  _type: z.literal('image'),
  _key: z.string(),
  alt: z.string().nullish(),
  caption: z.string().nullish(),
  credit: z.string().nullish(),
})
export type BodyImage = z.infer<typeof BodyImageSchema>

// A reference to a quote that was deleted or is unpublished resolves to nothing: drop it.
const BodyMemberSchema = z.union([
  TextBlockSchema,
  ExpertQuoteSchema,
  StatisticSchema,
  DebateQuestionsSchema,
  BodyImageSchema,
  z.object({_type: z.string()}).passthrough(),
])

export type BodyMember = z.infer<typeof BodyMemberSchema>

export const BodySchema = z
  .array(BodyMemberSchema.nullable())
  .nullable()
  .transform((body) =>
    (body ?? []).filter((member): member is BodyMember => member !== null && member._type !== 'expertQuoteRef'),
  )
