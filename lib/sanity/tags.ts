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
  articleBySlug: (slug: string) => `article:${slug}`,
  authorBySlug: (slug: string) => `author:${slug}`,
  topicBySlug: (slug: string) => `topic:${slug}`,
  commentsOf: (articleId: string) => `comments:${articleId}`,
} as const
