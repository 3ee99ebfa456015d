import {render, screen} from '@testing-library/react'
import {StatisticBlock} from '@/components/blocks/StatisticBlock'
import type {Statistic} from '@/lib/queries/body'

const iiss: Statistic = {
  _type: 'statistic',
  _key: 's1',
  value: '37%',
  claim: 'Increase in military exercises conducted by NATO forces in the Indo-Pacific region over the past five years',
  sourceName: 'International Institute for Strategic Studies (IISS)',
  sourceUrl: 'https://www.iiss.org/',
  dataDate: '2025-12-01',
}

test('value, claim, and a link to the source with the data’s date', () => {
  render(<StatisticBlock statistic={iiss} />)
  expect(screen.getByRole('complementary', {name: 'Statistic: 37%'})).toHaveTextContent(iiss.claim)
  const link = screen.getByRole('link', {name: iiss.sourceName})
  expect(link).toHaveAttribute('href', 'https://www.iiss.org/')
  // A plain date is a calendar month, whatever the reader's zone.
  expect(screen.getByText('December 2025')).toHaveAttribute('dateTime', '2025-12-01')
})

test('no source URL: the source is named, not linked', () => {
  render(
    <StatisticBlock
      statistic={{
        ...iiss,
        value: '22%',
        sourceName: 'Royal Bhutanese Army',
        sourceUrl: undefined,
        dataDate: '2025-12-15',
      }}
    />,
  )
  expect(screen.getByText(/Royal Bhutanese Army/)).toBeInTheDocument()
  expect(screen.queryByRole('link')).toBeNull()
  expect(screen.getByText('December 2025')).toBeInTheDocument()
})

test.each([
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<b>x</b>',
  '//evil.example/',
  'ftp://files.example/',
])('a %s source URL is not a link', (sourceUrl) => {
  const {container} = render(<StatisticBlock statistic={{...iiss, sourceUrl}} />)
  expect(container.querySelector('a')).toBeNull()
  expect(container).toHaveTextContent('Source: International Institute for Strategic Studies (IISS)')
})

test('no date: no trailing comma', () => {
  const {container} = render(<StatisticBlock statistic={{...iiss, dataDate: null}} />)
  expect(container.querySelector('time')).toBeNull()
  expect(container.querySelector('.statistic__source')?.textContent).toBe(
    'Source: International Institute for Strategic Studies (IISS)',
  )
})
