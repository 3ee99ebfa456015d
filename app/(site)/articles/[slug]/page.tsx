import type {Metadata} from 'next'
import {draftMode} from 'next/headers'
import {notFound} from 'next/navigation'
import {ArticleView} from '@/components/article/ArticleView'
import {getArticleBySlug, getRecentArticleSlugs} from '@/lib/queries/article'

type Props = {params: Promise<{slug: string}>}

/** The newest articles are built ahead; older ones render on first request and are then cached. */
export async function generateStaticParams() {
  return (await getRecentArticleSlugs(50)).map((slug) => ({slug}))
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const article = await getArticleBySlug((await params).slug)
  if (!article) return {}
  return {title: article.seo?.title ?? article.title, description: article.seo?.description ?? article.dek ?? undefined}
}

export default async function ArticlePage({params}: Props) {
  // Editors in draft mode read drafts, uncached; readers get the static page.
  const {isEnabled: preview} = await draftMode()
  const article = await getArticleBySlug((await params).slug, preview)
  if (!article) notFound()
  return <ArticleView article={article} />
}
