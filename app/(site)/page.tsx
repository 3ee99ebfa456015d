import type {Metadata} from 'next'
import {ArticleCardView} from '@/components/cards/ArticleCardView'
import {RankedList} from '@/components/cards/RankedList'
import {TopicBlock} from '@/components/home/TopicBlock'
import {WebSiteJsonLd} from '@/components/seo/WebSiteJsonLd'
import Link from 'next/link'
import {getLatestArticles} from '@/lib/queries/latest'
import {getPopularArticles, getTopFive} from '@/lib/queries/rankings'
import {getSiteSettings} from '@/lib/queries/settings'
import {getTopicBlocks} from '@/lib/queries/topicBlocks'
import {routes} from '@/lib/routes'
import {pageMetadata} from '@/lib/seo/metadata'

const LATEST_COUNT = 7

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  const title = site.tagline ? `${site.title} — ${site.tagline}` : site.title
  return pageMetadata({site, path: routes.home(), title: {absolute: title}, description: site.description})
}

export default async function HomePage() {
  const [settings, latest, topFive, popular, topics] = await Promise.all([
    getSiteSettings(),
    getLatestArticles(1, LATEST_COUNT),
    getTopFive(new Date()),
    getPopularArticles(5),
    getTopicBlocks(4),
  ])
  const [lead, ...rest] = latest.articles
  const tz = settings.timeZone
  return (
    <>
      <WebSiteJsonLd site={settings} />
      <h1 className="visually-hidden">{settings.title}: latest news and analysis</h1>
      <div className="home-top">
        <div className="home-top__main">
          {lead ? (
            <ArticleCardView article={lead} timeZone={tz} variant="lead" headingLevel={2} />
          ) : (
            <p>No articles have been published yet.</p>
          )}
          {rest.length > 0 ? (
            <section aria-labelledby="latest-title" className="latest">
              <h2 id="latest-title" className="section-title">
                Latest
              </h2>
              <div className="grid grid--2">
                {rest.map((article) => (
                  <ArticleCardView key={article._id} article={article} timeZone={tz} />
                ))}
              </div>
              {latest.total > LATEST_COUNT ? (
                <p className="more-link">
                  <Link href={routes.archive()}>More stories in the archive →</Link>
                </p>
              ) : null}
            </section>
          ) : null}
        </div>
        <aside className="home-top__side" aria-label="Most read">
          <RankedList id="top5-title" title="Top 5 This Week" articles={topFive} />
          <RankedList id="popular-title" title="Popular Articles" articles={popular} showComments />
        </aside>
      </div>
      {topics.map((topic) => (
        <TopicBlock key={topic.slug} topic={topic} timeZone={tz} />
      ))}
    </>
  )
}
