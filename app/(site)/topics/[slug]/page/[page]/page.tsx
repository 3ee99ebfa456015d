import type {Metadata} from 'next'
import {TopicListing} from '@/components/listing/TopicListing'
import {getTopicPage} from '@/lib/queries/topic'
import {parsePageParam} from '@/lib/routes'

type Props = {params: Promise<{slug: string; page: string}>}

export function generateStaticParams() {
  return []
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {slug, page} = await params
  const n = parsePageParam(page)
  const topic = n ? await getTopicPage(slug, n) : null
  return topic ? {title: `${topic.title} — page ${n}`} : {}
}

export default async function TopicPageN({params}: Props) {
  const {slug, page} = await params
  return <TopicListing slug={slug} page={parsePageParam(page)} />
}
