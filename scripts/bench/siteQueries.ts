/** The site's real queries with representative params, for the lake benchmark and the differential test. */
import {articleBySlugQuery, relatedByTopicQuery} from '../../lib/queries/article'
import {authorPageQuery} from '../../lib/queries/author'
import {approvedCommentsQuery} from '../../lib/queries/comments'
import {latestArticlesQuery} from '../../lib/queries/latest'
import {popularArticlesQuery, topFiveQuery} from '../../lib/queries/rankings'
import {searchQuery, searchTerms} from '../../lib/queries/search'
import {siteSettingsQuery} from '../../lib/queries/settings'
import {topicPageQuery} from '../../lib/queries/topic'
import {topicBlocksQuery} from '../../lib/queries/topicBlocks'

export interface SiteQuery {
  name: string
  group: 'home' | 'article' | 'author' | 'topic' | 'search'
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
}

export function siteQueries(s: Sample): SiteQuery[] {
  return [
    {name: 'settings', group: 'home', query: siteSettingsQuery, params: {}},
    {name: 'latest (home, archive p1)', group: 'home', query: latestArticlesQuery, params: {start: 0, end: 7}},
    {name: 'top 5 this week', group: 'home', query: topFiveQuery, params: {since: s.since}},
    {name: 'popular articles', group: 'home', query: popularArticlesQuery, params: {limit: 5}},
    {name: 'topic blocks', group: 'home', query: topicBlocksQuery, params: {perTopic: 4}},
    {name: 'article by slug', group: 'article', query: articleBySlugQuery, params: {slug: s.articleSlug}},
    {name: 'approved comments', group: 'article', query: approvedCommentsQuery, params: {articleId: s.articleId}},
    {name: 'related by topic', group: 'article', query: relatedByTopicQuery, params: {id: s.articleId, topicIds: s.topicIds, limit: 3}},
    {name: 'author page 1', group: 'author', query: authorPageQuery, params: {slug: s.authorSlug, start: 0, end: 10}},
    {name: 'topic page 1', group: 'topic', query: topicPageQuery, params: {slug: s.topicSlug, start: 0, end: 10}},
    {name: 'archive, deep page', group: 'home', query: latestArticlesQuery, params: {start: s.deep, end: s.deep + 12}},
    {name: 'author, deep page', group: 'author', query: authorPageQuery, params: {slug: s.authorSlug, start: Math.floor(s.deep / 5), end: Math.floor(s.deep / 5) + 10}},
    {name: 'topic, deep page', group: 'topic', query: topicPageQuery, params: {slug: s.topicSlug, start: Math.floor(s.deep / 10), end: Math.floor(s.deep / 10) + 10}},
    {name: 'search', group: 'search', query: searchQuery, params: {terms: searchTerms('border treaty'), start: 0, end: 10}},
  ]
}
