import type {Metadata} from 'next'
import {permanentRedirect} from 'next/navigation'
import {TopicListing} from '@/components/listing/TopicListing'
import {getSiteSettings} from '@/lib/queries/settings'
import {getTopicPage} from '@/lib/queries/topic'
import {parsePageParam, routes} from '@/lib/routes'
import {pageMetadata, topicFeedLink} from '@/lib/seo/metadata'

type Props = {params: Promise<{slug: string; page: string}>}

export function generateStaticParams() {
  return []
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {slug, page} = await params
  const n = parsePageParam(page)
  const [topic, site] = await Promise.all([n ? getTopicPage(slug, n) : null, getSiteSettings()])
  if (!topic || !n) return {}
  return pageMetadata({
    site,
    path: routes.topic(topic.slug, n),
    title: `${topic.title} — page ${n}`,
    description: topic.description,
    feeds: [topicFeedLink(topic, site)],
  })
}

export default async function TopicPageN({params}: Props) {
  const {slug, page} = await params
  const n = parsePageParam(page)
  // Page 1 has one address, without /page/1.
  if (n === 1) permanentRedirect(routes.topic(slug))
  return <TopicListing slug={slug} page={n} />
}
