/** Every reader-facing URL is built here, so links and sitemaps cannot drift apart. */
export const routes = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}`,
  /** Page 1 of an article's comments is the article itself; further pages have their own URLs. */
  comments: (slug: string, page = 1) =>
    page > 1 ? `/articles/${slug}/comments/${page}` : `/articles/${slug}#comments`,
  /** A comment's lasting address: redirects to whichever page holds it now. */
  comment: (slug: string, id: string) => `/articles/${slug}/comment/${id}`,
  reply: (slug: string, id: string) => `/articles/${slug}/reply/${id}#respond`,
  author: (slug: string, page = 1) => (page > 1 ? `/authors/${slug}/page/${page}` : `/authors/${slug}`),
  topic: (slug: string, page = 1) => (page > 1 ? `/topics/${slug}/page/${page}` : `/topics/${slug}`),
  archive: (page = 1) => (page > 1 ? `/archive/${page}` : '/archive'),
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : '/search'),
}

/** A page number from a route segment: a positive integer without leading zeros, or null. */
export function parsePageParam(value: string | undefined): number | null {
  if (value === undefined) return 1
  if (!/^[1-9]\d{0,5}$/.test(value)) return null
  return Number(value)
}
