import {MESSAGES} from '@/lib/comments/messages'
import {startSiteLake, type SiteLake} from '../support/site'
import {commentForm, freshAddress, storedFor, submit, uniqueEmail, uniqueText} from './support'

// The lake goes away mid-file: the data layer keeps pointing at its (now closed) port.
let mockHeaders = new Headers()
jest.mock('next/headers', () => ({headers: async () => mockHeaders}))

let site: SiteLake
let errors: jest.SpyInstance
beforeAll(async () => {
  site = await startSiteLake()
  errors = jest.spyOn(console, 'error').mockImplementation(() => {})
})
afterAll(() => errors.mockRestore())

const post = (fields: Parameters<typeof commentForm>[0], ip = freshAddress()) => {
  mockHeaders = new Headers({'x-forwarded-for': ip})
  return submit(commentForm(fields))
}

test('while the lake is up, a comment is stored (the setup below is not broken)', async () => {
  const email = uniqueEmail()
  expect((await post({email})).status).toBe('success')
  expect((await storedFor(site.reader, email)).comments).toHaveLength(1)
})

test('a failed write holds no flood window: the same reader can try again at once', async () => {
  // The lake answers queries but fails the write (as a full disk would).
  const mutate = jest.spyOn(site.lake.lake, 'mutate').mockRejectedValueOnce(new Error('disk I/O error'))
  const ip = freshAddress()
  const fields = {body: uniqueText('comment whose write failed'), name: 'Sonam', email: uniqueEmail()}
  const state = await post(fields, ip)
  expect(mutate).toHaveBeenCalledTimes(1)
  expect(state).toEqual({status: 'error', message: MESSAGES.unavailable, fieldErrors: {}, values: fields})
  expect(await storedFor(site.reader, fields.email)).toEqual({comments: [], contacts: []})
  const retry = await post(fields, ip)
  expect(retry.status).toBe('success')
  expect((await storedFor(site.reader, fields.email)).comments).toHaveLength(1)
  mutate.mockRestore()
})

describe('with the lake down', () => {
  beforeAll(() => site.close())

  test('the reader is told to try again, and keeps the text, name and e-mail', async () => {
    const body = uniqueText('comment while the lake is down')
    const email = uniqueEmail()
    const state = await post({body, name: 'Sonam', email})
    expect(state).toEqual({
      status: 'error',
      message: MESSAGES.unavailable,
      fieldErrors: {},
      values: {body, name: 'Sonam', email},
    })
    expect(state.message).toBe('We couldn’t save your comment right now. Please try again.')
    // Logged for the operator, without the reader's text or address.
    expect(errors).toHaveBeenCalledWith('[comments] could not store a comment:', expect.any(String))
    const logged = JSON.stringify(errors.mock.calls)
    expect(logged).not.toContain(body)
    expect(logged).not.toContain(email)
  })

  test('field errors still come first: no round trip is needed to say the body is empty', async () => {
    const state = await post({body: '   '})
    expect(state.fieldErrors.body).toBe(MESSAGES.bodyRequired)
    expect(state.message).toBe(MESSAGES.fixErrors)
  })
})
