// Portable Text members for article bodies, written the way an editor reads them.
// Each helper returns a function of the member's `_key`; keyBody() hands out readable keys
// ("b01", "b02", …) once a body is complete, so reordering an article never breaks them.

// Inline markup inside paragraph text: [label](https://…) for links, **strong**, *em*.
const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*/g

function block(style, text, extra = {}) {
  return (key) => {
    const markDefs = []
    const children = []
    const span = (spanText, marks) =>
      children.push({_type: 'span', _key: `${key}s${children.length}`, text: spanText, marks})
    let last = 0
    for (const match of text.matchAll(INLINE)) {
      const [whole, label, href, strong, em] = match
      if (match.index > last) span(text.slice(last, match.index), [])
      if (label !== undefined) {
        const linkKey = `${key}l${markDefs.length}`
        markDefs.push({_type: 'link', _key: linkKey, href})
        span(label, [linkKey])
      } else if (strong !== undefined) {
        span(strong, ['strong'])
      } else {
        span(em, ['em'])
      }
      last = match.index + whole.length
    }
    if (last < text.length || children.length === 0) span(text.slice(last), [])
    return {_type: 'block', _key: key, style, ...extra, markDefs, children}
  }
}

export const p = (text) => block('normal', text)
export const h2 = (text) => block('h2', text)
export const h3 = (text) => block('h3', text)
export const bullet = (text) => block('normal', text, {listItem: 'bullet', level: 1})

/** A cited figure, shown as a call-out after the paragraph that cites it. */
export const stat =
  ({value, claim, sourceName, sourceUrl, dataDate}) =>
  (key) => ({
    _type: 'statistic',
    _key: key,
    value,
    claim,
    sourceName,
    ...(sourceUrl && {sourceUrl}),
    ...(dataDate && {dataDate}),
  })

/** A pull quote: a reference to a reusable `expertQuote` document. */
export const quote = (quoteId) => (key) => ({_type: 'expertQuoteRef', _key: key, _ref: quoteId})

export const debate =
  ({title = 'Reflection & Debate', prompt, questions}) =>
  (key) => ({_type: 'debateQuestions', _key: key, title, ...(prompt && {prompt}), questions})

export const keyBody = (members) => members.map((member, index) => member(`b${String(index + 1).padStart(2, '0')}`))
