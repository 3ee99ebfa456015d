/**
 * Cache tags, one vocabulary for fetches and for revalidation. Type tags (`article`) cover lists;
 * document tags (`article:<slug>`) cover one page.
 */
export const TAGS = {
  settings: 'siteSettings',
  article: 'article',
  author: 'author',
  topic: 'topic',
  comment: 'comment',
  /** Stored view counts (the rankings); revalidated once per flush of lib/views/flush.ts. */
  views: 'articleViews',
  articleBySlug: (slug: string) => `article:${slug}`,
  authorBySlug: (slug: string) => `author:${slug}`,
  topicBySlug: (slug: string) => `topic:${slug}`,
  /** Whatever depends on an article's approved comments as a whole (its reply pages). */
  commentsOf: (articleId: string) => `comments:${articleId}`,
  /** One page of an article's comment threads (page 1 is on the article itself). */
  commentsPage: (articleId: string, page: number) => `comments:${articleId}:page:${page}`,
  /** Every comment page of one article: when the page a change lands on cannot be worked out. */
  commentPages: (articleId: string) => `comments:${articleId}:pages`,
} as const
