/** Dates as a newsroom prints them, in the publication's time zone (not the server's). */

export function formatLongDate(date: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone,
  }).format(new Date(date))
}

export function formatDate(date: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {year: 'numeric', month: 'long', day: 'numeric', timeZone}).format(
    new Date(date),
  )
}

export function formatDateTime(date: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(date))
}

/** True when an update is worth showing: at least an hour after publication. */
export function isMeaningfulUpdate(publishedAt: string, updatedAt: string | null): updatedAt is string {
  return updatedAt !== null && new Date(updatedAt).getTime() - new Date(publishedAt).getTime() >= 3600_000
}
