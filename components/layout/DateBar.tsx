import {formatLongDate} from '@/lib/dates'

/** "Saturday, January 10, 2026" in the publication's time zone, as of the page's render. */
export function DateBar({now, timeZone, tagline}: {now: Date; timeZone: string; tagline: string | null}) {
  return (
    <div className="datebar">
      <div className="container datebar__inner">
        <time dateTime={now.toISOString()}>{formatLongDate(now, timeZone)}</time>
        {tagline ? <span className="datebar__tagline">{tagline}</span> : null}
      </div>
    </div>
  )
}
