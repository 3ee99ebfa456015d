'use client'

import {useActionState, useEffect, useRef, useState} from 'react'
import {submitCommentAction} from './actions'
import {INITIAL_COMMENT_STATE} from './formState'
import {FormField} from './FormField'

const SAVED_KEY = 'comment-author'
const BODY_MAX = 5000

interface Props {
  articleId: string
  /** Set when the form is rendered for a reply without JavaScript (the reply page). */
  replyTo?: {id: string; name: string} | null
  /**
   * The page the form posts to before hydration. Without it React renders `action=""`, which is
   * invalid HTML; with it the reader lands back on the form and its message.
   */
  permalink?: string
}

/**
 * "Leave a reply". Works as a plain form post before hydration; with JavaScript it submits in
 * place, shows progress, fetches the time-trap token and remembers the reader's name on request.
 */
export function CommentForm({articleId, replyTo: initialReplyTo = null, permalink}: Props) {
  const [state, formAction, pending] = useActionState(submitCommentAction, INITIAL_COMMENT_STATE, permalink)
  const [replyTo, setReplyTo] = useState(initialReplyTo)
  const [startedAt, setStartedAt] = useState('')
  const [seenState, setSeenState] = useState(state)
  const formRef = useRef<HTMLFormElement>(null)
  const rememberRef = useRef<HTMLInputElement>(null)
  const tokenRequested = useRef(false)

  // Prefill a returning reader's name and e-mail, stored only in this browser.
  useEffect(() => {
    const saved = window.localStorage.getItem(SAVED_KEY)
    const form = formRef.current
    if (!saved || !form) return
    try {
      const {name, email} = JSON.parse(saved) as {name?: string; email?: string}
      const set = (field: string, value?: string) => {
        const input = form.elements.namedItem(field) as HTMLInputElement | null
        if (input && !input.value && value) input.value = value
      }
      set('name', name)
      set('email', email)
      if (rememberRef.current) rememberRef.current.defaultChecked = rememberRef.current.checked = true
    } catch {
      window.localStorage.removeItem(SAVED_KEY)
    }
  }, [])

  // "Reply" links on comments are plain links to the reply page; with JavaScript they retarget this form.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-reply-to]')
      if (!link) return
      event.preventDefault()
      setReplyTo({id: link.dataset.replyTo!, name: link.dataset.replyName ?? 'a comment'})
      formRef.current?.scrollIntoView({block: 'start'})
      ;(formRef.current?.elements.namedItem('body') as HTMLTextAreaElement | null)?.focus()
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [])

  // A posted reply is done: the next comment goes to the article again.
  if (state !== seenState) {
    setSeenState(state)
    if (state.status === 'success') setReplyTo(initialReplyTo)
  }

  useEffect(() => {
    if (state.status !== 'success') return
    const {name, email} = state.values
    if (rememberRef.current?.checked) window.localStorage.setItem(SAVED_KEY, JSON.stringify({name, email}))
    else window.localStorage.removeItem(SAVED_KEY)
  }, [state])

  const requestToken = () => {
    if (tokenRequested.current) return
    tokenRequested.current = true
    fetch('/api/comments/token', {cache: 'no-store'})
      .then((res) => (res.ok ? res.json() : null))
      .then((data: {token?: string} | null) => data?.token && setStartedAt(data.token))
      .catch(() => {
        // Without a token the comment is still accepted, marked for the moderator as unverified.
      })
  }

  const errors = state.fieldErrors
  return (
    <form
      ref={formRef}
      action={formAction}
      className="comment-form"
      id="respond"
      onFocus={requestToken}
      noValidate
      aria-labelledby="respond-title"
    >
      <h2 id="respond-title" className="section-title">
        {replyTo ? `Reply to ${replyTo.name}` : 'Leave a reply'}
      </h2>
      {replyTo ? (
        <p className="comment-form__replying">
          <button type="button" className="link-button" onClick={() => setReplyTo(null)}>
            Cancel reply
          </button>
        </p>
      ) : null}
      <p className="comment-form__note">
        Your email address will not be published. Comments are published after moderation.
      </p>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="parentId" value={replyTo?.id ?? ''} />
      <input type="hidden" name="startedAt" value={startedAt} />
      <div className="comment-form__trap" aria-hidden="true">
        <label htmlFor="comment-website">Leave this field empty</label>
        <input id="comment-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <FormField id="comment-body" label="Comment" error={errors.body}>
        {(describedBy) => (
          <textarea
            id="comment-body"
            name="body"
            rows={7}
            maxLength={BODY_MAX}
            required
            defaultValue={state.values.body}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={describedBy}
          />
        )}
      </FormField>
      <div className="comment-form__row">
        <FormField id="comment-name" label="Name" error={errors.name}>
          {(describedBy) => (
            <input
              id="comment-name"
              name="name"
              type="text"
              autoComplete="name"
              maxLength={100}
              required
              defaultValue={state.values.name}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </FormField>
        <FormField id="comment-email" label="Email" hint="Never published." error={errors.email}>
          {(describedBy) => (
            <input
              id="comment-email"
              name="email"
              type="email"
              autoComplete="email"
              maxLength={254}
              required
              defaultValue={state.values.email}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </FormField>
      </div>
      <p className="comment-form__remember">
        {/* React resets the form after each post; the default follows the reader's choice so it survives. */}
        <input
          ref={rememberRef}
          id="comment-remember"
          type="checkbox"
          onChange={(e) => (e.target.defaultChecked = e.target.checked)}
        />
        <label htmlFor="comment-remember">Save my name and email in this browser for the next time I comment.</label>
      </p>
      <div role="status" aria-live="polite" className={`comment-form__status comment-form__status--${state.status}`}>
        {state.message}
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? 'Posting…' : 'Post Comment'}
      </button>
    </form>
  )
}
