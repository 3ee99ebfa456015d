import {render, screen} from '@testing-library/react'
import {RelatedPosts} from '@/components/article/RelatedPosts'
import {card} from './fixtures'

test('lists the related articles and never the current one', () => {
  const current = card('druk-nato-nexus')
  render(
    <RelatedPosts
      articles={[card('indo-pacific-order-long-read'), current, card('drone-doctrine-small-states')]}
      currentId={current._id}
      timeZone="Asia/Thimphu"
    />,
  )
  expect(screen.getByRole('heading', {name: 'Related Posts'})).toBeInTheDocument()
  const titles = screen.getAllByRole('heading', {level: 3}).map((h) => h.textContent)
  expect(titles).toEqual(['Title of indo-pacific-order-long-read', 'Title of drone-doctrine-small-states'])
  expect(screen.getByRole('link', {name: 'Title of drone-doctrine-small-states'})).toHaveAttribute(
    'href',
    '/articles/drone-doctrine-small-states',
  )
})

test('nothing left after removing the current article: no section at all', () => {
  const current = card('druk-nato-nexus')
  const {container} = render(<RelatedPosts articles={[current]} currentId={current._id} timeZone="UTC" />)
  expect(container).toBeEmptyDOMElement()
})

test('card dates are in the publication’s zone', () => {
  render(
    <RelatedPosts
      articles={[card('late', {publishedAt: '2026-01-09T23:59:00Z'})]}
      currentId="other"
      timeZone="Asia/Thimphu"
    />,
  )
  expect(screen.getByText('January 10, 2026')).toHaveAttribute('dateTime', '2026-01-09T23:59:00Z')
})
