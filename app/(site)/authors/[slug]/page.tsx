import type {Metadata} from 'next'
import {AuthorListing} from '@/components/listing/AuthorListing'
import {getAuthorPage, getAuthorSlugs} from '@/lib/queries/author'

type Props = {params: Promise<{slug: string}>}

export async function generateStaticParams() {
  return (await getAuthorSlugs()).map((slug) => ({slug}))
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const author = await getAuthorPage((await params).slug, 1)
  return author ? {title: author.name, description: author.bio ?? undefined} : {}
}

export default async function AuthorPage({params}: Props) {
  return <AuthorListing slug={(await params).slug} page={1} />
}
