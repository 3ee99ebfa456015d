import {render, screen} from '@testing-library/react'
import {DateBar} from '@/components/layout/DateBar'

test('today’s date in the publication’s zone, with the tagline', () => {
  render(
    <DateBar now={new Date('2026-01-10T07:30:00Z')} timeZone="Asia/Thimphu" tagline="Analysis for a crowded century" />,
  )
  expect(screen.getByText('Saturday, January 10, 2026')).toHaveAttribute('dateTime', '2026-01-10T07:30:00.000Z')
  expect(screen.getByText('Analysis for a crowded century')).toBeInTheDocument()
})

test('a minute before midnight UTC it is already tomorrow in Thimphu', () => {
  const now = new Date('2026-01-09T23:59:00Z')
  const {rerender} = render(<DateBar now={now} timeZone="UTC" tagline={null} />)
  expect(screen.getByRole('time')).toHaveTextContent('Friday, January 9, 2026')
  rerender(<DateBar now={now} timeZone="Asia/Thimphu" tagline={null} />)
  expect(screen.getByRole('time')).toHaveTextContent('Saturday, January 10, 2026')
})

test('no tagline: no empty element', () => {
  const {container} = render(<DateBar now={new Date('2026-01-10T00:00:00Z')} timeZone="UTC" tagline={null} />)
  expect(container.querySelector('.datebar__tagline')).toBeNull()
})
