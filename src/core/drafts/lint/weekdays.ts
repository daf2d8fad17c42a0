// wrong-weekday: "Tuesday, March 4" when March 4 is a Wednesday, and "thank you for meeting on Monday"
// when the interview was on a Tuesday. The fix is the right weekday, written the way the draft wrote it.
import type { DraftContext, DraftToLint, Finding } from '../types';
import { dayName, dayNumber, fixFinding, interviewDays, MONTHS, pieces, userDay, WEEKDAYS, weekdayOfDay } from './fact-text';

const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)';
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const GAP = '[ \\t]{1,3}';
const ORDINAL = '(?:st|nd|rd|th)?';
/** "Tuesday, March 4", "Tue Mar 4th, 2027", "Tuesday 4 March", "Tuesday, the 4th of March". */
const DATED_WEEKDAY = new RegExp(
  `\\b${WEEKDAY}\\.?,?${GAP}(?:${MONTH}\\.?${GAP}(\\d{1,2})${ORDINAL}|(?:the${GAP})?(\\d{1,2})${ORDINAL}(?:${GAP}of)?${GAP}${MONTH}\\b\\.?)(?:,?${GAP}(\\d{4}))?(?!\\d)`,
  'g',
);
/** A weekday bound to the meeting: "thank you for speaking with me on Monday", "our interview last Tuesday". */
const MEETING_WEEKDAY = new RegExp(
  `\\b(?:thank(?:s| you)|grateful|appreciated?|enjoyed|met|spoke|talked|interviewed|meeting|interview|conversation|discussion|visit)\\b((?:${GAP}[^\\s.!?;]{1,25}){0,10}?)${GAP}(?:on|last|this past)${GAP}${WEEKDAY}\\b(?!\\.?,?[ \\t]{0,3}(?:${MONTH}|the\\b|\\d))`,
  'gi',
);
/** Words that make the meeting one still to come, or the weekday about something else. */
const NOT_THE_INTERVIEW = /\b(?:forward|next|upcoming|will|shall|schedul\w{0,5}|available|free|see|plan\w{0,4}|can|could|would|update|offer|news)\b|['’]ll\b/i;
const ABOUT_MEETING = /\b(?:me[et]|meeting|spok|speak|talk|chat|interview|conversation|discussion|visit|time)/i;

const monthIndex = (name: string) => MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase());
const weekdayIndex = (name: string) => WEEKDAYS.findIndex((w) => w.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase());

/** The weekday `index`, in the form the draft used: full, or three letters; capitalised as written. */
function asWritten(index: number, written: string): string {
  const full = WEEKDAYS[index] ?? '';
  const word = written.length > 4 && written.toLowerCase().endsWith('day') ? full : full.slice(0, 3);
  return written.charAt(0) === written.charAt(0).toLowerCase() ? word.toLowerCase() : word;
}

/** The day a month and day without a year stand for: the one of last, this or next year nearest to now. */
function resolveDay(month: number, day: number, year: number | null, nowDay: string | null): string | null {
  const thisYear = Number((nowDay ?? '').slice(0, 4)) || new Date().getUTCFullYear();
  const years = year ? [year] : [thisYear - 1, thisYear, thisYear + 1];
  const near = nowDay ? dayNumber(nowDay) : 0;
  let best: string | null = null;
  for (const y of years) {
    const date = new Date(Date.UTC(y, month, day));
    if (date.getUTCMonth() !== month || date.getUTCDate() !== day) continue;
    const iso = date.toISOString().slice(0, 10);
    if (!best || Math.abs(dayNumber(iso) - near) < Math.abs(dayNumber(best) - near)) best = iso;
  }
  return best;
}

function calendarFindings(body: string, nowDay: string | null): Finding[] {
  const out: Finding[] = [];
  for (const { text, offset } of pieces(body)) {
    for (const m of text.matchAll(DATED_WEEKDAY)) {
      const [, written = '', monthA, dayA, dayB, monthB, year] = m;
      const month = monthIndex(monthA ?? monthB ?? '');
      const day = resolveDay(month, Number(dayA ?? dayB), year ? Number(year) : null, nowDay);
      if (month < 0 || !day) continue;
      const actual = weekdayOfDay(dayNumber(day));
      if (actual === weekdayIndex(written)) continue;
      const replacement = asWritten(actual, written);
      const message = `${MONTHS[month]} ${Number(day.slice(8))}, ${day.slice(0, 4)} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[weekdayIndex(written)]}.`;
      out.push(fixFinding('wrong-weekday', 'error', message, offset + (m.index ?? 0), written, replacement));
    }
  }
  return out;
}

function interviewFindings(body: string, ctx: DraftContext): Finding[] {
  const rounds = interviewDays(ctx);
  // The round the draft is about when the caller names one, else the latest.
  const latest = rounds.find((r) => r.about) ?? rounds[0];
  if (!latest) return [];
  const weekdays = new Set(rounds.map((r) => weekdayOfDay(dayNumber(r.day))));
  const right = weekdayOfDay(dayNumber(latest.day));
  const out: Finding[] = [];
  for (const { text, offset } of pieces(body)) {
    for (const m of text.matchAll(MEETING_WEEKDAY)) {
      const written = m[2] ?? '';
      const said = weekdayIndex(written);
      const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0).split(/[.!?;]/).at(-1) ?? '';
      if (said < 0 || weekdays.has(said) || NOT_THE_INTERVIEW.test(`${before}${m[0]}`) || !ABOUT_MEETING.test(m[0])) continue;
      const start = offset + (m.index ?? 0) + m[0].length - written.length;
      out.push(fixFinding('wrong-weekday', 'error', `Your interview was on ${dayName(latest.day)}, not a ${WEEKDAYS[said]}.`, start, written, asWritten(right, written)));
    }
  }
  return out;
}

export function weekdayFindings(draft: DraftToLint, ctx: DraftContext): Finding[] {
  return [...calendarFindings(draft.body, userDay(ctx.now, ctx)), ...interviewFindings(draft.body, ctx)].slice(0, 10);
}
