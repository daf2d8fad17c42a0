// Calendar dates as YYYY-MM-DD strings, computed in UTC so no local zone or DST change can shift a
// day. date-fns does the arithmetic (on UTCDate from @date-fns/utc); only business days with the
// user's holidays are counted here, because date-fns' addBusinessDays knows weekends only.
// The mini class: the full UTCDate's module builds three Intl.DateTimeFormat (for toString) when it loads,
// which was the costliest line of a fresh service worker's start; nothing here formats a UTCDate.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { tzOffset } from '@date-fns/tz';
import { addMonths, endOfMonth, getISODay } from 'date-fns';

export type CalendarDate = string;

export function toDate(day: CalendarDate): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new UTCDateMini(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** The UTC calendar day of a date (toISOString's own prefix: the scheduler's hot path, where date-fns' format parser dominated). */
export function fromDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

// plusDays and isBusinessDay run for every check-in the scheduler plans: Date.UTC's own day overflow
// does the arithmetic without constructing a UTCDate each time.
function utcMidnight(day: CalendarDate): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function plusDays(day: CalendarDate, n: number): CalendarDate {
  const date = utcMidnight(day);
  date.setUTCDate(date.getUTCDate() + n);
  return fromDate(date);
}

function isBusinessDate(date: Date, holidays: readonly string[]): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && (holidays.length === 0 || !holidays.includes(fromDate(date)));
}

export function isBusinessDay(day: CalendarDate, holidays: readonly string[] = []): boolean {
  const weekday = utcMidnight(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.includes(day);
}

export function nextBusinessDay(day: CalendarDate, holidays: readonly string[] = []): CalendarDate {
  return addBusinessDays(day, 1, holidays);
}

// One Date stepped a day at a time, formatted once: "within ten business days" took twenty parses and
// ten formats of the date string.
export function addBusinessDays(day: CalendarDate, n: number, holidays: readonly string[] = []): CalendarDate {
  const date = utcMidnight(day);
  for (let i = 0; i < n; i++) {
    do date.setUTCDate(date.getUTCDate() + 1);
    while (!isBusinessDate(date, holidays));
  }
  return n > 0 ? fromDate(date) : day;
}

/** The same day `n` months on; a day the month lacks becomes its last day (31 January + 1 month is 28 February). */
export function plusMonths(day: CalendarDate, n: number): CalendarDate {
  return fromDate(addMonths(toDate(day), n));
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: CalendarDate): number {
  return getISODay(toDate(day));
}

/** The given ISO weekday (1 = Monday) of the week `weeksAhead` after the week of `day`. */
export function weekdayOfWeek(day: CalendarDate, isoDay: number, weeksAhead = 0): CalendarDate {
  return plusDays(day, isoDay - isoWeekday(day) + 7 * weeksAhead);
}

/** The first `isoDay` strictly after `day`. */
export function nextWeekday(day: CalendarDate, isoDay: number): CalendarDate {
  const delta = (isoDay - isoWeekday(day) + 7) % 7 || 7;
  return plusDays(day, delta);
}

export function lastDayOfMonth(year: number, monthIndex: number): CalendarDate {
  return fromDate(endOfMonth(new UTCDateMini(year, monthIndex, 1)));
}

export function dayOf(year: number, monthIndex: number, date: number): CalendarDate {
  return fromDate(new UTCDateMini(year, monthIndex, date));
}

export function later(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}

/**
 * The calendar date of an instant in an IANA zone (the runtime's zone when none is given, or when the
 * zone is unknown). The zone's offset comes from @date-fns/tz's tzOffset: several times faster than
 * formatting a TZDate, and the scheduler asks this for every check-in it plans.
 */
export function localDate(instant: string | Date, timeZone?: string | null): CalendarDate {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const time = date.getTime();
  if (Number.isNaN(time)) return '1970-01-01';
  const key = timeZone ? `${timeZone} ${time}` : null;
  const known = key === null ? undefined : zoneDates.get(key);
  if (known !== undefined) return known;
  const zoneOffset = timeZone ? tzOffset(timeZone, date) : Number.NaN;
  const offset = Number.isNaN(zoneOffset) ? -date.getTimezoneOffset() : zoneOffset;
  const day = fromDate(new Date(time + offset * 60_000));
  // Only a named zone's answer is kept: the runtime's own zone may change while the worker runs.
  if (key !== null && !Number.isNaN(zoneOffset)) {
    if (zoneDates.size >= ZONE_DATES_KEPT) zoneDates.clear();
    zoneDates.set(key, day);
  }
  return day;
}

// The analysis asks the date of the same instants in the same zone again and again (each message's, each
// window's), and tzOffset formats with Intl every time: about a tenth of a warm analysis. Kept, bounded.
const ZONE_DATES_KEPT = 4_096;
const zoneDates = new Map<string, CalendarDate>();
