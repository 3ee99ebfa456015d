import {render, screen, within} from '@testing-library/react'
import {DebateQuestionsBlock} from '@/components/blocks/DebateQuestionsBlock'

const questions = [
  'What long-term strategies should NATO employ to manage its increasing presence in the Indo-Pacific?',
  'How will India respond to this shifting security landscape?',
]

test('a titled section with the prompt and the questions in order', () => {
  render(
    <DebateQuestionsBlock
      headingId="debate-b20"
      block={{
        _type: 'debateQuestions',
        _key: 'b20',
        title: 'Reflection & Debate',
        prompt: 'It raises fundamental questions.',
        questions,
      }}
    />,
  )
  const section = screen.getByRole('region', {name: 'Reflection & Debate'})
  expect(screen.getByRole('heading', {level: 2, name: 'Reflection & Debate'})).toHaveAttribute('id', 'debate-b20')
  expect(within(section).getByText('It raises fundamental questions.')).toBeInTheDocument()
  expect(
    within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(questions)
})

test('without a title or prompt: the default title, no empty paragraph', () => {
  const {container} = render(
    <DebateQuestionsBlock headingId="d" block={{_type: 'debateQuestions', _key: 'k', questions: ['Why?']}} />,
  )
  expect(screen.getByRole('heading', {name: 'Reflection & Debate'})).toBeInTheDocument()
  expect(container.querySelector('p')).toBeNull()
})
