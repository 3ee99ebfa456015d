import type {Metadata} from 'next'
import {draftMode} from 'next/headers'
import {notFound} from 'next/navigation'
import {ArticleView} from '@/components/article/ArticleView'
import {ViewBeacon} from '@/components/article/ViewBeacon'
import {ArticleJsonLd} from '@/components/seo/ArticleJsonLd'
import {getArticleBySlug, getRecentArticleSlugs} from '@/lib/queries/article'
import {getSiteSettings} from '@/lib/queries/settings'
import {articleMetadata} from '@/lib/seo/articleMetadata'

type Props = {params: Promise<{slug: string}>}

/** The newest articles are built ahead; older ones render on first request and are then cached. */
export async function generateStaticParams() {
  return (await getRecentArticleSlugs(50)).map((slug) => ({slug}))
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const [article, site] = await Promise.all([getArticleBySlug((await params).slug), getSiteSettings()])
  return article ? articleMetadata(article, site) : {}
}

export default async function ArticlePage({params}: Props) {
  // Editors in draft mode read drafts, uncached; readers get the static page.
  const {isEnabled: preview} = await draftMode()
  const article = await getArticleBySlug((await params).slug, preview)
  if (!article) notFound()
  return (
    <>
      <ArticleJsonLd article={article} />
      <ArticleView article={article} />
      {/* Editors previewing drafts are not readers. */}
      {preview ? null : <ViewBeacon articleId={article._id} />}
    </>
  )
}
