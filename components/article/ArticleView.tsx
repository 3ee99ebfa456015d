import {RankedList} from '@/components/cards/RankedList'
import {CommentsSection} from '@/components/comments/CommentsSection'
import {contentStoreConfig} from '@/lib/env'
import {headingsOf, readingMinutes} from '@/lib/portableText'
import {getRelatedByTopic, RELATED_COUNT, type Article} from '@/lib/queries/article'
import {getPopularArticles, getTopFive} from '@/lib/queries/rankings'
import {getSiteSettings} from '@/lib/queries/settings'
import {routes} from '@/lib/routes'
import {ArticleBody} from './ArticleBody'
import {ArticleHeader} from './ArticleHeader'
import {AuthorBox} from './AuthorBox'
import {RelatedPosts} from './RelatedPosts'
import {ShareLinks} from './ShareLinks'
import {TableOfContents} from './TableOfContents'

/** The article page's composition: header, body with its blocks, author, related, top 5, popular, comments. */
export async function ArticleView({
  article,
  replyTo = null,
}: {
  article: Article
  replyTo?: {id: string; name: string} | null
}) {
  const [settings, related, popular, topFive] = await Promise.all([
    getSiteSettings(),
    article.relatedPicks.length > 0
      ? Promise.resolve(article.relatedPicks.slice(0, RELATED_COUNT))
      : getRelatedByTopic(
          article._id,
          article.topics.map((t) => t._id),
        ),
    getPopularArticles(5),
    getTopFive(new Date()),
  ])
  const headings = headingsOf(article.body)
  const url = `${contentStoreConfig().siteUrl}${routes.article(article.slug)}`
  return (
    <div className="article-layout">
      <article className="article">
        <ArticleHeader article={article} timeZone={settings.timeZone} minutes={readingMinutes(article.body)} />
        <TableOfContents headings={[...headings.values()]} />
        <ArticleBody body={article.body} headings={headings} />
        <ShareLinks url={url} title={article.title} />
        {article.author ? <AuthorBox author={article.author} /> : null}
        <CommentsSection
          articleId={article._id}
          articleSlug={article.slug}
          commentCount={article.commentCount}
          timeZone={settings.timeZone}
          replyTo={replyTo}
        />
      </article>
      <aside className="article-aside" aria-label="More to read">
        <RankedList id="top5-title" title="Top 5 This Week" articles={topFive.filter((a) => a._id !== article._id)} />
        <RankedList
          id="popular-title"
          title="Popular Articles"
          articles={popular.filter((a) => a._id !== article._id)}
        />
      </aside>
      <RelatedPosts articles={related} currentId={article._id} timeZone={settings.timeZone} />
    </div>
  )
}
