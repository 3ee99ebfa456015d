import type {Statistic} from '@/lib/queries/body'

function formatDataDate(date: string): string {
  const d = new Date(date.length === 10 ? `${date}T00:00:00Z` : date)
  return Number.isNaN(d.getTime())
    ? date
    : new Intl.DateTimeFormat('en-US', {year: 'numeric', month: 'long', timeZone: 'UTC'}).format(d)
}

/** A cited figure as a call-out: the number, what it measures, and where it comes from. */
export function StatisticBlock({statistic}: {statistic: Statistic}) {
  const safeUrl = statistic.sourceUrl && /^https?:\/\//i.test(statistic.sourceUrl) ? statistic.sourceUrl : null
  return (
    <aside className="statistic" aria-label={`Statistic: ${statistic.value}`}>
      <p className="statistic__value">{statistic.value}</p>
      <p className="statistic__claim">{statistic.claim}</p>
      <p className="statistic__source">
        Source:{' '}
        {safeUrl ? (
          <a href={safeUrl} rel="noopener">
            {statistic.sourceName}
          </a>
        ) : (
          statistic.sourceName
        )}
        {statistic.dataDate ? (
          <>
            {', '}
            <time dateTime={statistic.dataDate}>{formatDataDate(statistic.dataDate)}</time>
          </>
        ) : null}
      </p>
    </aside>
  )
}
