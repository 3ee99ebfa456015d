/**
 * Comment helpers for the browser tests: a moderator's client on the lake (the write token the
 * lake was started with), and the reader's side of the "Leave a reply" form.
 */
import {createClient, type SanityClient} from '@sanity/client'
import type {Page} from 'playwright-core'
import {E2E_WRITE_TOKEN, sleep} from './e2e'
import {moderate} from './moderate'

export const MESSAGES = {
  bodyRequired: 'Please enter your comment!',
  awaiting: 'Your comment is awaiting moderation.',
  unavailable: 'We couldn’t save your comment right now. Please try again.',
}

/** The lake's time trap refuses a comment posted less than 3 s after the form was first focused. */
export const TIME_TRAP_MS = 3000

export function moderator(lakeUrl: string): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: lakeUrl,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    useCdn: false,
    token: E2E_WRITE_TOKEN,
  })
}

export interface StoredComment {
  _id: string
  status: string
  authorName: string
  parent: string | null
}

/** Comments with this text as the Studio lists them: by published id, a held one from its draft. */
export function commentsWithBody(client: SanityClient, body: string): Promise<StoredComment[]> {
  return client.fetch<StoredComment[]>(
    `*[_type == "comment" && body == $text]{_id, status, authorName, "parent": parent._ref}`,
    {text: body},
    {perspective: 'drafts'},
  )
}

/**
 * Approves the one comment with this text, as the Studio's Approve action does: the status set on
 * its draft, then the draft published (the public API shows only published, approved comments).
 */
export async function approve(client: SanityClient, body: string): Promise<StoredComment> {
  const found = await commentsWithBody(client, body)
  if (found.length !== 1) throw new Error(`expected one comment with body "${body}", found ${found.length}`)
  expect(found[0].status).toBe('pending')
  await moderate(client, found[0]._id, 'approved')
  return found[0]
}

/** Reloads until `selector` holds `text` (the webhook has revalidated the page); returns the wait in ms. */
export async function reloadUntil(page: Page, selector: string, text: string, timeoutMs = 15_000): Promise<number> {
  const started = Date.now()
  for (;;) {
    await page.reload({waitUntil: 'load'})
    const content = await page
      .locator(selector)
      .first()
      .textContent({timeout: 1000})
      .catch(() => null)
    if (content?.includes(text)) return Date.now() - started
    if (Date.now() - started > timeoutMs)
      throw new Error(`"${text}" did not appear in ${selector} within ${timeoutMs} ms`)
    await sleep(400)
  }
}

/** Waits until React has hydrated the comment form (its handlers, the time trap's focus one included, are live). */
export async function waitForHydratedForm(page: Page) {
  await page.waitForFunction(() => {
    const form = document.getElementById('respond')
    return Boolean(form && Object.keys(form).some((key) => key.startsWith('__reactFiber')))
  })
}

export const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
export const emailFor = (name: string) => `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com`

/** Fills the article's comment form as a reader whose e-mail follows from the name. */
export async function fillComment(page: Page, {name, body}: {name: string; body: string}) {
  await page.fill('#comment-body', body)
  await page.fill('#comment-name', name)
  await page.fill('#comment-email', emailFor(name))
}

/** Waits until the time trap (armed when the form was focused at `focusedAt`) lets a post through. */
export async function waitOutTimeTrap(focusedAt: number) {
  const left = focusedAt + TIME_TRAP_MS + 500 - Date.now()
  if (left > 0) await sleep(left)
}

export const statusOf = (page: Page) => page.locator('#respond [role="status"]')
export async function waitForStatus(page: Page, text: string, timeoutMs = 30_000) {
  try {
    await page.locator('#respond [role="status"]', {hasText: text}).waitFor({timeout: timeoutMs})
  } catch (err) {
    const shown = await statusOf(page)
      .textContent({timeout: 1000})
      .catch(() => null)
    throw new Error(`The form never said "${text}"; it says ${JSON.stringify(shown)}. ${(err as Error).message}`)
  }
}
