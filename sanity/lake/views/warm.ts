import type {DatasetViews} from './perspectives'
import {textIndexOf, textSource} from './textIndex'

/** What the reader site's queries filter, join and search on (lib/queries), for the public view. */
const FIELDS = ['_type', 'slug.current', 'article._ref', 'author._ref', 'status']
// `title`, `dek` and `pt::text(body)`, as the search's `match` reads them.
const TEXT = [textSource(['title'], false), textSource(['dek'], false), textSource(['body'], true)]

/**
 * Builds at start the indexes that the first reader requests after a restart would otherwise
 * build, so that no reader waits for them: on a 220,000-document archive the text index alone
 * takes seconds, longer than the site waits for an answer. Every index is built on first use
 * anyway; this only moves the cost to start-up. Returns what it did, for the log.
 */
export function warmIndexes(views: DatasetViews): string {
  const started = performance.now()
  const view = views.view('published', false)
  view.buildIndexes(FIELDS)
  for (const source of TEXT) textIndexOf(view, source)
  return `indexes for ${view.size} public documents built in ${((performance.now() - started) / 1000).toFixed(1)} s`
}
