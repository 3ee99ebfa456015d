import type {CommentField} from '@/lib/comments/schema'

/** What the comment action returns and the form renders; plain data, safe to send to the browser. */
export interface CommentFormState {
  status: 'idle' | 'error' | 'success'
  message: string | null
  fieldErrors: Partial<Record<CommentField, string>>
  /** The reader's text, sent back so that nothing typed is lost after an error. */
  values: {body: string; name: string; email: string}
}

export const INITIAL_COMMENT_STATE: CommentFormState = {
  status: 'idle',
  message: null,
  fieldErrors: {},
  values: {body: '', name: '', email: ''},
}
