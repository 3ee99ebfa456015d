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

test('an inline image is a lazy, responsive figure with its caption and credit', () => {
  const image = {
    _type: 'image' as const,
    _key: 'img1',
    alt: 'Map of Bhutan between India and China',
    caption: 'Bhutan sits between two giants.',
    credit: 'Map: The Meridian Review, from Natural Earth',
    assetRef: 'image-007dac0cd5094ee8e94fb2c4e9c24083bdfd4165-1600x900-png',
    lqip: null,
  }
  const {container} = renderBody([block('p', 'Before.'), image, block('q', 'After.')])
  const picture = screen.getByRole('img', {name: image.alt})
  expect(picture).toHaveAttribute('loading', 'lazy')
  expect(picture).toHaveAttribute('width', '720')
  expect(picture).toHaveAttribute('height', '405')
  expect(picture.getAttribute('srcset')).toMatch(/007dac0cd5094ee8e94fb2c4e9c24083bdfd4165-1600x900\.png\?.*w=720/)
  const caption = container.querySelector('figure.article-figure figcaption')
  expect(caption).toHaveTextContent(image.caption)
  expect(caption?.querySelector('.article-figure__credit')).toHaveTextContent(image.credit)
})

test('an inline image whose asset is gone renders nothing', () => {
  const {container} = renderBody([{_type: 'image', _key: 'gone', alt: 'x', assetRef: null} as BodyMember])
  expect(container.querySelector('figure')).toBeNull()
})
