// The demo mailbox's calendar: every date is computed from the moment the demo runs, in the local zone
// (the one Chromium and the extension use), so the job search is always in progress "now".
import { addBusinessDays, format, isWeekend, setHours, setMinutes, startOfDay, subBusinessDays, subDays } from 'date-fns';

/** `day` at a wall-clock time, e.g. at(day, 14, 30) for 2:30 PM. */
export const at = (day: Date, hour: number, minute = 0): Date => setMinutes(setHours(startOfDay(day), hour), minute);

export const businessDaysAfter = (day: Date, n: number): Date => addBusinessDays(startOfDay(day), n);
export const businessDaysBefore = (day: Date, n: number): Date => subBusinessDays(startOfDay(day), n);

/** Today when it is a business day, else the last business day before it (employers do not write on Sundays). */
export const latestBusinessDay = (now: Date): Date => (isWeekend(now) ? businessDaysBefore(now, 1) : startOfDay(now));

/**
 * The latest business day before today on which an interview at `hour` (an hour long) is more than a
 * day past: its 24-hour thank-you window closed before `now` (yesterday, unless today is a Monday or
 * the morning is young).
 */
export function lastDayWithClosedThankYou(now: Date, hour: number): Date {
  let day = subDays(startOfDay(now), 1);
  while (isWeekend(day) || at(day, hour + 1).getTime() + 24 * 3_600_000 >= now.getTime()) day = subDays(day, 1);
  return day;
}

/** "Tuesday, March 3": how people write a date in a mail. */
export const spoken = (day: Date): string => format(day, 'EEEE, MMMM d');
/** "2:30 PM". */
export const clock = (moment: Date): string => format(moment, 'h:mm a');
/** Gmail's title attribute on a message date: "Tue, Mar 3, 2026, 2:30 PM". */
export const gmailStamp = (moment: Date): string => format(moment, 'EEE, MMM d, yyyy, h:mm a');
/** Gmail's short date in the list: "Mar 3". */
export const gmailShort = (moment: Date): string => format(moment, 'MMM d');
/** Outlook's message date: "Tue 3/3/2026 2:30 PM". */
export const outlookStamp = (moment: Date): string => format(moment, 'EEE M/d/yyyy h:mm a');
