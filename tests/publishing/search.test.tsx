/**
 * Search with the inputs readers actually type: the page answers every one of them with a
 * sensible message and never an error, and the words reach GROQ only as `$terms`.
 */
import {render, screen} from '@testing-library/react'
import SearchPage from '@/app/(site)/search/page'
import {SEARCH_MAX_LENGTH, searchArticles, searchQuery, searchTerms} from '@/lib/queries/search'
import {resolveServerTree, startSiteLake, type SiteLake} from '../support/site'

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

async function renderSearch(q: string | string[]) {
  render(await resolveServerTree(SearchPage({searchParams: Promise.resolve({q})})))
}

test('finds an article by words from its title and body, best match first', async () => {
  const result = await searchArticles(searchTerms('Druk NATO'), 1)
  expect(result.total).toBeGreaterThanOrEqual(1)
  expect(result.articles[0].slug).toBe('druk-nato-nexus')
})

test('words are prefixes and case does not matter', async () => {
  expect((await searchArticles(searchTerms('HIMALAY'), 1)).articles.map((a) => a.slug)).toContain('druk-nato-nexus')
})

test.each([
  ['empty', '', /Type a few words/],
  ['blanks only', '   ', /Type a few words/],
  ['punctuation only', '!!! ??? ***', /Please use letters or numbers/],
  ['GROQ syntax', '"] | order(_id) [0...999] {*}', /results? for/],
  ['a word nobody wrote', 'zyxwvutsrq', /0 results for/],
  ['Cyrillic', 'Бутан и НАТО', /results? for/],
  ['Devanagari and emoji', 'भूटान 🏔️', /results? for/],
])('%s: a page with a clear message, never an error', async (_label, q, message) => {
  await renderSearch(q)
  expect(screen.getByRole('status')).toHaveTextContent(message)
  expect(screen.getByRole('heading', {level: 1})).toHaveTextContent('Search')
})

test('a very long query is capped, and still answered', async () => {
  const long = 'bhutan '.repeat(500)
  expect(searchTerms(long).length).toBeLessThanOrEqual(8)
  await renderSearch(long)
  expect((screen.getByRole('searchbox') as HTMLInputElement).value.length).toBeLessThanOrEqual(SEARCH_MAX_LENGTH)
  expect(screen.getByRole('status')).toHaveTextContent(/results? for/)
})

test('repeated q parameters use the first', async () => {
  await renderSearch(['nato', 'zyxwvutsrq'])
  expect(screen.getByRole('status')).toHaveTextContent(/for “nato”/)
})

test('the query text is a constant: reader input reaches GROQ only as a parameter', () => {
  expect(searchQuery).toContain('match $terms')
  expect(searchTerms('x" || true || "')).toEqual(['x*', 'true*'])
})
