import {getTopicPage} from '@/lib/queries/topic'
import {routes} from '@/lib/routes'
import {breadcrumbList} from '@/lib/seo/jsonLd'
import {JsonLd} from './JsonLd'

/** The home → topic trail; nothing for an unknown topic (the page 404s). */
export async function TopicJsonLd({slug}: {slug: string}) {
  const topic = await getTopicPage(slug, 1)
  if (!topic) return null
  return (
    <JsonLd
      data={breadcrumbList([
        {name: 'Home', path: routes.home()},
        {name: topic.title, path: routes.topic(topic.slug)},
      ])}
    />
  )
}
