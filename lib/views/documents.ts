/**
 * The stored counts: one public `articleViews` document per article and day. Its id is
 * deterministic and dot-free (a dotted id would be private, invisible to the site), and its
 * reference to the article is weak, so an article with views can still be deleted.
 */
export const VIEWS_TYPE = 'articleViews'

/** Published article ids (what the route accepts): Sanity's id characters without the dot. */
export const ARTICLE_ID = /^[A-Za-z0-9_-][A-Za-z0-9_-]{0,99}$/

export const viewsDocId = (articleId: string, day: string) => `views-${articleId}-${day}`

/**
 * How many flushes each document remembers. A retried flush skips the documents that already list
 * it; a flush is retried at the next interval, long before twenty later flushes have touched the
 * same article and day.
 */
export const LEDGER_SIZE = 20

export interface ArticleViewsDoc {
  _id: string
  _type: typeof VIEWS_TYPE
  article: {_type: 'reference'; _ref: string; _weak: true}
  day: string
  count: number
  flushes: string[]
}

export function newViewsDoc(articleId: string, day: string, count: number, flushId: string): ArticleViewsDoc {
  return {
    _id: viewsDocId(articleId, day),
    _type: VIEWS_TYPE,
    article: {_type: 'reference', _ref: articleId, _weak: true},
    day,
    count,
    flushes: [flushId],
  }
}
