/** Every reader-facing URL is built here, so links and sitemaps cannot drift apart. */
export const routes = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}`,
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
