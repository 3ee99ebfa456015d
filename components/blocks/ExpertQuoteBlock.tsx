import type {ExpertQuote} from '@/lib/queries/body'

/** Who is speaking, as a reader should see it: named with credentials, or described if anonymous. */
export function attributionOf(q: ExpertQuote): {who: string; detail: string | null} {
  if (q.anonymous) {
    const who = q.anonymousDescription ?? 'An official'
    return {
      who: who.charAt(0).toUpperCase() + who.slice(1),
      detail: q.anonymityReason ?? 'speaking on condition of anonymity',
    }
  }
  const detail = [q.credentials, q.affiliation].filter(Boolean).join(', ')
  return {who: q.speakerName ?? 'Unnamed source', detail: detail || null}
}

/** An attributed pull quote. */
export function ExpertQuoteBlock({quote}: {quote: ExpertQuote}) {
  const {who, detail} = attributionOf(quote)
  return (
    <figure className={`pullquote${quote.anonymous ? ' pullquote--anonymous' : ''}`}>
      <blockquote>
        <p>{quote.quote}</p>
      </blockquote>
      <figcaption>
        <span className="pullquote__who">{who}</span>
        {detail ? <span className="pullquote__detail">, {detail}</span> : null}
      </figcaption>
    </figure>
  )
}
