import Link from 'next/link'
import {ArticleCardView} from '@/components/cards/ArticleCardView'
import type {ArticleCard} from '@/lib/queries/fragments'
import {routes} from '@/lib/routes'

export function TopicBlock({
  topic,
  timeZone,
}: {
  topic: {title: string; slug: string; articles: ArticleCard[]}
  timeZone: string
}) {
  const id = `topic-${topic.slug}`
  return (
    <section className="topic-block" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        <Link href={routes.topic(topic.slug)}>{topic.title}</Link>
      </h2>
      <div className="grid grid--4">
        {topic.articles.map((article) => (
          <ArticleCardView
            key={article._id}
            article={article}
            timeZone={timeZone}
            imageSizes="(min-width: 1024px) 280px, (min-width: 640px) 50vw, 100vw"
          />
        ))}
      </div>
    </section>
  )
}
