import type {BodyMember} from '@/lib/queries/body'

interface Span {
  _type: string
  text?: string
}

export interface Heading {
  id: string
  text: string
  level: 2 | 3
}

const WORDS_PER_MINUTE = 230

export function blockText(block: BodyMember): string {
  const children = (block as {children?: Span[]}).children
  return Array.isArray(children) ? children.map((c) => c.text ?? '').join('') : ''
}

/** A URL fragment from heading text: stable, readable, unique within the article. */
export function slugifyHeading(text: string, taken: Set<string>): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

/** The H2/H3 outline with the anchor id of each heading, keyed by block `_key`. */
export function headingsOf(body: BodyMember[]): Map<string, Heading> {
  const taken = new Set<string>()
  const headings = new Map<string, Heading>()
  for (const block of body) {
    const style = (block as {style?: string}).style
    if (block._type !== 'block' || (style !== 'h2' && style !== 'h3')) continue
    const text = blockText(block)
    headings.set((block as {_key: string})._key, {id: slugifyHeading(text, taken), text, level: style === 'h2' ? 2 : 3})
  }
  return headings
}

/** Words in prose, quotes, figures and questions, for "N min read". */
export function wordCount(body: BodyMember[]): number {
  let text = ''
  for (const member of body) {
    const m = member as Record<string, unknown>
    if (member._type === 'block') text += ' ' + blockText(member)
    else if (member._type === 'expertQuote') text += ' ' + String(m.quote ?? '')
    else if (member._type === 'statistic') text += ' ' + String(m.claim ?? '')
    else if (member._type === 'debateQuestions')
      text += ' ' + String(m.prompt ?? '') + ' ' + ((m.questions as string[]) ?? []).join(' ')
  }
  return text.split(/\s+/).filter(Boolean).length
}

export function readingMinutes(body: BodyMember[]): number {
  return Math.max(1, Math.round(wordCount(body) / WORDS_PER_MINUTE))
}
