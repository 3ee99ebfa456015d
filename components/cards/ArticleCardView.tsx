import Link from 'next/link'
import {SanityImage} from '@/components/SanityImage'
import type {ArticleCard} from '@/lib/queries/fragments'
import {routes} from '@/lib/routes'
import {ArticleMeta} from './ArticleMeta'

interface Props {
  article: ArticleCard
  timeZone: string
  variant?: 'lead' | 'standard'
  headingLevel?: 2 | 3
  /** The picture's `sizes`, where the card's column is narrower than the default's. */
  imageSizes?: string
  /** The picture is the page's lead image (fetched first); the lead variant's always is. */
  priority?: boolean
}

/** A story teaser: picture, section kicker, headline, dek and byline; the lead story's picture is large and loads first. */
export function ArticleCardView({
  article,
  timeZone,
  variant = 'standard',
  headingLevel = 3,
  imageSizes,
  priority = variant === 'lead',
}: Props) {
  const Heading = `h${headingLevel}` as const
  const image = article.image?.assetRef ? article.image : null
  return (
    <article className={`card card--${variant}${image ? ' card--with-image' : ''}`}>
      {image ? (
        <SanityImage
          className="card__image"
          image={image}
          alt={image.alt ?? ''}
          width={variant === 'lead' ? 760 : 400}
          aspectRatio={16 / 9}
          sizes={
            imageSizes ??
            (variant === 'lead' ? '(min-width: 1240px) 760px, (min-width: 1024px) 62vw, 100vw' : CARD_SIZES)
          }
          priority={priority}
        />
      ) : null}
      {article.section ? (
        <Link className="kicker" href={routes.topic(article.section.slug)}>
          {article.section.title}
        </Link>
      ) : null}
      <Heading className="card__title">
        <Link href={routes.article(article.slug)}>{article.title}</Link>
      </Heading>
      {article.dek ? <p className="card__dek">{article.dek}</p> : null}
      <ArticleMeta article={article} timeZone={timeZone} />
    </article>
  )
}

/** A card is a column of a two- or three-column grid on wide screens, half the width on tablets, full width on phones. */
const CARD_SIZES = '(min-width: 1024px) 380px, (min-width: 640px) 50vw, 100vw'
