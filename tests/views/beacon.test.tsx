/**
 * The view beacon in a DOM (jsdom has neither sendBeacon nor fetch, so the test gives the page
 * recorders of both; the real browser path is tests/e2e/views.test.ts): one report per article
 * per page load, by beacon, else by fetch with keepalive.
 */
import {render} from '@testing-library/react'
import {ViewBeacon} from '@/components/article/ViewBeacon'

const beacons: Array<[string, unknown]> = []
const fetches: Array<[string, RequestInit]> = []
let acceptBeacon = true
beforeAll(() => {
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (url: string, body: unknown) => (beacons.push([url, body]), acceptBeacon),
  })
  globalThis.fetch = ((url: string, init: RequestInit) => {
    fetches.push([url, init])
    return Promise.resolve({ok: true, status: 204})
  }) as unknown as typeof fetch
})

test('one beacon per article per page load, carrying the article id and nothing else', () => {
  const first = render(<ViewBeacon articleId="article-a" />)
  expect(first.container.innerHTML).toBe('')
  first.rerender(<ViewBeacon articleId="article-a" />)
  first.unmount()
  render(<ViewBeacon articleId="article-a" />) // a client-side visit back
  render(<ViewBeacon articleId="article-b" />)
  expect(beacons).toEqual([
    ['/api/views', '{"articleId":"article-a"}'],
    ['/api/views', '{"articleId":"article-b"}'],
  ])
  expect(fetches).toEqual([])
})

test('a refused beacon falls back to fetch with keepalive and no credentials', () => {
  acceptBeacon = false
  render(<ViewBeacon articleId="article-c" />)
  expect(fetches).toEqual([
    ['/api/views', {method: 'POST', body: '{"articleId":"article-c"}', keepalive: true, credentials: 'omit'}],
  ])
})
