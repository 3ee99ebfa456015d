/** @jest-environment node */
import {headingsOf, readingMinutes, wordCount} from '@/lib/portableText'
import type {BodyMember} from '@/lib/queries/body'
import {block, h2, h3, words} from '../components/fixtures'

describe('headingsOf', () => {
  const body = [
    h2('a', 'Background'),
    block('p', 'Not a heading.'),
    h3('b', 'Stakeholder Dynamics & Motivations'),
    h2('c', 'Background'),
    h2('d', 'Background'),
    h2('e', 'Émigré Politics: 2026?'),
    h2('f', '!!!'),
    block('q', 'Quoted.', 'blockquote'),
  ]
  const headings = headingsOf(body)

  test('only H2 and H3, keyed by block, in order, with their level', () => {
    expect([...headings.keys()]).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expect(headings.get('b')).toEqual({
      id: 'stakeholder-dynamics-and-motivations',
      text: 'Stakeholder Dynamics & Motivations',
      level: 3,
    })
  })

  test('repeated headings get unique ids', () => {
    expect(['a', 'c', 'd'].map((k) => headings.get(k)?.id)).toEqual(['background', 'background-2', 'background-3'])
    const ids = [...headings.values()].map((h) => h.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('ids are URL-safe: accents folded, punctuation dropped, a fallback when nothing is left', () => {
    expect(headings.get('e')?.id).toBe('emigre-politics-2026')
    expect(headings.get('f')?.id).toBe('section')
  })
})

describe('readingMinutes', () => {
  test('230 words a minute, rounded, at least one', () => {
    expect(readingMinutes([])).toBe(1)
    expect(readingMinutes([block('p', words(344))])).toBe(1)
    expect(readingMinutes([block('p', words(345))])).toBe(2)
    expect(readingMinutes([block('p', words(920))])).toBe(4)
  })

  test('quotes, statistics and debate questions are read too', () => {
    const body = [
      block('p', words(100)),
      {_type: 'expertQuote', _key: 'q', quote: words(200)},
      {_type: 'statistic', _key: 's', value: '37%', claim: words(100), sourceName: 'IISS'},
      {_type: 'debateQuestions', _key: 'd', prompt: words(50), questions: [words(25), words(25)]},
      {_type: 'unknownWidget', _key: 'u', text: words(1000)},
    ] as BodyMember[]
    expect(wordCount(body)).toBe(500)
    expect(readingMinutes(body)).toBe(2)
  })
})
