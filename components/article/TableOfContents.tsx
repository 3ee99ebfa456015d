import type {Heading} from '@/lib/portableText'

export const TOC_MIN_SECTIONS = 4

/** "In this article": only for long pieces with enough sections to navigate. */
export function TableOfContents({headings}: {headings: Heading[]}) {
  if (headings.filter((h) => h.level === 2).length < TOC_MIN_SECTIONS) return null
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc__title">
        In this article
      </h2>
      <ol>
        {headings.map((h) => (
          <li key={h.id} className={h.level === 3 ? 'toc__sub' : undefined}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
