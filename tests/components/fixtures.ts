import type {ArticleCard} from '@/lib/queries/fragments'
import type {BodyMember} from '@/lib/queries/body'

/** Portable Text blocks for tests, in the shape the lake returns them. */
export function block(key: string, text: string, style = 'normal', links: Record<string, string> = {}): BodyMember {
  const markDefs = Object.entries(links).map(([linkKey, href]) => ({_type: 'link', _key: linkKey, href}))
  const children = markDefs.length
    ? markDefs.map((m, i) => ({_type: 'span', _key: `${key}s${i}`, text: `${text} ${i + 1}`, marks: [m._key]}))
    : [{_type: 'span', _key: `${key}s0`, text, marks: []}]
  return {_type: 'block', _key: key, style, markDefs, children} as BodyMember
}

export const h2 = (key: string, text: string) => block(key, text, 'h2')
export const h3 = (key: string, text: string) => block(key, text, 'h3')

export const words = (n: number, word = 'word') => Array.from({length: n}, () => word).join(' ')

export function card(slug: string, extra: Partial<ArticleCard> = {}): ArticleCard {
  return {
    _id: `article-${slug}`,
    title: `Title of ${slug}`,
    slug,
    dek: null,
    publishedAt: '2026-01-01T06:00:00Z',
    author: null,
    section: null,
    image: null,
    commentCount: 0,
    ...extra,
  }
}
