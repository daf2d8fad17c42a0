// Instants and the user's calendar: "9:00 on the next business day in the user's zone" and back.
import { TZDate } from '@date-fns/tz';
import { localDate, type CalendarDate } from '../timeline/calendar';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function instant(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

export function iso(time: number): string {
  return new Date(time).toISOString();
}

/** The instant of a wall-clock hour on a calendar day in the zone (the runtime's zone when null). */
export function atHour(day: CalendarDate, hour: number, timeZone: string | null): number {
  const [y, m, d] = day.split('-').map(Number);
  if (!timeZone) return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour).getTime();
  return new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour, 0, timeZone).getTime();
}

export function dayOfInstant(time: number, timeZone: string | null): CalendarDate {
  return localDate(new Date(time), timeZone);
}

const labels = new Map<string, Intl.DateTimeFormat>();

/** "Fri, Dec 4" in the user's zone, for the reasons a person reads. */
export function dayLabel(time: number, timeZone: string | null): string {
  const key = timeZone ?? '';
  let format = labels.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', ...(timeZone ? { timeZone } : {}) });
    labels.set(key, format);
  }
  return format.format(new Date(time));
}
