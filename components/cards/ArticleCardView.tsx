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
}

/** A story teaser: section kicker, headline, dek and byline; the lead story gets a large image. */
export function ArticleCardView({article, timeZone, variant = 'standard', headingLevel = 3}: Props) {
  const Heading = `h${headingLevel}` as const
  return (
    <article className={`card card--${variant}`}>
      {article.image?.assetRef ? (
        <SanityImage
          className="card__image"
          assetRef={article.image.assetRef}
          alt={article.image.alt ?? ''}
          width={variant === 'lead' ? 960 : 480}
          aspectRatio={16 / 9}
          sizes={variant === 'lead' ? '(min-width: 1024px) 60vw, 100vw' : '(min-width: 1024px) 25vw, 100vw'}
          priority={variant === 'lead'}
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
