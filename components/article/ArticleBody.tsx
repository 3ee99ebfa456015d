import {PortableText, type PortableTextComponents} from '@portabletext/react'
import {DebateQuestionsBlock} from '@/components/blocks/DebateQuestionsBlock'
import {ExpertQuoteBlock} from '@/components/blocks/ExpertQuoteBlock'
import {StatisticBlock} from '@/components/blocks/StatisticBlock'
import type {BodyMember, DebateQuestions, ExpertQuote, Statistic} from '@/lib/queries/body'
import type {Heading} from '@/lib/portableText'

/**
 * Only web and mail links are rendered as links; anything else (javascript:, data:) is plain text.
 * A site-relative path may not start `//` or `/\`: browsers read both as another host.
 */
const SAFE_HREF = /^(https?:|mailto:|\/(?![/\\])|#)/i

function components(headings: Map<string, Heading>): PortableTextComponents {
  const idOf = (key: string | undefined) => (key ? headings.get(key)?.id : undefined)
  return {
    block: {
      h2: ({children, value}) => <h2 id={idOf(value._key)}>{children}</h2>,
      h3: ({children, value}) => <h3 id={idOf(value._key)}>{children}</h3>,
      blockquote: ({children}) => <blockquote className="body-quote">{children}</blockquote>,
    },
    marks: {
      link: ({children, value}) => {
        const href = String(value?.href ?? '')
        if (!SAFE_HREF.test(href)) return <>{children}</>
        const external = /^https?:/i.test(href)
        return (
          <a href={href} {...(external ? {rel: 'noopener'} : {})}>
            {children}
          </a>
        )
      },
    },
    types: {
      expertQuote: ({value}) => <ExpertQuoteBlock quote={value as ExpertQuote} />,
      statistic: ({value}) => <StatisticBlock statistic={value as Statistic} />,
      debateQuestions: ({value}) => (
        <DebateQuestionsBlock
          block={value as DebateQuestions}
          headingId={`debate-${(value as DebateQuestions)._key}`}
        />
      ),
    },
    // Unknown custom blocks (a schema newer than this renderer) are skipped, not shown as errors.
    unknownType: () => null,
  }
}

export function ArticleBody({body, headings}: {body: BodyMember[]; headings: Map<string, Heading>}) {
  return (
    <div className="article-body">
      <PortableText value={body as never} components={components(headings)} onMissingComponent={false} />
    </div>
  )
}
