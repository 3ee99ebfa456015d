import {render, screen, within} from '@testing-library/react'
import {TableOfContents, TOC_MIN_SECTIONS} from '@/components/article/TableOfContents'
import {ArticleBody} from '@/components/article/ArticleBody'
import {headingsOf} from '@/lib/portableText'
import {block, h2, h3} from './fixtures'

const sections = (n: number) => Array.from({length: n}, (_, i) => h2(`h${i}`, `Section ${i + 1}`))

test('hidden with fewer than four H2 sections, however many H3s', () => {
  expect(TOC_MIN_SECTIONS).toBe(4)
  const body = [...sections(3), h3('x', 'Sub one'), h3('y', 'Sub two')]
  const {container} = render(<TableOfContents headings={[...headingsOf(body).values()]} />)
  expect(container).toBeEmptyDOMElement()
})

test('shown from four sections; every entry points at a heading id in the body', () => {
  const body = [
    block('p', 'Intro.'),
    ...sections(2),
    h3('sub', 'A & B'),
    ...sections(4).slice(2),
    h2('dup', 'Section 1'),
  ]
  const headings = headingsOf(body)
  const {container} = render(
    <>
      <TableOfContents headings={[...headings.values()]} />
      <ArticleBody body={body} headings={headings} />
    </>,
  )
  const toc = screen.getByRole('navigation', {name: 'In this article'})
  const links = within(toc).getAllByRole('link')
  expect(links.map((a) => a.textContent)).toEqual([
    'Section 1',
    'Section 2',
    'A & B',
    'Section 3',
    'Section 4',
    'Section 1',
  ])
  for (const link of links) {
    const id = link.getAttribute('href')!.slice(1)
    expect(container.querySelector(`.article-body [id="${id}"]`)).toHaveTextContent(link.textContent!)
  }
  // H3 entries are indented under their section.
  expect(within(toc).getByText('A & B').closest('li')).toHaveClass('toc__sub')
})
