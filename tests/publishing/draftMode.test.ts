/** @jest-environment node */
/**
 * The preview link: the secret is checked (and compared in constant time), the slug validated,
 * and only then is draft mode switched on. Next's draft-mode cookie store exists only in a running
 * server, so it is recorded here; the end-to-end build exercises the real one.
 */
const enabled: string[] = []
jest.mock('next/headers', () => ({
  draftMode: async () => ({enable: () => enabled.push('on'), disable: () => enabled.push('off')}),
}))

import {GET as enable} from '@/app/api/draft-mode/enable/route'
import {GET as disable} from '@/app/api/draft-mode/disable/route'
import {contentStoreConfig} from '@/lib/env'
import {getArticleBySlug} from '@/lib/queries/article'
import {embeddedSecret} from '@/sanity/embedded/secrets'
import {startSiteLake, type SiteLake} from '../support/site'

let site: SiteLake
// Read after startSiteLake(), which must configure the data layer first.
const siteUrl = () => contentStoreConfig().siteUrl
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
  const wrong = [
    'slug=druk-nato-nexus',
    'secret=nope&slug=druk-nato-nexus',
    `secret=${embeddedSecret('previewSecret')}x&slug=druk-nato-nexus`,
    // What earlier versions published in .env.example opens nothing now.
    'secret=local-preview-secret-for-development-only&slug=druk-nato-nexus',
  ]
  for (const query of wrong) {
    const res = (await enable(url(query))) as Response
    expect(res.status).toBe(401)
  }
  expect(enabled).toEqual([])
})

test.each(['', '../etc/passwd', 'UPPER', 'a b', 'x'.repeat(200), '-leading'])(
  'an invalid slug %p is refused',
  async (slug) => {
    const res = (await enable(
      url(`secret=${embeddedSecret('previewSecret')}&slug=${encodeURIComponent(slug)}`),
    )) as Response
    expect(res.status).toBe(400)
    expect(enabled).toEqual([])
  },
)

test('the right secret turns draft mode on and redirects to the article', async () => {
  const location = await redirectOf(enable(url(`secret=${embeddedSecret('previewSecret')}&slug=druk-nato-nexus`)))
  expect(location).toBe('/articles/druk-nato-nexus')
  expect(enabled).toEqual(['on'])
})

const exitTo = (rawQueryValue: string) =>
  redirectOf(disable(new Request(`http://localhost/api/draft-mode/disable?to=${rawQueryValue}`)))

test('exit redirects to a path on this site, query string and fragment kept', async () => {
  expect(await exitTo('/articles/x')).toBe('/articles/x')
  const search = '/search?q=druk+nato&page=2#results'
  expect(await exitTo(encodeURIComponent(search))).toBe(search)
  expect(await exitTo('')).toBe('/')
})

// Browsers read `\` as `/` and drop tabs and newlines in a Location, so each of these would leave the site.
test.each([
  '/\\evil.example',
  '\\\\evil.example',
  '//evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  'https://evil.example',
  'https://evil.example/articles/x',
  'http://localhost:3000.evil.example/',
  'javascript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
])('exit to %j goes to the home page instead', async (to) => {
  expect(await exitTo(encodeURIComponent(to))).toBe('/')
})

test('the reported link /api/draft-mode/disable?to=/%5Cevil.example stays on the site', async () => {
  const location = await exitTo('/%5Cevil.example')
  expect(new URL(location, siteUrl()).origin).toBe(new URL(siteUrl()).origin)
  expect(location).toBe('/')
})

test('exit to this site by its full address keeps only the path', async () => {
  expect(await exitTo(encodeURIComponent(`${siteUrl()}/articles/x?y=1`))).toBe('/articles/x?y=1')
  // Same origin, but `//evil.example` alone as a Location would name another host.
  expect(await exitTo(encodeURIComponent(`${siteUrl()}//evil.example`))).toBe('/')
})

test('draft content is visible only in draft mode', async () => {
  const draft = await site.writer.getDocument('drafts.article-embargoed-bhutan-budget-2026')
  expect(draft?.title).toEqual(expect.any(String))
  const draftSlug = (draft!.slug as {current: string}).current
  expect(await getArticleBySlug(draftSlug, false)).toBeNull()
  expect((await getArticleBySlug(draftSlug, true))?.title).toBe(draft!.title)
})
