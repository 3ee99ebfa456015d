/**
 * A year (or `days`) of reader views for the synthetic archive, as the site stores them: one
 * `articleViews` document per article and day (lib/views/documents.ts). Each day the articles of
 * the last few weeks are read, most in their first days and some far more than others, plus a
 * handful of older pieces that readers still find.
 */
import type {Random} from './random'

const DAY = 24 * 3600 * 1000
const OLDER_PER_DAY = 12

export function* archiveViews(
  r: Random,
  published: number[],
  end: number,
  days: number,
): Generator<Record<string, unknown>> {
  // A fixed appeal per article: a few pieces are read much more than the rest.
  const appeal = published.map(() => Math.pow(r.next(), 3) * 5 + 0.2)
  let first = published.length
  for (let d = days - 1; d >= 0; d--) {
    const dayStart = end - d * DAY - (end % DAY)
    const day = new Date(dayStart).toISOString().slice(0, 10)
    while (first > 0 && published[first - 1] > dayStart - 40 * DAY) first--
    const read = new Map<number, number>()
    for (let i = first; i < published.length && published[i] < dayStart + DAY; i++) {
      const age = Math.max(0, (dayStart - published[i]) / DAY)
      const count = Math.floor(appeal[i] * 300 * Math.exp(-age / 5) * (0.7 + 0.6 * r.next()))
      if (count > 0) read.set(i, count)
    }
    for (let k = 0; k < OLDER_PER_DAY && first > 0; k++) {
      const i = r.int(first)
      read.set(i, (read.get(i) ?? 0) + 1 + r.int(20))
    }
    for (const [i, count] of read) {
      const articleId = `archive-article-${i}`
      yield {
        _id: `views-${articleId}-${day}`,
        _type: 'articleViews',
        article: {_type: 'reference', _ref: articleId, _weak: true},
        day,
        count,
        flushes: [],
      }
    }
  }
}
