// Dates as the mail apps show them, read in the page's own zone (the user's).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function at(year: number, month: number, day: number, hour: number, minute: number, meridiem: string | undefined): string | null {
  let h = hour % 12;
  if (!meridiem) h = hour;
  else if (/pm/i.test(meridiem)) h += 12;
  const date = new Date(year, month, day, h, minute);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Gmail's title attribute: "Tue, Mar 3, 2026, 9:14 AM" (also "Mar 3, 2026 at 9:14 AM", "3 Mar 2026, 09:14"). */
export function parseGmailDate(text: string): string | null {
  const us = /([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4}),?(?: at)? (\d{1,2}):(\d{2})\s*([AaPp][Mm])?/.exec(text);
  if (us) return at(Number(us[3]), MONTHS.indexOf((us[1] ?? '').toLowerCase()), Number(us[2]), Number(us[4]), Number(us[5]), us[6]);
  const eu = /(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4}),?(?: at)? (\d{1,2}):(\d{2})\s*([AaPp][Mm])?/.exec(text);
  if (eu) return at(Number(eu[3]), MONTHS.indexOf((eu[2] ?? '').toLowerCase()), Number(eu[1]), Number(eu[4]), Number(eu[5]), eu[6]);
  return null;
}

/** Outlook's "Tue 3/3/2026 9:14 AM" (US order) or "Tue 03/03/2026 09:14". */
export function parseOutlookDate(text: string): string | null {
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2})\s*([AaPp][Mm])?/.exec(text);
  if (m) return at(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5]), m[6]);
  return parseGmailDate(text);
}
