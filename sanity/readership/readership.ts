/**
 * What the Readership tool shows: each article's views over the last 7 and 30 days (UTC days,
 * today included), from the stored `articleViews` counts. Counts only: nothing about readers is
 * stored, so nothing about them can be shown.
 */
export const READERSHIP_ROWS_QUERY = `*[_type == "articleViews" && day >= $since]{"id": article._ref, day, count}`
export const READERSHIP_TITLES_QUERY = `*[_id in $ids]{_id, title, "slug": slug.current}`

export interface ReadershipRow {
  id: string
  day: string
  count: number
}

export interface ArticleReadership {
  id: string
  week: number
  month: number
}

const DAY_MS = 24 * 3600 * 1000
export const dayOf = (at: Date) => at.toISOString().slice(0, 10)
export const daysAgo = (today: Date, n: number) => dayOf(new Date(today.getTime() - n * DAY_MS))

/** Views per article, most read over 30 days first (then over 7, then by id). */
export function summarize(rows: ReadershipRow[], today: Date): ArticleReadership[] {
  const weekStart = daysAgo(today, 6)
  const byArticle = new Map<string, ArticleReadership>()
  for (const {id, day, count} of rows) {
    let entry = byArticle.get(id)
    if (!entry) byArticle.set(id, (entry = {id, week: 0, month: 0}))
    entry.month += count
    if (day >= weekStart) entry.week += count
  }
  return [...byArticle.values()].sort((a, b) => b.month - a.month || b.week - a.week || (a.id < b.id ? -1 : 1))
}
