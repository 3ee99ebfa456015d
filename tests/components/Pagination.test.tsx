import {render, screen} from '@testing-library/react'
import {Pagination} from '@/components/Pagination'
import {routes} from '@/lib/routes'

const href = (page: number) => routes.topic('geopolitics', page)

test('page 1 of 3: "Older" to page 2, no "Newer"', () => {
  render(<Pagination page={1} pageCount={3} href={href} label="Pages" />)
  expect(screen.getByRole('navigation', {name: 'Pages'})).toHaveTextContent('Page 1 of 3')
  expect(screen.queryByRole('link', {name: /Newer/})).toBeNull()
  expect(screen.getByRole('link', {name: /Older/})).toHaveAttribute('href', '/topics/geopolitics/page/2')
})

test('a middle page links both ways; "Newer" from page 2 is the plain first-page URL', () => {
  const {rerender} = render(<Pagination page={2} pageCount={3} href={href} label="Pages" />)
  expect(screen.getByRole('link', {name: /Newer/})).toHaveAttribute('href', '/topics/geopolitics')
  expect(screen.getByRole('link', {name: /Older/})).toHaveAttribute('href', '/topics/geopolitics/page/3')
  rerender(<Pagination page={3} pageCount={3} href={href} label="Pages" />)
  expect(screen.getByRole('link', {name: /Newer/})).toHaveAttribute('href', '/topics/geopolitics/page/2')
})

test('the last page: no "Older"', () => {
  render(<Pagination page={3} pageCount={3} href={href} label="Pages" />)
  expect(screen.getByText('Page 3 of 3')).toBeInTheDocument()
  expect(screen.queryByRole('link', {name: /Older/})).toBeNull()
})

test('a single page: no pagination at all', () => {
  const {container} = render(<Pagination page={1} pageCount={1} href={href} label="Pages" />)
  expect(container).toBeEmptyDOMElement()
})
