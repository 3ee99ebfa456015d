import {z} from 'zod'

// What the hook sends and for which documents: shared with the local Content Lake's built-in hook.
export {WEBHOOK_FILTER, WEBHOOK_PROJECTION} from '@/sanity/embedded/webhook'

export const WebhookPayloadSchema = z.object({
  _id: z.string(),
  _type: z.string(),
  slug: z.string().nullish(),
  previousSlug: z.string().nullish(),
  articleId: z.string().nullish(),
  articleSlug: z.string().nullish(),
  authorSlug: z.string().nullish(),
  topicSlugs: z.array(z.string().nullable()).nullish(),
  status: z.string().nullish(),
  previousStatus: z.string().nullish(),
  createdAt: z.string().nullish(),
  threadRootId: z.string().nullish(),
})
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>
