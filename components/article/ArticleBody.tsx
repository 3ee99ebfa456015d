import {PortableText, type PortableTextComponents} from '@portabletext/react'
import {DebateQuestionsBlock} from '@/components/blocks/DebateQuestionsBlock'
import {ExpertQuoteBlock} from '@/components/blocks/ExpertQuoteBlock'
import {StatisticBlock} from '@/components/blocks/StatisticBlock'
import {SanityImage} from '@/components/SanityImage'
import type {BodyImage, BodyMember, DebateQuestions, ExpertQuote, Statistic} from '@/lib/queries/body'
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
      image: ({value}) => <BodyFigure image={value as BodyImage} />,
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

/** An inline picture, lazily loaded (the featured image is the page's lead), with caption and credit. */
function BodyFigure({image}: {image: BodyImage}) {
  if (!image.assetRef) return null
  return (
    <figure className="article-figure">
      <SanityImage
        image={{...image, alt: image.alt ?? null}}
        alt={image.alt ?? ''}
        width={720}
        sizes="(min-width: 800px) 720px, 100vw"
      />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="article-figure__credit">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
