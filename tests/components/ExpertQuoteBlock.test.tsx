import {render, screen} from '@testing-library/react'
import {ExpertQuoteBlock} from '@/components/blocks/ExpertQuoteBlock'
import type {ExpertQuote} from '@/lib/queries/body'

const base: ExpertQuote = {
  _type: 'expertQuote',
  _key: 'q1',
  quote: 'The long-term stability of this arrangement hinges on careful diplomacy.',
  anonymous: false,
  speakerName: null,
  credentials: null,
  affiliation: null,
  anonymousDescription: null,
  anonymityReason: null,
}

test('a named expert: the quote, the name, credentials and affiliation', () => {
  const {container} = render(
    <ExpertQuoteBlock
      quote={{
        ...base,
        speakerName: 'Dr. Sonam Topchen Wangdi',
        credentials: 'geopolitical analyst specializing in Himalayan security',
        affiliation: 'University of Delhi',
      }}
    />,
  )
  expect(screen.getByText(base.quote).closest('blockquote')).toBeInTheDocument()
  expect(container.querySelector('figcaption')).toHaveTextContent(
    'Dr. Sonam Topchen Wangdi, geopolitical analyst specializing in Himalayan security, University of Delhi',
  )
  expect(container.querySelector('figure')).not.toHaveClass('pullquote--anonymous')
})

test('a named expert without credentials: just the name, no dangling comma', () => {
  const {container} = render(<ExpertQuoteBlock quote={{...base, speakerName: 'Aiko Tanabe'}} />)
  expect(container.querySelector('figcaption')?.textContent).toBe('Aiko Tanabe')
})

test('an anonymous official: described, with the reason, and never named', () => {
  const {container} = render(
    <ExpertQuoteBlock
      quote={{
        ...base,
        anonymous: true,
        // A name left behind in the document must not reach the page.
        speakerName: 'Leaked Name',
        anonymousDescription: 'a senior official within the NATO Secretariat',
        anonymityReason: 'speaking on condition of anonymity',
      }}
    />,
  )
  expect(container.querySelector('figcaption')).toHaveTextContent(
    'A senior official within the NATO Secretariat, speaking on condition of anonymity',
  )
  expect(container).not.toHaveTextContent('Leaked Name')
  expect(container.querySelector('figure')).toHaveClass('pullquote--anonymous')
})

test('an anonymous source with no reason recorded still says it is anonymous', () => {
  const {container} = render(
    <ExpertQuoteBlock quote={{...base, anonymous: true, anonymousDescription: 'a diplomat'}} />,
  )
  expect(container.querySelector('figcaption')).toHaveTextContent('A diplomat, speaking on condition of anonymity')
})
