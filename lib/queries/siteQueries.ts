/**
 * Every query the site sends, with representative params: for the lake benchmark and the differential
 * test (nothing in the app imports it).
 */
import {articleBySlugQuery, recentArticleSlugsQuery, relatedByTopicQuery} from './article'
import {authorPageQuery, authorSlugsQuery} from './author'
import {commentLocationQuery, threadPageQueries, threadPositionQueries} from './commentPages'
import {approvedCommentsQuery, commentExistsQuery, commentTargetQuery} from './comments'
import {latestFeedQuery, topicFeedQuery} from './feeds'
import {latestArticlesQuery} from './latest'
import {popularArticlesQuery, readCardsQuery, topFiveFallbackQuery, topFiveQuery, viewRowsQuery} from './rankings'
import {searchQuery, searchTerms} from './search'
import {siteSettingsQuery} from './settings'
import {newsArticlesQuery, sitemapCountsQuery, sitemapSliceLastChangeQueries, sitemapSliceQueries} from './sitemap'
import {topicPageQuery, topicSlugsQuery} from './topic'
import {topicBlocksQuery} from './topicBlocks'
import {daysBefore} from '../views/day'
import {publishedArticleIdsQuery} from '../views/publishedIds'

export interface SiteQuery {
  name: string
  group: 'home' | 'article' | 'author' | 'topic' | 'search' | 'comments' | 'feeds' | 'sitemaps' | 'build'
  query: string
  params: Record<string, unknown>
}

export interface Sample {
  articleSlug: string
  articleId: string
  topicIds: string[]
  authorSlug: string
  topicSlug: string
  since: string
  /** An offset far into the archive, for the deep pages (page 1 is the other row). */
  deep: number
  /** An approved comment of the article, for the reply checks. */
  commentId: string
  /** An article with many comments, for the paged threads (default: the article itself). */
  hotArticleId?: string
  /** Article ids as the rankings' `mostRead` gives them (default: the article's own). */
  readIds?: string[]
}

export function siteQueries(sample: Sample): SiteQuery[] {
  const s = {...sample, readIds: sample.readIds ?? [sample.articleId]}
  return [
    {name: 'settings', group: 'home', query: siteSettingsQuery, params: {}},
    {name: 'latest (home, archive p1)', group: 'home', query: latestArticlesQuery, params: {start: 0, end: 7}},
    {
      name: 'top 5 this week',
      group: 'home',
      query: topFiveQuery,
      params: {readIds: s.readIds},
    },
    {name: 'top 5 fallback (comments, newest)', group: 'home', query: topFiveFallbackQuery, params: {since: s.since}},
    {name: 'view rows, 7 days', group: 'home', query: viewRowsQuery, params: {viewsSince: s.since.slice(0, 10)}},
    {
      name: 'view rows, 30 days',
      group: 'home',
      query: viewRowsQuery,
      params: {viewsSince: daysBefore(s.since.slice(0, 10), 23)},
    },
    {
      name: 'popular articles',
      group: 'home',
      query: popularArticlesQuery,
      params: {limit: 5},
    },
    {name: 'most-read cards', group: 'home', query: readCardsQuery, params: {readIds: s.readIds}},
    {name: 'published article ids (view beacons)', group: 'article', query: publishedArticleIdsQuery, params: {}},
    {name: 'topic blocks', group: 'home', query: topicBlocksQuery, params: {perTopic: 4}},
    {name: 'article by slug', group: 'article', query: articleBySlugQuery, params: {slug: s.articleSlug}},
    {name: 'approved comments', group: 'article', query: approvedCommentsQuery, params: {articleId: s.articleId}},
    ...(['oldest', 'newest'] as const).map((order) => ({
      name: `thread page 1 (${order} first)`,
      group: 'comments' as const,
      query: threadPageQueries[order],
      params: {articleId: s.hotArticleId ?? s.articleId, start: 0, end: 50},
    })),
    {
      name: 'thread page 2 (oldest first)',
      group: 'comments',
      query: threadPageQueries.oldest,
      params: {articleId: s.hotArticleId ?? s.articleId, start: 50, end: 100},
    },
    {
      name: 'thread position',
      group: 'comments',
      query: threadPositionQueries.oldest,
      params: {articleId: s.hotArticleId ?? s.articleId, id: s.commentId, createdAt: s.since},
    },
    {
      name: 'comment permalink',
      group: 'comments',
      query: commentLocationQuery,
      params: {articleId: s.articleId, id: s.commentId},
    },
    {
      name: 'related by topic',
      group: 'article',
      query: relatedByTopicQuery,
      params: {id: s.articleId, topicIds: s.topicIds, limit: 3},
    },
    {name: 'author page 1', group: 'author', query: authorPageQuery, params: {slug: s.authorSlug, start: 0, end: 10}},
    {name: 'topic page 1', group: 'topic', query: topicPageQuery, params: {slug: s.topicSlug, start: 0, end: 10}},
    {name: 'archive, deep page', group: 'home', query: latestArticlesQuery, params: {start: s.deep, end: s.deep + 12}},
    {
      name: 'author, deep page',
      group: 'author',
      query: authorPageQuery,
      params: {slug: s.authorSlug, start: Math.floor(s.deep / 5), end: Math.floor(s.deep / 5) + 10},
    },
    {
      name: 'topic, deep page',
      group: 'topic',
      query: topicPageQuery,
      params: {slug: s.topicSlug, start: Math.floor(s.deep / 10), end: Math.floor(s.deep / 10) + 10},
    },
    {
      name: 'search',
      group: 'search',
      query: searchQuery,
      params: {terms: searchTerms('border treaty'), start: 0, end: 10},
    },
    {
      name: 'reply target check',
      group: 'comments',
      query: commentTargetQuery,
      params: {articleId: s.articleId, parentId: s.commentId},
    },
    {name: 'duplicate check', group: 'comments', query: commentExistsQuery, params: {id: s.commentId}},
    {name: 'site feed', group: 'feeds', query: latestFeedQuery, params: {limit: 20}},
    {name: 'topic feed', group: 'feeds', query: topicFeedQuery, params: {slug: s.topicSlug, limit: 20}},
    {name: 'counts', group: 'sitemaps', query: sitemapCountsQuery, params: {}},
    ...(['topics', 'authors', 'articles'] as const).flatMap((section) => [
      {
        name: `${section} file 1`,
        group: 'sitemaps' as const,
        query: sitemapSliceQueries[section],
        params: {start: 0, end: 50000},
      },
      {
        name: `${section} file 1, last change`,
        group: 'sitemaps' as const,
        query: sitemapSliceLastChangeQueries[section],
        params: {start: 0, end: 50000},
      },
    ]),
    {name: 'news sitemap', group: 'sitemaps', query: newsArticlesQuery, params: {since: s.since, limit: 1000}},
    {name: 'newest article slugs', group: 'build', query: recentArticleSlugsQuery, params: {limit: 50}},
    {name: 'author slugs', group: 'build', query: authorSlugsQuery, params: {limit: 100}},
    {name: 'topic slugs', group: 'build', query: topicSlugsQuery, params: {limit: 100}},
  ]
}
