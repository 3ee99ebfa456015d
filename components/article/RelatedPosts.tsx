import {ArticleCardView} from '@/components/cards/ArticleCardView'
import type {ArticleCard} from '@/lib/queries/fragments'

/** "Related Posts"; the current article is filtered out again here, whatever the data says. */
export function RelatedPosts({
  articles,
  currentId,
  timeZone,
}: {
  articles: ArticleCard[]
  currentId: string
  timeZone: string
}) {
  const shown = articles.filter((a) => a._id !== currentId)
  if (shown.length === 0) return null
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title" className="section-title">
        Related Posts
      </h2>
      <div className="grid grid--3">
        {shown.map((article) => (
          <ArticleCardView key={article._id} article={article} timeZone={timeZone} />
        ))}
      </div>
    </section>
  )
}
