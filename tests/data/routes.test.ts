/** @jest-environment node */
import {parsePageParam, routes} from '@/lib/routes'

describe('parsePageParam', () => {
  test('no segment is page 1', () => {
    expect(parsePageParam(undefined)).toBe(1)
  })

  test.each([
    ['1', 1],
    ['2', 2],
    ['10', 10],
    ['999999', 999999],
  ])('%s is page %d', (value, page) => {
    expect(parsePageParam(value)).toBe(page)
  })

  test.each(['0', '01', '-1', '1.5', '1e3', ' 2', '2 ', '', 'abc', '0x10', '1000000', '２'])(
    '%j is not a page',
    (value) => {
      expect(parsePageParam(value)).toBeNull()
    },
  )
})

test('page 1 has no /page/1 URL; later pages do', () => {
  expect(routes.author('karma-choden', 1)).toBe('/authors/karma-choden')
  expect(routes.author('karma-choden', 2)).toBe('/authors/karma-choden/page/2')
  expect(routes.topic('geopolitics')).toBe('/topics/geopolitics')
  expect(routes.topic('geopolitics', 3)).toBe('/topics/geopolitics/page/3')
  expect(routes.archive(1)).toBe('/archive')
  expect(routes.archive(2)).toBe('/archive/2')
  expect(routes.search('a&b c')).toBe('/search?q=a%26b%20c')
})
