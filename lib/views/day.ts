/** Days as the view documents name them: UTC calendar dates, `yyyy-mm-dd`, which sort as strings. */
export const viewDay = (at: Date): string => at.toISOString().slice(0, 10)

/** The day `n` days before `day` (n = 6 gives the first day of a 7-day window ending on `day`). */
export function daysBefore(day: string, n: number): string {
  const at = new Date(`${day}T00:00:00Z`)
  at.setUTCDate(at.getUTCDate() - n)
  return viewDay(at)
}
