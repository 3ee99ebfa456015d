import {act, fireEvent, render, screen, waitFor, within} from '@testing-library/react'
import {CommentForm} from '@/components/comments/CommentForm'
import {FormField} from '@/components/comments/FormField'
import {MESSAGES} from '@/lib/comments/messages'
import {startSiteLake, type SiteLake} from '../support/site'
import {SEED, SEED_ARTICLE, acceptedToken, freshAddress, storedFor, uniqueEmail, uniqueText} from './support'

// The form posts through the real server action; only the request context is faked.
let mockHeaders = new Headers()
jest.mock('next/headers', () => ({headers: async () => mockHeaders}))

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())
beforeEach(() => {
  mockHeaders = new Headers({'x-forwarded-for': freshAddress()})
  window.localStorage.clear()
})
afterEach(() => {
  // jsdom has no fetch; the one test that needs the token endpoint installs its own.
  delete (window as {fetch?: unknown}).fetch
})

const body = () => screen.getByLabelText(/^Comment/) as HTMLTextAreaElement
const name = () => screen.getByLabelText(/^Name/) as HTMLInputElement
const email = () => screen.getByLabelText(/^Email/) as HTMLInputElement
const status = () => screen.getByRole('status')
const form = () => document.querySelector('form#respond') as HTMLFormElement

/** Submits the form the way React handles a form action, and waits for the state it returns. */
async function submitAndWait(expected: string) {
  await act(async () => {
    fireEvent.submit(form())
  })
  await waitFor(() => expect(status()).toHaveTextContent(expected), {timeout: 10_000})
}

test('the labelled fields, the hidden article id and an empty live region', () => {
  render(<CommentForm articleId={SEED_ARTICLE} />)
  expect(screen.getByRole('form', {name: 'Leave a reply'})).toBe(form())
  expect(body().tagName).toBe('TEXTAREA')
  expect(body()).toHaveAttribute('name', 'body')
  expect(name()).toHaveAttribute('autocomplete', 'name')
  expect(email()).toHaveAttribute('type', 'email')
  // The e-mail hint is read with the field; no errors yet.
  expect(email()).toHaveAccessibleDescription('Never published.')
  expect(body()).not.toHaveAttribute('aria-describedby')
  expect(body()).not.toHaveAttribute('aria-invalid')
  expect(status()).toHaveAttribute('aria-live', 'polite')
  expect(status()).toBeEmptyDOMElement()
  expect(form().elements.namedItem('articleId')).toHaveValue(SEED_ARTICLE)
  expect(form().elements.namedItem('parentId')).toHaveValue('')
  expect(screen.getByRole('button', {name: 'Post Comment'})).toBeEnabled()
  // The honeypot is out of the accessibility tree and the tab order.
  const trap = form().elements.namedItem('website') as HTMLInputElement
  expect(trap.closest('[aria-hidden="true"]')).not.toBeNull()
  expect(trap).toHaveAttribute('tabindex', '-1')
  expect(screen.queryByRole('textbox', {name: 'Leave this field empty'})).toBeNull()
})

test('a reply form names the comment and carries its id; "Cancel reply" clears it', () => {
  render(<CommentForm articleId={SEED_ARTICLE} replyTo={{id: SEED.root, name: 'Pema Wangmo'}} />)
  expect(screen.getByRole('heading', {name: 'Reply to Pema Wangmo'})).toBeInTheDocument()
  expect(form().elements.namedItem('parentId')).toHaveValue(SEED.root)
  fireEvent.click(screen.getByRole('button', {name: 'Cancel reply'}))
  expect(screen.getByRole('heading', {name: 'Leave a reply'})).toBeInTheDocument()
  expect(form().elements.namedItem('parentId')).toHaveValue('')
})

test('field errors: each message is linked to its field, the text is kept, nothing is stored', async () => {
  render(<CommentForm articleId={SEED_ARTICLE} />)
  const address = uniqueEmail()
  fireEvent.change(body(), {target: {value: ' \u200B '}})
  fireEvent.change(name(), {target: {value: 'Kinley Dema'}})
  fireEvent.change(email(), {target: {value: 'x@y.z\nBcc:'}})
  await submitAndWait(MESSAGES.fixErrors)

  expect(body()).toHaveAttribute('aria-invalid', 'true')
  expect(body()).toHaveAttribute('aria-describedby', 'comment-body-error')
  expect(body()).toHaveAccessibleDescription(MESSAGES.bodyRequired)
  expect(document.getElementById('comment-body-error')).toHaveTextContent(MESSAGES.bodyRequired)
  expect(email()).toHaveAttribute('aria-invalid', 'true')
  expect(email()).toHaveAttribute('aria-describedby', 'comment-email-hint comment-email-error')
  expect(email()).toHaveAccessibleDescription(`Never published. ${MESSAGES.emailInvalid}`)
  expect(name()).not.toHaveAttribute('aria-invalid')
  expect(name()).not.toHaveAttribute('aria-describedby')
  // What the reader typed is still there (React resets the form to the state's values).
  expect(name()).toHaveValue('Kinley Dema')
  // (An e-mail input drops line breaks from its value, as browsers do.)
  expect(email()).toHaveValue('x@y.zBcc:')
  expect(await storedFor(site.reader, address)).toEqual({comments: [], contacts: []})
})

test('a server-side refusal keeps the comment text in the form', async () => {
  render(<CommentForm articleId="article-does-not-exist" />)
  const text = uniqueText('refused comment')
  fireEvent.change(body(), {target: {value: text}})
  fireEvent.change(name(), {target: {value: 'Kinley Dema'}})
  fireEvent.change(email(), {target: {value: uniqueEmail()}})
  await submitAndWait(MESSAGES.articleMissing)
  expect(body()).toHaveValue(text)
  expect(body()).not.toHaveAttribute('aria-invalid')
})

test('a successful post: the live region says it awaits moderation, the text is cleared, the lake has it', async () => {
  const token = acceptedToken()
  const fetchToken = jest.fn(async () => ({ok: true, json: async () => ({token})}))
  ;(window as {fetch?: unknown}).fetch = fetchToken
  render(<CommentForm articleId={SEED_ARTICLE} />)
  // Focusing the form fetches the time-trap token once.
  await act(async () => {
    fireEvent.focus(body())
    fireEvent.focus(name())
  })
  expect(fetchToken).toHaveBeenCalledTimes(1)
  expect(fetchToken).toHaveBeenCalledWith('/api/comments/token', {cache: 'no-store'})
  await waitFor(() => expect(form().elements.namedItem('startedAt')).toHaveValue(token))
  // @sanity/client uses a global fetch when there is one (to pass Next's cache options): the stub
  // stands in for the token endpoint only, and goes before the action talks to the lake.
  delete (window as {fetch?: unknown}).fetch

  const address = uniqueEmail()
  const text = uniqueText('comment posted through the form')
  fireEvent.change(body(), {target: {value: text}})
  fireEvent.change(name(), {target: {value: 'Kinley Dema'}})
  fireEvent.change(email(), {target: {value: address}})
  fireEvent.click(screen.getByRole('checkbox', {name: /Save my name and email/}))
  await submitAndWait(MESSAGES.awaitingModeration)

  expect(body()).toHaveValue('')
  expect(name()).toHaveValue('Kinley Dema')
  expect(email()).toHaveValue(address)
  const {comments, contacts} = await storedFor(site.reader, address)
  expect(comments).toHaveLength(1)
  expect(comments[0]).toMatchObject({body: text, authorName: 'Kinley Dema', status: 'pending'})
  expect(contacts[0].flags).toEqual([])
  // Remembered in this browser only, as asked.
  expect(JSON.parse(window.localStorage.getItem('comment-author') ?? 'null')).toEqual({
    name: 'Kinley Dema',
    email: address,
  })
  // The form reset after the post keeps the reader's choice ticked.
  expect(screen.getByRole('checkbox', {name: /Save my name and email/})).toBeChecked()
})

test('a returning reader finds name and e-mail prefilled and "save" ticked; unticking forgets them', async () => {
  window.localStorage.setItem('comment-author', JSON.stringify({name: 'Pema Wangmo', email: 'pema@example.org'}))
  render(<CommentForm articleId={SEED_ARTICLE} />)
  expect(name()).toHaveValue('Pema Wangmo')
  expect(email()).toHaveValue('pema@example.org')
  const save = screen.getByRole('checkbox', {name: /Save my name and email/})
  expect(save).toBeChecked()
  fireEvent.click(save)
  fireEvent.change(email(), {target: {value: uniqueEmail()}})
  fireEvent.change(body(), {target: {value: uniqueText('comment without saving')}})
  await submitAndWait(MESSAGES.awaitingModeration)
  expect(window.localStorage.getItem('comment-author')).toBeNull()
  expect(save).not.toBeChecked()
})

test('FormField links hint and error ids only when they are shown', () => {
  const {rerender} = render(
    <FormField id="f" label="Field">
      {(d) => <input id="f" aria-describedby={d} />}
    </FormField>,
  )
  const input = screen.getByLabelText(/^Field/)
  expect(input).not.toHaveAttribute('aria-describedby')
  rerender(
    <FormField id="f" label="Field" hint="A hint." error="An error.">
      {(d) => <input id="f" aria-describedby={d} />}
    </FormField>,
  )
  expect(input).toHaveAttribute('aria-describedby', 'f-hint f-error')
  expect(within(input.closest('.field') as HTMLElement).getByText('An error.')).toHaveAttribute('id', 'f-error')
  expect(input.closest('.field')).toHaveClass('field--error')
})
