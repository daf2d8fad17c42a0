// Instants and the user's calendar: "9:00 on the next business day in the user's zone" and back.
import { tzOffset } from '@date-fns/tz';
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

/**
 * The instant of a wall-clock hour on a calendar day in the zone (the runtime's zone when null).
 * The offset comes from @date-fns/tz's tzOffset, asked twice so a DST change that day is honoured.
 */
export function atHour(day: CalendarDate, hour: number, timeZone: string | null): number {
  const [y, m, d] = day.split('-').map(Number);
  if (!timeZone) return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour).getTime();
  const wallClock = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour);
  const guess = wallClock - tzOffset(timeZone, new Date(wallClock)) * 60_000;
  return wallClock - tzOffset(timeZone, new Date(guess)) * 60_000;
}

/** The zone when the runtime knows it; null (the runtime's own zone) for a name it does not know. */
export function knownZone(timeZone: string | null): string | null {
  return timeZone && !Number.isNaN(tzOffset(timeZone, new Date(0))) ? timeZone : null;
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
