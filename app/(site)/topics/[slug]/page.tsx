import type {Metadata} from 'next'
import {TopicListing} from '@/components/listing/TopicListing'
import {getTopicPage, getTopicSlugs} from '@/lib/queries/topic'

type Props = {params: Promise<{slug: string}>}

export async function generateStaticParams() {
  return (await getTopicSlugs()).map((slug) => ({slug}))
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const topic = await getTopicPage((await params).slug, 1)
  return topic ? {title: topic.title, description: topic.description ?? undefined} : {}
}

export default async function TopicPage({params}: Props) {
  return <TopicListing slug={(await params).slug} page={1} />
}
