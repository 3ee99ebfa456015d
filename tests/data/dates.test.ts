/** @jest-environment node */
import {formatDate, formatDateTime, formatLongDate, isMeaningfulUpdate} from '@/lib/dates'

const TZ = 'Asia/Thimphu' // UTC+6, no daylight saving

test('the date bar’s long date, in the publication’s zone', () => {
  expect(formatLongDate('2026-01-10T07:30:00Z', TZ)).toBe('Saturday, January 10, 2026')
  expect(formatLongDate(new Date('2026-01-10T00:00:00Z'), TZ)).toBe('Saturday, January 10, 2026')
})

test('just before midnight UTC it is already the next morning in Thimphu', () => {
  const lateFriday = '2026-01-09T23:59:00Z' // a minute before midnight UTC
  expect(formatLongDate(lateFriday, 'UTC')).toBe('Friday, January 9, 2026')
  expect(formatLongDate(lateFriday, TZ)).toBe('Saturday, January 10, 2026')
  expect(formatDate(lateFriday, TZ)).toBe('January 10, 2026')
})

test('the day flips at 18:00 UTC, not at midnight UTC', () => {
  expect(formatDate('2025-12-31T17:59:59Z', TZ)).toBe('December 31, 2025')
  expect(formatDate('2025-12-31T18:00:00Z', TZ)).toBe('January 1, 2026')
})

test('date and time carry the zone', () => {
  expect(formatDateTime('2026-01-10T07:30:00Z', TZ)).toBe('January 10, 2026 at 1:30 PM GMT+6')
})

test('an update is shown only when it comes at least an hour after publication', () => {
  const published = '2026-01-10T07:30:00Z'
  expect(isMeaningfulUpdate(published, null)).toBe(false)
  expect(isMeaningfulUpdate(published, '2026-01-10T08:29:59Z')).toBe(false)
  expect(isMeaningfulUpdate(published, '2026-01-10T08:30:00Z')).toBe(true)
})
