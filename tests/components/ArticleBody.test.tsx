import {render, screen} from '@testing-library/react'
import {ArticleBody} from '@/components/article/ArticleBody'
import {headingsOf} from '@/lib/portableText'
import type {BodyMember} from '@/lib/queries/body'
import {block, h2, h3} from './fixtures'

function renderBody(body: BodyMember[]) {
  return render(<ArticleBody body={body} headings={headingsOf(body)} />)
}

test('H2 and H3 headings carry their anchor ids', () => {
  renderBody([
    h2('a', 'Historical Context: A Legacy of Symbiosis and Security'),
    block('p', 'Text.'),
    h3('b', 'Short-Term & Long-Term'),
  ])
  expect(screen.getByRole('heading', {level: 2})).toHaveAttribute(
    'id',
    'historical-context-a-legacy-of-symbiosis-and-security',
  )
  expect(screen.getByRole('heading', {level: 3})).toHaveAttribute('id', 'short-term-and-long-term')
})

test('web, mail, site-relative and fragment links stay links', () => {
  renderBody([
    block('p', 'ok', 'normal', {
      l1: 'https://www.iiss.org/',
      l2: 'mailto:desk@example.com',
      l3: '/topics/geopolitics',
      l4: '#comments',
    }),
  ])
  expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
    'https://www.iiss.org/',
    'mailto:desk@example.com',
    '/topics/geopolitics',
    '#comments',
  ])
  // Only off-site links get rel=noopener.
  expect(screen.getByRole('link', {name: 'ok 1'})).toHaveAttribute('rel', 'noopener')
  expect(screen.getByRole('link', {name: 'ok 3'})).not.toHaveAttribute('rel')
})

test.each([
  'javascript:alert(document.cookie)',
  ' javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/\\evil.example/x',
  '',
])('a link to %j is rendered as plain text', (href) => {
  const {container} = renderBody([block('p', 'Click', 'normal', {bad: href})])
  expect(container.querySelector('a')).toBeNull()
  expect(container).toHaveTextContent('Click 1')
})

test('custom blocks render through their components; unknown ones are skipped', () => {
  const {container} = renderBody([
    {_type: 'statistic', _key: 's', value: '22%', claim: 'Training budgets', sourceName: 'Royal Bhutanese Army'},
    {_type: 'debateQuestions', _key: 'd', title: 'Reflection & Debate', questions: ['Why?']},
    {_type: 'mysteryWidget', _key: 'm', text: 'should not show'},
  ] as BodyMember[])
  expect(screen.getByRole('complementary', {name: 'Statistic: 22%'})).toBeInTheDocument()
  expect(screen.getByRole('heading', {name: 'Reflection & Debate'})).toHaveAttribute('id', 'debate-d')
  expect(container).not.toHaveTextContent('should not show')
})
