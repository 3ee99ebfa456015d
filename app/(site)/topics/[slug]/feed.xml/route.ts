import {getTopicFeed} from '@/lib/queries/feeds'
import {getSiteSettings} from '@/lib/queries/settings'
import {getTopicSlugs} from '@/lib/queries/topic'
import {routes} from '@/lib/routes'
import {RSS_CONTENT_TYPE, toRssItem} from '@/lib/seo/feeds'
import {topicFeedTitle} from '@/lib/seo/metadata'
import {renderRss} from '@/lib/seo/rss'
import {SITE_LANGUAGE, absoluteUrl, topicFeedPath} from '@/lib/seo/urls'
import {notFoundXml, xmlResponse} from '@/lib/seo/xml'

export const dynamic = 'force-static'
export const revalidate = 3600

export async function generateStaticParams() {
  return (await getTopicSlugs()).map((slug) => ({slug}))
}

/** RSS 2.0: the newest articles in one topic. */
export async function GET(_request: Request, {params}: {params: Promise<{slug: string}>}) {
  const {slug} = await params
  const [settings, topic] = await Promise.all([getSiteSettings(), getTopicFeed(slug)])
  if (!topic) return notFoundXml()
  const channel = {
    title: topicFeedTitle(topic, settings),
    link: absoluteUrl(routes.topic(topic.slug)),
    self: absoluteUrl(topicFeedPath(topic.slug)),
    description: topic.description ?? `The latest on ${topic.title} from ${settings.title}`,
    language: SITE_LANGUAGE,
  }
  return xmlResponse(renderRss(channel, topic.items.map(toRssItem)), RSS_CONTENT_TYPE)
}
