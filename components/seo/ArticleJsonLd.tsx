import type {Article} from '@/lib/queries/article'
import {getSiteSettings} from '@/lib/queries/settings'
import {routes} from '@/lib/routes'
import {breadcrumbList, newsArticle, type Crumb} from '@/lib/seo/jsonLd'
import {JsonLd} from './JsonLd'

/** NewsArticle and the home → section → article trail. */
export async function ArticleJsonLd({article}: {article: Article}) {
  const site = await getSiteSettings()
  const section = article.topics[0]
  const crumbs: Crumb[] = [
    {name: 'Home', path: routes.home()},
    ...(section ? [{name: section.title, path: routes.topic(section.slug)}] : []),
    {name: article.title, path: routes.article(article.slug)},
  ]
  return (
    <>
      <JsonLd data={newsArticle(article, site)} />
      <JsonLd data={breadcrumbList(crumbs)} />
    </>
  )
}
