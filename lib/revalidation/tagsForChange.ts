import {TAGS} from '@/lib/sanity/tags'
import type {WebhookPayload} from './webhookPayload'

/**
 * Exactly the cache tags a changed document touches. List pages (home, archive, author and topic
 * lists, feeds, sitemaps) all carry the `article` tag, so an article change refreshes them too.
 */
export function tagsForChange(p: WebhookPayload): string[] {
  const tags = new Set<string>()
  const add = (...values: Array<string | null | undefined>) => values.forEach((v) => v && tags.add(v))
  const slugTag = (make: (slug: string) => string, slug?: string | null) => (slug ? make(slug) : null)

  switch (p._type) {
    case 'article':
      add(
        TAGS.article,
        slugTag(TAGS.articleBySlug, p.slug),
        slugTag(TAGS.articleBySlug, p.previousSlug),
        slugTag(TAGS.authorBySlug, p.authorSlug),
      )
      for (const topic of p.topicSlugs ?? []) add(slugTag(TAGS.topicBySlug, topic))
      break
    case 'author':
      // Bylines and author boxes on articles show the author's name and bio.
      add(TAGS.author, slugTag(TAGS.authorBySlug, p.slug), slugTag(TAGS.authorBySlug, p.previousSlug), TAGS.article)
      break
    case 'topic':
      add(TAGS.topic, slugTag(TAGS.topicBySlug, p.slug), slugTag(TAGS.topicBySlug, p.previousSlug), TAGS.article)
      break
    case 'expertQuote':
      add(TAGS.article)
      break
    case 'comment':
      // Readers see approved comments only: a new pending comment, or spam moved to trash,
      // changes no page and must not cost the article its cached render.
      if (p.status !== 'approved' && p.previousStatus !== 'approved') break
      add(TAGS.comment, p.articleId ? TAGS.commentsOf(p.articleId) : null, slugTag(TAGS.articleBySlug, p.articleSlug))
      break
    case 'siteSettings':
      add(TAGS.settings)
      break
  }
  return [...tags]
}
