import type {Metadata} from 'next'
import {AuthorListing} from '@/components/listing/AuthorListing'
import {AuthorJsonLd} from '@/components/seo/AuthorJsonLd'
import {imageUrl} from '@/lib/image'
import {getAuthorPage, getAuthorSlugs} from '@/lib/queries/author'
import {getSiteSettings} from '@/lib/queries/settings'
import {routes} from '@/lib/routes'
import {pageMetadata} from '@/lib/seo/metadata'

type Props = {params: Promise<{slug: string}>}

export async function generateStaticParams() {
  return (await getAuthorSlugs()).map((slug) => ({slug}))
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const [author, site] = await Promise.all([getAuthorPage((await params).slug, 1), getSiteSettings()])
  if (!author) return {}
  const photo = author.photo?.assetRef
    ? {url: imageUrl(author.photo.assetRef, 400, 400), alt: author.photo.alt ?? author.name}
    : null
  return pageMetadata({
    site,
    path: routes.author(author.slug),
    title: author.name,
    description: author.bio,
    image: photo,
    openGraph: {type: 'profile'},
  })
}

export default async function AuthorPage({params}: Props) {
  const {slug} = await params
  return (
    <>
      <AuthorJsonLd slug={slug} />
      <AuthorListing slug={slug} page={1} />
    </>
  )
}
