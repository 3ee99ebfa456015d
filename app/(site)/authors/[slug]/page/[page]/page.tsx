import type {Metadata} from 'next'
import {AuthorListing} from '@/components/listing/AuthorListing'
import {getAuthorPage} from '@/lib/queries/author'
import {parsePageParam} from '@/lib/routes'

type Props = {params: Promise<{slug: string; page: string}>}

// Deeper pages render on first request and are then cached like the rest.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {slug, page} = await params
  const n = parsePageParam(page)
  const author = n ? await getAuthorPage(slug, n) : null
  return author ? {title: `${author.name} — page ${n}`} : {}
}

export default async function AuthorPageN({params}: Props) {
  const {slug, page} = await params
  return <AuthorListing slug={slug} page={parsePageParam(page)} />
}
