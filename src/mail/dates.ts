// Dates as the mail apps show them, read in the page's own zone (the user's).

/** A month's first three letters as Gmail and Outlook write them in English, German and Spanish. */
const MONTHS: Record<string, number> = {
  jan: 0, ene: 0, feb: 1, mar: 2, mär: 2, apr: 3, abr: 3, may: 4, mai: 4, jun: 5, jul: 6,
  aug: 7, ago: 7, sep: 8, oct: 9, okt: 9, nov: 10, dec: 11, dez: 11, dic: 11,
};
const monthOf = (name: string | undefined) => MONTHS[(name ?? '').slice(0, 3).toLowerCase()] ?? -1;

function at(year: number, month: number, day: number, hour: number, minute: number, meridiem: string | undefined): string | null {
  if (month < 0) return null;
  let h = hour % 12;
  if (!meridiem) h = hour;
  else if (/pm/i.test(meridiem)) h += 12;
  const date = new Date(year, month, day, h, minute);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Gmail's title attribute: "Tue, Mar 3, 2026, 9:14 AM" (also "Mar 3, 2026 at 9:14 AM", "3 Mar 2026, 09:14",
 * German "Di., 3. März 2026, 09:14", Spanish "mar, 3 mar 2026, 9:14").
 */
export function parseGmailDate(text: string): string | null {
  const capped = text.slice(0, 200);
  const us = /([A-Za-z]{3})[a-z]{0,9}\.? (\d{1,2}),? (\d{4}),?(?: at)? (\d{1,2}):(\d{2})\s?([AaPp][Mm])?/.exec(capped);
  if (us) return at(Number(us[3]), monthOf(us[1]), Number(us[2]), Number(us[4]), Number(us[5]), us[6]);
  const dayFirst = /(\d{1,2})\.? ([A-Za-zä]{3})[a-zä]{0,9}\.? (\d{4}),?(?: at| um| a las)? (\d{1,2}):(\d{2})\s?([AaPp][Mm])?/.exec(capped);
  if (dayFirst) return at(Number(dayFirst[3]), monthOf(dayFirst[2]), Number(dayFirst[1]), Number(dayFirst[4]), Number(dayFirst[5]), dayFirst[6]);
  return null;
}

/**
 * Outlook's "Tue 3/3/2026 9:14 AM": month first in US English, day first elsewhere ("Di 03.03.2026 09:14",
 * "mar 03/03/2026 9:14"), which the page's language tells.
 */
export function parseOutlookDate(text: string, dayFirst = false): string | null {
  const m = /(\d{1,2})[./](\d{1,2})[./](\d{4}),? (\d{1,2}):(\d{2})\s?([AaPp][Mm])?/.exec(text.slice(0, 200));
  if (!m) return parseGmailDate(text);
  const [first, second] = [Number(m[1]), Number(m[2])];
  const [month, day] = dayFirst ? [second, first] : [first, second];
  return at(Number(m[3]), month - 1, day, Number(m[4]), Number(m[5]), m[6]);
}

/** Whether a page in this language writes numeric dates day first: all but US English do. */
export const writesDayFirst = (language: string) => language.trim() !== '' && !/^en(?:-us)?$/i.test(language.trim());
