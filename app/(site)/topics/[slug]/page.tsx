import type {Metadata} from 'next'
import {TopicListing} from '@/components/listing/TopicListing'
import {TopicJsonLd} from '@/components/seo/TopicJsonLd'
import {getSiteSettings} from '@/lib/queries/settings'
import {getTopicPage, getTopicSlugs} from '@/lib/queries/topic'
import {routes} from '@/lib/routes'
import {pageMetadata, topicFeedLink} from '@/lib/seo/metadata'

type Props = {params: Promise<{slug: string}>}

export async function generateStaticParams() {
  return (await getTopicSlugs()).map((slug) => ({slug}))
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const [topic, site] = await Promise.all([getTopicPage((await params).slug, 1), getSiteSettings()])
  if (!topic) return {}
  return pageMetadata({
    site,
    path: routes.topic(topic.slug),
    title: topic.title,
    description: topic.description,
    feeds: [topicFeedLink(topic, site)],
  })
}

export default async function TopicPage({params}: Props) {
  const {slug} = await params
  return (
    <>
      <TopicJsonLd slug={slug} />
      <TopicListing slug={slug} page={1} />
    </>
  )
}
