import Link from 'next/link'
import {SanityImage} from '@/components/SanityImage'
import type {Article} from '@/lib/queries/article'
import {routes} from '@/lib/routes'

export function AuthorBox({author}: {author: NonNullable<Article['author']>}) {
  return (
    <aside className="author-box" aria-label="About the author">
      {author.photo?.assetRef ? (
        <SanityImage
          className="author-box__photo"
          image={author.photo}
          alt={author.photo.alt ?? author.name}
          width={96}
          aspectRatio={1}
          sizes="96px"
        />
      ) : null}
      <div>
        <p className="author-box__name">
          <Link href={routes.author(author.slug)}>{author.name}</Link>
        </p>
        {author.role ? <p className="author-box__role">{author.role}</p> : null}
        {author.bio ? <p>{author.bio}</p> : null}
      </div>
    </aside>
  )
}
