/** @jest-environment node */
/**
 * The preview link: the secret is checked (and compared in constant time), the slug validated,
 * and only then is draft mode switched on. Next's draft-mode cookie store exists only in a running
 * server, so it is recorded here; the end-to-end build exercises the real one.
 */
const enabled: string[] = []
jest.mock('next/headers', () => ({draftMode: async () => ({enable: () => enabled.push('on'), disable: () => enabled.push('off')})}))

import {GET as enable} from '@/app/api/draft-mode/enable/route'
import {GET as disable} from '@/app/api/draft-mode/disable/route'
import {getArticleBySlug} from '@/lib/queries/article'
import {EMBEDDED_DEFAULTS} from '@/sanity/lake/defaults'
import {startSiteLake, type SiteLake} from '../support/site'

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())
beforeEach(() => {
  enabled.length = 0
})

const url = (query: string) => new Request(`http://localhost/api/draft-mode/enable?${query}`)

/** Next's redirect() throws a marker error carrying the location. */
async function redirectOf(call: Promise<unknown>): Promise<string> {
  try {
    await call
  } catch (err) {
    const digest = String((err as {digest?: string}).digest ?? '')
    if (digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2]
    throw err
  }
  throw new Error('expected a redirect')
}

test('a wrong or missing secret is refused and draft mode stays off', async () => {
  for (const query of ['slug=druk-nato-nexus', 'secret=nope&slug=druk-nato-nexus', `secret=${EMBEDDED_DEFAULTS.previewSecret}x&slug=druk-nato-nexus`]) {
    const res = (await enable(url(query))) as Response
    expect(res.status).toBe(401)
  }
  expect(enabled).toEqual([])
})

test.each(['', '../etc/passwd', 'UPPER', 'a b', 'x'.repeat(200), '-leading'])('an invalid slug %p is refused', async (slug) => {
  const res = (await enable(url(`secret=${EMBEDDED_DEFAULTS.previewSecret}&slug=${encodeURIComponent(slug)}`))) as Response
  expect(res.status).toBe(400)
  expect(enabled).toEqual([])
})

test('the right secret turns draft mode on and redirects to the article', async () => {
  const location = await redirectOf(enable(url(`secret=${EMBEDDED_DEFAULTS.previewSecret}&slug=druk-nato-nexus`)))
  expect(location).toBe('/articles/druk-nato-nexus')
  expect(enabled).toEqual(['on'])
})

test('exit redirects only to paths on this site', async () => {
  expect(await redirectOf(disable(new Request('http://localhost/api/draft-mode/disable?to=/articles/x')))).toBe('/articles/x')
  expect(await redirectOf(disable(new Request('http://localhost/api/draft-mode/disable?to=//evil.example')))).toBe('/')
  expect(await redirectOf(disable(new Request('http://localhost/api/draft-mode/disable?to=https://evil.example')))).toBe('/')
})

test('draft content is visible only in draft mode', async () => {
  const draft = await site.writer.getDocument('drafts.article-embargoed-bhutan-budget-2026')
  expect(draft?.title).toEqual(expect.any(String))
  const draftSlug = (draft!.slug as {current: string}).current
  expect(await getArticleBySlug(draftSlug, false)).toBeNull()
  expect((await getArticleBySlug(draftSlug, true))?.title).toBe(draft!.title)
})
