// The employer's stated decision window, from prose. chrono-node reads explicit calendar dates
// ("December 4", "12/4", "Dec 4th"); the relative phrases of docs/analysis.md's table (business days,
// ranges, parts of weeks and months) are matched here, and calendar.ts (date-fns) does the arithmetic.
import type { DateWindow, DecisionWindow } from '../model';
import {
  addBusinessDays,
  dayOf,
  isoWeekday,
  lastDayOfMonth,
  later,
  nextBusinessDay,
  nextWeekday,
  plusDays,
  plusMonths,
  toDate,
  weekdayOfWeek,
  type CalendarDate,
} from './calendar';
import { NUMBER, toNumber } from './numbers';
import { monthFirst } from './chrono-english';
import { builtNow, builtOnFirstUse } from '../caseless';
import type { WindowFamily } from '../analyze/field-evidence';
import { fromOneByte, mailAsOneByte, oneByte } from '../one-byte';

export interface WindowOptions {
  holidays?: readonly string[];
}

interface Ctx {
  ref: CalendarDate;
  holidays: readonly string[];
}

type Rule = {
  family: WindowFamily;
  /** Lower-case words every match of the pattern contains, one at least: a clause holding none is not run against it. */
  words?: readonly string[];
  pattern: RegExp;
  window: (m: RegExpExecArray, ctx: Ctx) => DateWindow | null;
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY = String.raw`(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)`;

const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3).toLowerCase()));
const weekdayIndex = (name: string) => WEEKDAYS.findIndex((d) => d.startsWith(name.slice(0, 3).toLowerCase())) + 1;

/** The next occurrence (on or after tomorrow's month) of a month, as [year, monthIndex]. */
function upcomingMonth(ref: CalendarDate, month: number): [number, number] {
  const date = toDate(ref);
  const year = month < date.getMonth() ? date.getFullYear() + 1 : date.getFullYear();
  return [year, month];
}

const tomorrow = (ctx: Ctx) => plusDays(ctx.ref, 1);
const units = (unit: string) => (/week/.test(unit) ? 7 : 1);

function monthPart(ctx: Ctx, part: string, monthName: string): DateWindow | null {
  const month = monthIndex(monthName);
  if (month < 0) return null;
  const [year] = upcomingMonth(ctx.ref, month);
  // "by end of January" runs from tomorrow (the spec's "end of November"); "late January" from its first day.
  const first = /end/.test(part) ? tomorrow(ctx) : later(dayOf(year, month, /second half/.test(part) ? 16 : 1), tomorrow(ctx));
  const last = /mid|middle|first half/.test(part) ? dayOf(year, month, 15) : /early|beginning|start/.test(part) ? dayOf(year, month, 10) : lastDayOfMonth(year, month);
  return last < first ? null : { earliest: first, latest: last };
}

function monthWeek(ctx: Ctx, ordinal: string, monthName: string): DateWindow | null {
  const month = monthIndex(monthName);
  if (month < 0) return null;
  const [year] = upcomingMonth(ctx.ref, month);
  const last = lastDayOfMonth(year, month);
  const weekIndex = /^(?:second|2nd)$/.test(ordinal) ? 1 : /^(?:third|3rd)$/.test(ordinal) ? 2 : 0;
  const firstDay = /last|final/.test(ordinal) ? Number(last.slice(8)) - 6 : 1 + 7 * weekIndex;
  const earliest = later(dayOf(year, month, firstDay), tomorrow(ctx));
  const latest = /last|final/.test(ordinal) ? last : dayOf(year, month, firstDay + 6);
  return latest < earliest ? null : { earliest, latest };
}

// A count's unit: a business qualifier ("business", "working", "weekdays") makes its days business days.
// "EOD Friday", "by close of business on Thursday", "by the end of business Friday".
const END_OF_DAY = String.raw`(?:(?:the\s+)?end of (?:the\s+)?(?:business\s+)?(?:day\s+)?(?:on\s+)?|eod\s+|cob\s+|close of business\s+(?:on\s+)?)`;
const UNIT = String.raw`((?:business|buisness|bussiness|busines|biz|working|work)[\s-]+days?|week[\s-]?days|calendar\s+days?|days?|weeks?|wks?|fortnights?|hours?|hrs)`;
// Hedges between the bound and the count: "within about 3 days", "in the next roughly two weeks".
const HEDGE = String.raw`(?:(?:about|around|roughly|approximately|approx\.|max\.?|maximum|some|the|next|coming|another|an additional|a further|up to|at most|a maximum of|more than)\s+){0,3}`;
// The bound that makes a count a span from the reference ("within", "in", "no more than", "takes").
const BOUND = String.raw`(?:within|in|over|up to|no more than|not more than|no later than|no longer than|less than|under|inside of|inside|(?:takes?|taking|needs?|give)(?:\s+(?:us|me|them))?|allow|another)`;
const MORE = String.raw`(?:more\s+|additional\s+|further\s+|extra\s+)?`;

interface Count {
  n: number;
  unit: string;
  /** "a couple of days", "a few days": the spec counts these in business days. */
  approximate: boolean;
}

const isBusiness = (unit: string) => /bu\w*ness|biz|work|week[\s-]?days/.test(unit);
const isHours = (unit: string) => /hour|hrs/.test(unit);

function countOf(word: string | undefined, unit: string | undefined): Count | null {
  const n = toNumber(word);
  if (n === null || n === 0 || unit === undefined) return null;
  const approximate = /couple|few/.test(word ?? '') && /^days?$/.test(unit);
  if (/fortnight/.test(unit)) return { n: 2 * n, unit: 'weeks', approximate };
  return { n, unit: /^wks?$/.test(unit) ? 'weeks' : unit, approximate };
}

/** The date `count` after the reference: business days for business units and for "a couple of days". */
function after(ctx: Ctx, count: Count): CalendarDate {
  if (isHours(count.unit)) return plusDays(ctx.ref, Math.max(1, Math.ceil(count.n / 24)));
  if (isBusiness(count.unit) || count.approximate) return addBusinessDays(ctx.ref, count.n, ctx.holidays);
  return plusDays(ctx.ref, count.n * units(count.unit));
}

/** "within N units": from the next (business) day to N units after the reference. */
function upTo(ctx: Ctx, count: Count): DateWindow {
  const businessDays = !isHours(count.unit) && (isBusiness(count.unit) || count.approximate);
  return { earliest: businessDays ? nextBusinessDay(ctx.ref, ctx.holidays) : tomorrow(ctx), latest: after(ctx, count) };
}

/** A range: the earliest from its lower bound, the latest from its upper bound (spec: "7-10 business days"). */
function between(ctx: Ctx, low: Count, high: Count): DateWindow | null {
  if (isHours(high.unit)) return upTo(ctx, high);
  const earliest = later(after(ctx, low), tomorrow(ctx));
  const latest = after(ctx, high);
  return earliest > latest ? null : { earliest, latest };
}

/** The first date after `ref` falling on day `day` of a month (and on ISO weekday `weekday`, unless 0). */
function nextDayOfMonth(ref: CalendarDate, day: number, weekday: number): CalendarDate | null {
  if (day < 1 || day > 31) return null;
  const date = toDate(ref);
  for (let ahead = 0; ahead < 12; ahead++) {
    const month = date.getMonth() + ahead;
    const year = date.getFullYear() + Math.floor(month / 12);
    if (day > Number(lastDayOfMonth(year, month % 12).slice(8))) continue;
    const candidate = dayOf(year, month % 12, day);
    if (candidate > ref && (weekday === 0 || isoWeekday(candidate) === weekday)) return candidate;
  }
  return null;
}

// The words in every unit UNIT names, in every month MONTH names and every day WEEKDAY names.
const UNIT_WORDS = ['day', 'week', 'wk', 'fortnight', 'hour', 'hrs'];
const MONTH_PREFIXES = MONTHS.map((month) => month.slice(0, 3));
const WEEKDAY_PREFIXES = WEEKDAYS.map((day) => day.slice(0, 3));

// Ordered: the first rule that matches a clause decides it. Ranges before single counts.
const RULES: Rule[] = [
  {
    family: 'counted',
    words: UNIT_WORDS,
    // "7-10 business days", "one to two weeks", "a week to ten business days", "between 5 and 7 working days",
    // "the next week to ten business days", "24-48 hours": the lower bound's unit defaults to the upper one's.
    pattern: new RegExp(oneByte(String.raw`\b(between\s+)?(?:the\s+)?(?:${NUMBER}|(next))(?:\s+${UNIT})?\s*(?:-|–|—|to|or|and)\s*${HEDGE}${NUMBER}\s+${MORE}${UNIT}\b`)),
    window: (m, ctx) => {
      if (/\sand\s/.test(m[0]) && m[1] === undefined) return null;
      const high = countOf(m[5], m[6]);
      const low = countOf(m[2] ?? (m[3] ? 'one' : undefined), m[4] ?? m[6]);
      if (!low || !high) return null;
      return between(ctx, { ...low, approximate: high.approximate || low.approximate }, high);
    },
  },
  {
    family: 'counted',
    words: UNIT_WORDS,
    // "in a day or two", "the next week or two", "a couple of days or so": one unit, two numbers.
    pattern: new RegExp(String.raw`\b(?:a|an|one|next|the next)\s+${UNIT}\s+or\s+(two|three|2|3)\b`),
    window: (m, ctx) => {
      const unit = m[1] ?? '';
      const high = countOf(m[2], unit);
      if (!high) return null;
      if (/^days?$/.test(unit)) return upTo(ctx, { ...high, approximate: true });
      return between(ctx, { n: 1, unit, approximate: false }, high);
    },
  },
  {
    family: 'counted',
    words: UNIT_WORDS,
    // "a couple of days", "a few business days", "a couple more weeks", "the next couple days": no bound needed.
    // "for a few days", "over the past couple of weeks" measure time spent, not a promise.
    pattern: new RegExp(String.raw`(?<!\b(?:for|past|last|these|those)\s+)\b(a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few)\s+${MORE}${UNIT}\b`),
    window: (m, ctx) => {
      const count = countOf(m[1], m[2]);
      return count ? upTo(ctx, count) : null;
    },
  },
  {
    family: 'counted',
    words: UNIT_WORDS,
    // "within 5 business days", "in about two weeks", "no more than 8 working days", "within a fortnight", "within 48 hours"
    pattern: new RegExp(oneByte(String.raw`\b${BOUND}\s+${HEDGE}${NUMBER}\s+${MORE}${UNIT}\b|\b${NUMBER}\s+${MORE}${UNIT}(?=\s+from (?:now|today)|'s? time|\s+(?:before|until|till)\s+(?:we|i|they)\b)|\b(?:within|in|over)\s+the\s+(?:next|coming)\s+(week|fortnight)\b(?!\s*(?:-|–|or|to)\s)`)),
    window: (m, ctx) => {
      const count = m[5] ? countOf('one', m[5]) : countOf(m[1] ?? m[3], m[2] ?? m[4]);
      return count ? upTo(ctx, count) : null;
    },
  },
  {
    family: 'counted',
    words: ['month'],
    // "within a month", "in about two months", "within one month of your interview": a month is a calendar
    // month. Only behind a bound: "a 6-12 month contract" is no promise.
    pattern: new RegExp(String.raw`\b(?:within|in|over)\s+${HEDGE}${NUMBER}\s+months?\b(?![\s-]+(?:contract|assignment|probation|placement|program))`),
    window: (m, ctx) => {
      const n = toNumber(m[1]);
      return n === null || n === 0 || n > 12 ? null : { earliest: tomorrow(ctx), latest: plusMonths(ctx.ref, n) };
    },
  },
  {
    family: 'week-relative',
    words: ['week', 'wk'],
    pattern: /\b(?:early|beginning of|start of|first (?:few days|part) of)\s+next\s+(?:week|wk)\b/,
    window: (_m, ctx) => ({ earliest: weekdayOfWeek(ctx.ref, 1, 1), latest: weekdayOfWeek(ctx.ref, 3, 1) }),
  },
  {
    family: 'week-relative',
    words: ['week'],
    // "by the end of the week after next", "the week after next": that week, as "next week" is the next one.
    pattern: /\b(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?week\s+after\s+next\b/,
    window: (_m, ctx) => ({ earliest: weekdayOfWeek(ctx.ref, 1, 2), latest: weekdayOfWeek(ctx.ref, 5, 2) }),
  },
  {
    family: 'week-relative',
    words: ['week', 'wk'],
    // "next week", "by the end of next week", "sometime next week", "later next week"
    pattern: /\b(?:next|the following)\s+(?:week|wk)\b/,
    window: (_m, ctx) => ({ earliest: weekdayOfWeek(ctx.ref, 1, 1), latest: weekdayOfWeek(ctx.ref, 5, 1) }),
  },
  {
    family: 'week-relative',
    words: ['week', 'eow'],
    // "by end of (this|the) week", "end of week", "by EOW", "later this week", "this week", "by week's end"
    pattern: oneByte(/\b(?:(?:end|close) of (?:this |the |the current )?(?:working |work |business )?week|eow|(?:the )?week(?:'|’)?s end|later (?:in )?(?:this|the) week|this week|within the week|before the weekend|by the weekend|before the week is (?:out|over))\b/),
    window: (_m, ctx) => {
      const friday = isoWeekday(ctx.ref) >= 5 ? weekdayOfWeek(ctx.ref, 5, 1) : weekdayOfWeek(ctx.ref, 5);
      return { earliest: tomorrow(ctx), latest: friday };
    },
  },
  {
    family: 'week-relative',
    words: ['tomorrow', 'tmr'],
    // "by tomorrow", "tomorrow", "by EOD tmrw"
    pattern: /\b(?:by|on|until)?\s*(?:tomorrow|tmrw|tmr)\b/,
    window: (_m, ctx) => ({ earliest: tomorrow(ctx), latest: tomorrow(ctx) }),
  },
  {
    family: 'calendar',
    words: ['month'],
    // "by end of the month", "end of this month", "end of next month", "later this month", "within the month"
    pattern: /\b(?:end|close) of (?:(?:the|this|next) )?month\b|\bmonth[- ]end\b|\b(?:later|within|during|before the end of) (?:this|the) month\b|\bthis month\b|\bbefore the month is (?:out|over)\b|\blast day of (?:the|this|next) month\b/,
    window: (m, ctx) => {
      const date = toDate(ctx.ref);
      const ahead = /next month/.test(m[0]) ? 1 : 0;
      const month = date.getMonth() + ahead;
      return { earliest: tomorrow(ctx), latest: lastDayOfMonth(date.getFullYear() + Math.floor(month / 12), month % 12) };
    },
  },
  {
    family: 'calendar',
    words: ['year'],
    // "by the end of the year", "before year-end"
    pattern: /\bend of (?:the|this) year\b|\byear[- ]end\b(?![- ](?:holidays?|break|closure|party))/,
    window: (_m, ctx) => ({ earliest: tomorrow(ctx), latest: `${ctx.ref.slice(0, 4)}-12-31` }),
  },
  {
    family: 'calendar',
    words: ['week'],
    // "the first week of December", "the last week of January"
    pattern: new RegExp(String.raw`\b(first|1st|second|2nd|third|3rd|last|final)\s+week\s+of\s+${MONTH}\b`),
    window: (m, ctx) => monthWeek(ctx, m[1] ?? '', m[2] ?? ''),
  },
  {
    family: 'calendar',
    words: MONTH_PREFIXES,
    // "mid-December", "early December", "late Dec", "end of November", "the beginning of January"
    pattern: new RegExp(String.raw`\b(mid|middle of|early|the beginning of|beginning of|start of|the start of|first half of|late|the end of|end of|second half of)[\s-]+${MONTH}\b`),
    window: (m, ctx) => monthPart(ctx, m[1] ?? '', m[2] ?? ''),
  },
  {
    family: 'calendar',
    words: ['month'],
    // "early next month", "the middle of the month", "mid-month": the end of a month is the month rule's
    pattern: /\b(mid|middle of|early|the beginning of|beginning of|start of|the start of|first half of|late|second half of)[\s-]+(?:(next)|the|this)?[\s-]*month\b/,
    window: (m, ctx) => monthPart(ctx, m[1] ?? '', MONTHS[(toDate(ctx.ref).getMonth() + (m[2] ? 1 : 0)) % 12] ?? ''),
  },
  {
    family: 'calendar',
    // "by Friday the 4th", "no later than the 15th": the next such day of a month after the reference
    // (whose weekday matches the one named, when one is).
    // "by Fri 27th": after a weekday the article and the suffix may go.
    pattern: new RegExp(String.raw`\b(?:by|on|before|until|no later than)\s+(?:${WEEKDAY},?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?|the\s+(\d{1,2})(?:st|nd|rd|th))\b(?!\s*(?:am|pm|:|\.\d|/))(?!\s+(?:of\s+)?${MONTH})`),
    window: (m, ctx) => {
      const latest = nextDayOfMonth(ctx.ref, Number(m[2] ?? m[3]), m[1] === undefined ? 0 : weekdayIndex(m[1]));
      return latest ? { earliest: tomorrow(ctx), latest } : null;
    },
  },
  {
    family: 'week-relative',
    words: WEEKDAY_PREFIXES,
    // "by Friday", "on Thursday", "before Monday", "by next Friday", "by end of day Friday",
    // "this coming Monday", "the following Monday", "update you Friday", "by Monday or Tuesday" (the later one),
    // a terse note's "Decision: Friday", "next update from me - Thursday"
    // "before Monday's news cycle": a weekday owning a noun names that day's event, not a deadline.
    pattern: new RegExp(
      oneByte(String.raw`\b(?:(?:by|on|before|until|till|no later than|come)\s+(?:${END_OF_DAY})?(?:this\s+coming\s+|this\s+|next\s+|the\s+following\s+|the\s+)?|${END_OF_DAY}|(?:this\s+coming|the\s+following)\s+|(?:update|contact|call|email|tell) you\s+|(?:for|to|back to) you\s+(?:on\s+)?|let you know\s+|(?:decision|update|answer|outcome)(?:\s+(?:expected|due|from\s+(?:me|us)))?(?:\s*[:–-])?\s+|(?=next\s))(next\s+)?${WEEKDAY}(?:\s+or\s+${WEEKDAY})?\b(?!['’]s\b)(?!\s*,?\s*${MONTH})(?!\s*,?\s*(?:the\s+)?\d)(\s+(?:of\s+)?next\s+week)?`),
    ),
    window: (m, ctx) => {
      const day = weekdayIndex(m[3] ?? m[2] ?? '');
      if (day < 1) return null;
      // "by next Friday", "by Wednesday next week": that day of the following week.
      const nextWeek = /\bnext\b/.test(m[0]);
      const latest = nextWeek ? weekdayOfWeek(ctx.ref, day, 1) : nextWeekday(ctx.ref, day);
      return { earliest: tomorrow(ctx), latest };
    },
  },
];

const EXPLICIT_DATE = new RegExp(String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b`);

/** "by December 4", "on Dec 4th", "by 12/4": chrono-node reads the date; the window runs from tomorrow to it. */
// A date with a time of day is an appointment, not a decision window (and chrono is the slow part).
const MAX_CLAUSE = 400;
const MAX_DAYS_AHEAD = 200;
// A numeric date further off than this is read day first too, when that reading is nearer ("4/12" in Britain).
const NEAR_DAYS = 62;
const TIME_OF_DAY = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\bnoon\b|\bat\s+\d{1,2}\b(?![\s-]*(?:%|business|working|days?|weeks?|hours?|st|nd|rd|th))/;

function explicitDates(clause: string, ctx: Ctx): (DateWindow & { start: number; end: number })[] {
  // chrono is slow on long runs of text; a clause longer than this is not prose a person wrote.
  if (clause.length > MAX_CLAUSE || !EXPLICIT_DATE.test(clause) || TIME_OF_DAY.test(clause)) return [];
  const [y, mo, d] = ctx.ref.split('-').map(Number);
  const instant = new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, 12));
  const results = monthFirst.parse(clause, { instant, timezone: 'UTC' }, { forwardDate: true });
  const dates: (DateWindow & { start: number; end: number })[] = [];
  for (const result of results) {
    if (!result.start.isCertain('day') || !result.start.isCertain('month')) continue;
    const end = result.end ?? result.start;
    const monthFirstDay = dayOf(end.get('year') ?? 1970, (end.get('month') ?? 1) - 1, end.get('day') ?? 1);
    // "by 4/12" written on 24 November: month first it is next April, further off than a decision is promised.
    const upcoming = monthFirstDay > ctx.ref && (end.isCertain('year') || monthFirstDay <= plusDays(ctx.ref, NEAR_DAYS));
    const dayFirstDay = upcoming ? null : dayFirst(result.text, ctx);
    const latest = dayFirstDay && (monthFirstDay <= ctx.ref || dayFirstDay < monthFirstDay) ? dayFirstDay : monthFirstDay;
    if (latest <= ctx.ref) continue;
    // "we met on November 18", read on the 24th: without a year, a date most of a year away is a past one.
    if (!end.isCertain('year') && latest > plusDays(ctx.ref, MAX_DAYS_AHEAD)) continue;
    // "your interview on Thursday 4 June", read in July: the weekday fixes the year, and it is past.
    const startDay = dayOf(result.start.get('year') ?? 1970, (result.start.get('month') ?? 1) - 1, result.start.get('day') ?? 1);
    if (result.start.isCertain('weekday') && !result.start.isCertain('year') && isoWeekday(startDay) !== (((result.start.get('weekday') ?? 0) + 6) % 7) + 1) continue;
    const earliest = result.end && startDay > ctx.ref ? startDay : plusDays(ctx.ref, 1);
    // "the week of December 7", "w/c 7 December": that date's working week.
    if (WEEK_OF.test(clause.slice(Math.max(0, result.index - 30), result.index))) {
      const friday = weekdayOfWeek(latest, 5);
      if (friday > ctx.ref) dates.push({ earliest: later(weekdayOfWeek(latest, 1), plusDays(ctx.ref, 1)), latest: friday, start: result.index, end: result.index + result.text.length });
      continue;
    }
    const range = dates.at(-1);
    // "between December 7 and December 11": two dates, one range (spec: the earliest from its lower bound).
    if (range && RANGE_JOIN.test(clause.slice(range.end, result.index)) && RANGE_OPEN.test(clause.slice(Math.max(0, range.start - 20), range.start)) && range.latest < latest) {
      dates[dates.length - 1] = { earliest: range.latest, latest, start: range.start, end: result.index + result.text.length };
      continue;
    }
    dates.push({ earliest, latest, start: result.index, end: result.index + result.text.length });
  }
  return dates;
}

const WEEK_OF = /\b(?:week\s+(?:of|commencing|beginning|starting)|w\/c)\s+(?:the\s+)?(?:mon(?:day)?,?\s+)?$/;
const RANGE_JOIN = oneByte(/^\s*(?:and|to|through|thru|till|until|-|–|—)\s*(?:the\s+)?$/);
const RANGE_OPEN = /\b(?:between|from)\s+(?:the\s+)?$/;
const NUMERIC_DATE = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?$/;

/**
 * "by 02/12/2026" written on 24 November: read month first it is a past February, so the writer put the day
 * first. The day-first reading, when it is the upcoming one.
 */
function dayFirst(text: string, ctx: Ctx): CalendarDate | null {
  const numeric = NUMERIC_DATE.exec(text.trim());
  if (!numeric) return null;
  const [day, month] = [Number(numeric[1]), Number(numeric[2])];
  if (month < 1 || month > 12) return null;
  const year = numeric[3] ? Number(numeric[3]) : upcomingMonth(ctx.ref, month - 1)[0];
  if (day < 1 || day > Number(lastDayOfMonth(year, month - 1).slice(8))) return null;
  const date = dayOf(year, month - 1, day);
  return date > ctx.ref && date <= plusDays(ctx.ref, MAX_DAYS_AHEAD) ? date : null;
}

// Deadlines that bind the candidate, not the employer: never a decision window.
const CANDIDATE_DEADLINE =
  /\b(?:please|pls|plz|kindly|could you|can you|would you)\b[^.;]*\b(?:reply|respond|confirm|send|share|complete|submit|sign|return|let (?:us|me) know|get back)\b|\b(?:you|the candidate|candidates|applicants?)\s+(?:must|need to|needs to|(?:is|are) (?:required|asked|expected) to)\s+(?:submit|send|return|complete|provide|sign|reply|respond|confirm|upload)\b|\b(?:need|needs|require|requires)\s+your\b|\byour (?:availability|response|decision|answer|reply|signature)\b|\baccept(?:ance)?\b|\boffer (?:is valid|expires|deadline|stands|remains)\b|\bexpires?\b|\bdeadline for you\b|\bdeadline\s+(?:to|for)\s+(?:you\s+to\s+)?(?:submit|send|return|complete|provide|upload|sign|respond|reply|confirm|accept|share|book|schedule)\b|\b(?:must|needs? to|has to|have to|should)\s+be\s+(?:signed|returned|submitted|completed|uploaded|countersigned)\b|\b(?:you|candidates?|applicants?|those|anyone)(?:\s+who\s+[a-z]{2,12})?\s+(?:may|can|are welcome to|is welcome to)\s+(?:request|ask for|apply|submit|reapply|appeal)\b|\b(?:asked|ask|need|needs|want|wants|like|love|grateful for|appreciate)\s+(?:for\s+)?(?:an?\s+|your\s+)?(?:answer|response|reply|decision)\s+(?:from you\s+)?(?:by|within|before)\b|\b(?:like|love|want|need|hope|hoping|expect|expecting)\s+to\s+hear\s+(?:back\s+)?from\s+you\b|\bby (?:replying|responding|emailing|writing to|contacting)\b|\bappeal(?:s|ed)?\b|\b(?<!\b(?:feedback|results?|outcome)\s+(?:on|of|from|for)\s+(?:your\s+|the\s+)?)assessment\b|\bcoding (?:challenge|exercise)\b|\btake[- ]home\b|\bvideo interview\b|\bbefore (?:your|the) interview\b/;

// An instruction to the candidate at the start of a clause ("Sign and return the letter by Dec 4").
const IMPERATIVE = /^(?:(?:please|pls|plz|kindly)\s+)?(?:sign|return|reply|respond|rsvp|submit|re-?submit|send|re-?send|complete|confirm|share|accept|upload|fill|book|pick|choose|select|let (?:us|me) know|get back to (?:us|me))\b/;

// "Reminder: ", "Note: ": a label before the clause's own words.
const LABEL = /^[a-z][a-z ]{0,20}:\s+/;

// "Please allow 5-7 business days for us to get back to you": the employer asks for time, the
// candidate is not asked to do anything.
// "Please allow us until Friday to come back to you": the same request, bounded by a day.
const EMPLOYER_ASKS_FOR_TIME = /\b(?:please\s+)?(?:allow|give us|bear with us for)\s+(?:up to\s+|about\s+|around\s+)?(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple)|\b(?:allow|give)\s+(?:us|me)\s+(?:until|till|through)\b/;

// "Reply within 3 days" asks the candidate; "we aim to respond within 3 days" is the employer's promise.
const CANDIDATE_ACTION = /\b(?:reply|respond|rsvp|confirm|sign|submit|complete)\s+(?:to this\s+)?(?:email\s+)?(?:by|within|no later than)\b/;
// The employer's practice stated as its rule ("our standard is to respond within three business days"); anyone but
// the candidate who will confirm or reply ("the board … will confirm by", "she'll reply by").
const EMPLOYER_PROMISES = /\b(?:we|i|they|(?:the|our)\s+(?:hiring\s+)?(?:manager|team|panel|committee|recruiters?|recruiting team))(?:\s+(?:[a-z]{2,12}ly\s+)?(?:respond|reply|confirm)|'ll|\s+will|\s+shall|\s+aim to|\s+hope to|\s+expect to|\s+plan to|\s+intend to|\s+should|\s+try to|\s+commit to)\b|\byou(?:'ll| will| should)\s+(?:\w+\s+)?rec(?:ei|ie)ve\b|\bour\s+(?:usual\s+)?(?:standard|practice|policy|aim|goal|target|commitment|promise|norm)\s+is\s+to\b|(?:^\s*(?:will|shall)|\b(?!(?:you|u|candidates?|applicants?)\b)[a-z]{2,20}(?:'ll|\s+will|\s+shall))\s+(?:[a-z]{2,12}\s+)?(?:respond|reply|confirm)\b/;

const isCandidateDeadline = (clause: string) =>
  !EMPLOYER_ASKS_FOR_TIME.test(clause) &&
  (CANDIDATE_DEADLINE.test(clause) || IMPERATIVE.test(clause.replace(LABEL, '')) || (CANDIDATE_ACTION.test(clause) && !EMPLOYER_PROMISES.test(clause)));

// Whom an update goes to: the candidate, or all of them.
const AUDIENCE = String.raw`(?:you|u|everyone|everybody|all (?:the )?(?:candidates|applicants)|all of you|candidates|applicants)`;
// Words that say the clause is about the employer's decision or next update.
// "We regret to inform you that …" delivers news now: it promises no later word.
const DECISION_CUE = new RegExp(
  String.raw`\b(?:decis\w*|desicion|decide|deciding|outcome|results?|answer|news|(?:hear|here) (?:back|from (?:us|me))|(?:you|we)(?:'ll| will| should| would) hear|(?:expect|hope) to hear|be back (?:to|with) ${AUDIENCE}|(?:can|could|will|'ll)\s+tell ${AUDIENCE}|get back with ${AUDIENCE}|(?:get(?:ting)?|come|coming|write|revert(?:ing)?) back to ${AUDIENCE}|write to ${AUDIENCE}|keep ${AUDIENCE} (?:posted|informed)|be (?:back )?in (?:touch|contact)|update you|update|next steps?|feedback|let ${AUDIENCE} know|reach out|circle back|follow up with you|wrap(?:ping)? (?:(?:things|this|it|everything) )?up|(?:a|an|our|the) (?:response|reply)\b|finali[sz]e|conclude|make (?:a|our|the|their|its) (?:final )?(?:call|choice|selection)|make (?:an? |our |the )?offers?|final selection|selection (?:decision|process)|(?:complete|completing|finish|finishing)\s+(?:the|our|its|their)\s+(?:selection|recruitment|hiring|search)\b|respond to you|contact (?:you|${AUDIENCE})|notif(?:y|ied|ication)|(?<!\b(?:regret|sorry|sad|unfortunate|disappointed) to )inform ${AUDIENCE}|know more|have (?:something|more|an? update) (?:for|to) you|timeline|on track|hiring manager will|panel will|(?:'ll|will|shall|expect to|aim to|plan to|hope to)\s+(?:\w+\s+)?(?:confirm|send|share|provide|revert)|(?:'ll|will|shall)\s+(?:[\w']+\s+){1,5}and\s+(?:then\s+)?(?:confirm|send|share|provide|revert))\b`,
);

// "You should receive an email from me by Monday": what the employer will send is its next word, unless it is
// the offer's paperwork.
const YOU_RECEIVE = /\byou(?:'ll| will| should| would)\s+(?:\w+\s+)?rec(?:ei|ie)ve\b/;

// The offer's paperwork ("the formal letter of appointment … you should receive it by end of December"): a
// promise about the next word when nothing else was promised, but after a decision promise the thread keeps that one.
const PAPERWORK_CUE = /\b(?:(?:offer|appointment|employment|formal|written|official)\s+(?:letter|contract|paperwork|offer)|letter of (?:appointment|offer))\b/;

// A promise reported as past or superseded ("the original posting said October 16", "I said Friday"),
// or time already spent ("sorry it's taken a few days"): not the standing window.
// A clause about what has happened ("thanks for coming in on Tuesday"): its day is past, not a promise.
// "keep you posted" looks ahead.
const LOOKS_BACK = /\b(?:enjoyed|(?<!\bkeep\s)(?:we|you|i|they)(?:\s+(?:have|had)|'ve)?\s+(?:received|applied|submitted|posted|spoke|interviewed|met|talked|chatted)|thank(?:s| you)(?: again| so much| very much)? for|it was (?:great|lovely|nice|a pleasure)|came in|coming in|attended|attending|met with)\b/;

// News reported from the past ("On Thursday the Vice-Chancellor announced a hiring freeze"), unless what is
// reported is itself a promise ("told me they'll make the call by end of next week").
const REPORTED_PAST =
  /\b(?:(?<!\bbe\s)announced|learn(?:ed|t)|found out|mentioned|told (?:me|us|you|them)|informed (?:me|us))\b(?!(?:\s+[a-z]{2,12}){0,4}?\s+(?:that\s+)?(?:they|we|he|she|it|the \w+)(?:'ll|'d|\s+will|\s+would|\s+should|\s+expect|\s+hope|\s+plan|\s+aim))/;

// A pause ("the final round … is on hold") or no timeline yet ("I don't have a timeline yet – could be a few
// weeks") promises no date (spec: "delayed" is an open-ended pause).
const NO_PROMISE = /\b(?:on hold|paused|pausing|(?:hiring )?freeze|frozen|no (?:firm )?timeline|(?:don't|do not) have a (?:firm )?timeline)\b/;
// How long the employer keeps or deletes the candidate's data ("we delete notes within 60 days if we don't make an offer"): a retention period, not a promise.
const RETENTION = /\b(?:delete[sd]?|deleting|deletion|destroy(?:s|ed)?|purge[sd]?|erase[sd]?|retain(?:s|ed)?|retention)\b/;

// Dates that are not the employer's decision: an absence and return, an office closure, a start date, an
// application closing date, a meeting being set (spec: "Decision windows").
// Someone away: their return is not a decision ("I'm away for the holidays and returning January 4th").
const ABSENCE = String.raw`out of (?:the )?office|ooo|(?:i|we)(?:'m| am|'re| are)\s+(?:away|out|off)\b|(?:on|annual|parental|maternity|paternity|medical|sick) leave|on (?:vacation|holiday|pto)|(?:is|are|will be|'s|'re)\s+offline|(?:company|office|holiday|year-end)\s+shutdown|travel(?:l)?ing|(?:at|attending) (?:a|an|the) (?:conference|offsite|off-site|trade show|retreat)|returning`;
const ABSENT = new RegExp(String.raw`\b(?:${ABSENCE})\b`);

const OTHER_EVENT = new RegExp(
  String.raw`\b(?:${ABSENCE}|(?:is|are|be|remain|remains)\s+closed|begins|commences?|(?:role|position|job|post|contract|employment|assignment|placement|internship|programme|program|cohort|training|term|semester|shift|you)\s+(?:officially\s+)?starts|(?<!week )commencing|commencement|orientation|onboarding|induction|closing date|away from (?:the|my) (?:office|desk)|limited (?:access|email|availability)|(?:i|we)(?:'ll| will| am|'m| are|'re) (?:be )?back(?! in touch| to you| with you)|will return|return(?:ing)? (?:on|to the office)|returns? (?:from|on|to)\b|offices? (?:is |are |will be )?(?:closed|shut)|closed (?:for|on|from|between)|closure|start(?:ing)? date|(?:would|will|to|you(?:'d| would| will| could| can)?|could|can|position|role|hire) (?:start|begin)\b|join us\b|joining date|held on|take place|taking place|(?:hold|holding|conduct|conducting)\s+(?:the\s+|our\s+)?(?:first|second|third|final|panel|next)?\s*(?:round\s+)?interviews|(?:available|open|next)\s+slots?|background check|drug (?:test|screen)|visa|relocation|first day|see you\b|\b(?:out|off|away) (?:until|till|through|thru)\b|\b(?:we|office|offices)\s+(?:close|closes|shut|shuts)\b|\bclos(?:e|es|ing)\s+for\s+(?:the\s+)?(?:holidays?|christmas|thanksgiving|new year|break)|applications?\b[^.;]{0,40}\b(?:close[sd]?|closing|deadline|window|period|due|accepted|considered)\b|(?:recruitment|application|hiring|selection)\s+(?:period|window|round|campaign)\s+(?:closes|will close|is closing|ends|will end)\b|deadline (?:for applications|to apply)|reopens?\b|(?<!\bof (?:(?:your|the|this|our) )?)(?:interview|onsite|on-site|call|meeting|screen|chat|conversation|round)\s+(?:is|was|will be|has been)\b|(?:meeting|seeing) you\b|posting (?:closes|will close|will remain|remains)|remains? open|open until|accepting applications|(?:interview|onsite|on-site|call|meeting|chat) (?:is|has been|will be) (?:confirmed|scheduled|booked|set)|scheduled for|confirmed for|(?<!\bof (?:(?:your|the|this|our) )?)interviews?\s+(?:is|are|will|would|takes?|taking)\b|(?<!\bto )(?:interview|onsite|on-site|round)\s+(?:on|for)\b|(?:role|position|job|vacancy|posting) (?:is |will be )?(?:open|posted|advertised)|(?:welcome|schedule|set up|arrange|book|have|hop on|jump on|grab)\s+(?:a|an|the)\s+(?:quick\s+|short\s+)?(?:call|chat|meeting|conversation|coffee)|(?:we can|to|let's|let us|could|can we)\s+(?:talk|chat|speak|meet|catch up)|back (?:in|at|to) (?:the |my )?(?:office|desk|work)|(?:would|will|to|can|could)\s+join\b|\bjoin(?:s|ing)?\s+(?:on|from)\b|(?:vacancy|role|position|job|posting|advert|advertisement|listing)\s+(?:closes|will close|closed|is closing|close)|(?:of|after|upon|on)\s+(?:a|your)\s+request|on request|(?:starting|effective)\s+(?:on\s+|from\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|${MONTH}\.?\s+\d{1,2})|off-?sites?|(?:company|team|staff|annual|office)\s+(?:(?:holiday|christmas|summer|year-end)\s+)?(?:retreat|all-hands|party|outing)|(?:holiday|christmas|xmas|year-end|end-of-year)\s+(?:party|parties|dinner|celebration|drinks)|(?:open\s+)?(?:enrol(?:l)?ment|registration|sign-?ups?|nominations?)\b[^.;]{0,40}\b(?:closes|will close|is closing|ends|will end)\b|(?:career|careers|job|jobs|recruitment|graduate)\s+fairs?|open\s+(?:day|evening)s?|info(?:rmation)?\s+sessions?)\b`,
);

// "The panel meets early next week to review all candidates": the meeting's day, not the decision's (spec: "the
// panel meets early next week; you'll hear from us by the end of next week"), unless the meeting is the decision
// or the clause goes on to what the panel does next ("will meet on Thursday and reply within 5 working days").
const GROUP_MEETS = /\b(?:panel|committee|board|team|managers|partners|we|they)(?:'s| is| are)?\s+(?:meets|meeting|will meet|convenes|will convene|gets together|get together)\b/;
const MEETING_DECIDES = /\bdecid|\bdecision|\band\s+(?:then\s+)?(?:will\s+)?(?:reply|respond|revert|get|come|contact|let|update|confirm|write|inform|notify|send|share|make|reach|be in touch)\b/;
const isGroupMeeting = (clause: string) => GROUP_MEETS.test(clause) && !MEETING_DECIDES.test(clause);

// A time of day is an appointment unless a bound makes it a deadline ("by 5pm Friday").
const DEADLINE_BOUND = /\b(?:by|before|until|no later than|end of)\b/;

// An earlier statement named as such ("as previously indicated", "we said", "I had hoped"), spelt as hurried
// writers do ("originaly", "previosly", "initialy").
const EARLIER = String.raw`origi?nal(?:l?y)?|previou?sly|initiall?y|indicated|(?:i|we) (?:had )?(?:said|told you|mentioned|advised|stated|estimated)|had (?:[a-z]{2,12}ly )?(?:hoped|planned|expected)`;
// What happened lately told in the perfect ("the owners have this week entered talks") is news, not a date to come.
const NOT_STANDING = new RegExp(
  String.raw`\b(?:${EARLIER}|had (?:[a-z]{2,12}ly )?scheduled|(?:has|have|'ve|it's|it has) (?:taken|been)(?! (?:pushed|moved|delayed|postponed|extended|rescheduled|revised|changed|updated|shifted|put back|brought forward))|took|ago|(?:has|have|had|'ve) (?:this|last|earlier this) (?:week|month))\b`,
);
// An earlier promise named as such ("we said Friday", "which I had hoped to share by Friday"): what a sentence
// that names one states beside it is its revision, a promise about the decision.
const PAST_PROMISE = new RegExp(String.raw`\b(?:${EARLIER}|(?:i|we) (?:had )?promised)\b`);
// What marks the new date after an old one ("… will now come next week", "… instead, by Monday").
const REVISION = /\b(?:now|instead|revised|updated|new (?:date|timeline|plan))\b/;

const SOON = /\b(?:soon|shortly|asap|as soon as (?:we|i) can|as soon as possible|in due course|when we can)\b/;

// Every rule needs one of these words: clauses without any are skipped before the rules run.
const WINDOW_HINT = new RegExp(String.raw`\d|\b(?:days?|weeks?|wks?|fortnight|hours|months?|year|tomorrow|tmrw|tmr|eow|weekend|${MONTH}|${WEEKDAY})\b`);

// What some rule or explicit date needs: a unit, a month, a year, a day's name, "the 15th" or a numeric date. A
// clause without any states no window, nor does the part of it read after a revision: it skips the vetoes. Most
// clauses WINDOW_HINT lets through hold only digits (a phone number, a year, a time of day).
const MAY_STATE_WINDOW = new RegExp(String.raw`day|week|wk|fortnight|hour|hrs|month|year|tomorrow|tmr|eow|\d/\d|\d\.\d{1,2}\.\d{4}|the\s+\d|\b(?:${MONTH}|${WEEKDAY})\b`);

interface Stated {
  window: DateWindow & { family: WindowFamily };
  start: number;
  end: number;
}

const overlaps = (a: Stated, b: Stated) => a.start < b.end && b.start < a.end;

// A rule's pattern is built the first time a clause holds one of its words: one no clause of a worker's first
// thread names costs that thread nothing (see builtOnFirstUse in ../caseless.ts).
const builtRules = new WeakSet<Rule>();
function builtRule(rule: Rule): RegExp {
  if (!builtRules.has(rule)) {
    builtRules.add(rule);
    builtNow(rule.pattern);
  }
  return rule.pattern;
}

/**
 * The window a clause states. Each rule reads its phrase; where two phrases overlap, the earlier rule's
 * reading stands, the longer one ("early next week" over "next week", "Wednesday next week" over "next week"). Of separate phrases, the last one stated is the
 * promise ("with the panel on Thursday, we'll decide by Friday, December 4"): what comes before sets the scene.
 */
function windowOfClause(clause: string, ctx: Ctx): (DateWindow & { family: WindowFamily }) | null {
  const stated: Stated[] = [];
  const add = (found: Stated) => {
    const clash = stated.findIndex((s) => overlaps(s, found));
    if (clash < 0) stated.push(found);
    else if (found.end - found.start > (stated[clash]?.end ?? 0) - (stated[clash]?.start ?? 0)) stated[clash] = found;
  };
  for (const rule of RULES) {
    if (rule.words && !rule.words.some((word) => clause.includes(word))) continue;
    const match = builtRule(rule).exec(clause);
    const window = match ? rule.window(match, ctx) : null;
    if (match && window) add({ window: { ...window, family: rule.family }, start: match.index, end: match.index + match[0].length });
  }
  for (const date of explicitDates(clause, ctx)) add({ window: { earliest: date.earliest, latest: date.latest, family: 'calendar' }, start: date.start, end: date.end });
  let last: Stated | null = null;
  for (const found of stated) if (!last || found.start > last.start) last = found;
  return last?.window ?? null;
}

/**
 * The clause's window, unless it reports a past or superseded promise; when a revision follows the old promise
 * ("which I had hoped to share by Friday, will now come next week"), the window stated after the revision.
 */
function standingWindowOfClause(clause: string, ctx: Ctx): (DateWindow & { family: WindowFamily }) | null {
  const past = NOT_STANDING.exec(clause);
  if (!past) return windowOfClause(clause, ctx);
  const after = clause.slice(past.index + past[0].length);
  const revision = REVISION.exec(after);
  return revision ? windowOfClause(after.slice(revision.index), ctx) : null;
}

// Mail written all in lower case still ends its sentences, and so does an emoji; "e.g." and "Dr." do not end one.
// The cheap tests first (a blank, after an end mark): V8 tries the lookarounds in order at every position.
const SENTENCE_END = oneByte(/(?=\s)(?<=[.!?]|\p{Extended_Pictographic})(?<!\b(?:e\.g|i\.e|dr|mr|mrs|ms|st|vs|etc|approx|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\s+(?=[\p{L}"“(])/u);

// "by Friday 31 July (rather than 24 July as previously advised)": the superseded date is not the window.
const SUPERSEDED = /\s*\(?\b(?:rather than|instead of|not)\s+(?:the\s+)?(?:end of\s+|mid-?)?(?:\d{1,2}\s+)?[a-z]{3,9}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?[^.;()]{0,60}\)?/g;

// Where a sentence's clauses meet: a semicolon, "but", a conjunction after a comma, and a new subject after a
// comma or "and" ("Hiring manager is traveling, expect feedback…", "…your assessment and you'll hear back…"), a
// thanks ("Thank you for your patience, final decision will be made…") or a closure or holiday ("with the holiday
// closure we expect a decision in early January"), so that what one clause says (a trip, a past interview, a start
// date) does not veto its neighbour's promise. An "and" that goes on with a first-person promise's own verbs ("I will
// confirm the date, and send the invitation, by Tuesday") stays in its clause. A condition or a new subject after a
// comma ("…by early June, once all finalists have been seen", "…within 3 weeks, the hiring manager is travelling") is
// a clause of its own too.
// Each lookbehind stands after the comma or blank it ends with: V8 tries the alternatives at every position, and a
// lookbehind first scanned back up to 80 characters at each one.
const CLAUSE_BREAK = oneByte(
  /;|,\s+(?:but|so)\s+|,\s+(?=(?:once|after|as soon as)\s)|,\s+(?=the\s+(?:[a-z-]{2,20}\s+){0,2}(?:is|are|was|were|has|have|had)\s)|,(?<=\bthank(?:s|\s+you)(?:\s+(?:so|very)\s+much)?\s+for\s[^,;]{1,60},)\s+|,(?<!\b(?:we|i)(?:'ll|\s+will|\s+shall)\s[^,;]{1,80},)\s+and\s+|,\s+and\s+(?=(?:we|i|you|they|our|the|it|he|she|please|kindly)\b|[a-z]{2,20}\s+your\b)|\s+but\s+|,\s+(?=(?:we|i|you|they|our|expect|please expect|thanks|thank you|as|since|because)\b)|\s+[-–—]\s+(?=(?:we|i|you|they|our|expect|please|thanks|thank you)\b)|\s+(?=(?:once|after|as soon as|when)\s+(?:we|i|you|they|he|she|the|our)\b)|\s+and\s+(?=(?:we|i|you|they)(?:'ll|'d|\s+will|\s+would|\s+should|\s+can|\s+expect|\s+hope|\s+aim|\s+plan)\b)|\s(?<=\b(?:closures?|shutdown|break|holidays?|leave|vacation|absence|christmas|easter|thanksgiving|diwali|eid|new year)\s)\s*(?=(?:we|i|they)(?:'ll|\s+will|\s+expect|\s+hope|\s+aim|\s+plan|\s+should)\b)/i,
);
// "…and will confirm next steps": a second predicate of the same subject. Its own words decide whether it is a
// promise, but the subject's state stays with it ("I am out of office and will be back on 20/07").
const SAME_SUBJECT_AND = /\s+and\s+(?=(?:will|would|should|expect|hope|aim|plan)\b)/i;
// A sentence that opens with a subordinate clause ("Once you've submitted your availability, …",
// "Following your interview on Monday, …"): the clause ends at its first comma.
const SUBORDINATE_OPENING = oneByte(/^(?:[-–•*]\s*)?(?:once|after|when|whenever|following|due to|since|as|while|although|though|because|given|now that|(if|should you|unless))\b[^,;]{1,120},\s+/i);
const COLON = /:\s+/;
// "OOO: back next week", "Deadline for applications: 30 September": a short label before a colon heads its clause.
const MAX_LABEL_WORDS = 4;

interface Clause {
  text: string;
  /** The clause whose subject this one shares, when it was joined to it by "and". */
  subject: string;
  /** Said on a condition ("If you would prefer that we delete your CV, reply… and we will confirm within 30 days"): asserts nothing. */
  conditional: boolean;
}

function clausesOfSentence(sentence: string): Clause[] {
  const subordinate = SUBORDINATE_OPENING.exec(sentence);
  const opening = subordinate?.[0] ?? '';
  const parts = opening ? [opening.replace(/,\s+$/, ''), sentence.slice(opening.length)] : [sentence];
  const clauses = parts.flatMap((part) => part.split(CLAUSE_BREAK)).flatMap((clause) => {
    const colon = COLON.exec(clause);
    if (!colon) return [clause];
    const label = clause.slice(0, colon.index);
    return label.split(' ').length <= MAX_LABEL_WORDS ? [clause] : [label, clause.slice(colon.index + colon[0].length)];
  });
  // The condition itself still says something ("If you haven't heard from us within two weeks, …").
  const conditional = (clause: string) => subordinate?.[1] !== undefined && clause !== parts[0];
  return clauses.flatMap((clause) => clause.split(SAME_SUBJECT_AND).map((text, i, all) => ({ text, subject: i > 0 ? (all[i - 1] ?? '') : '', conditional: conditional(clause) })));
}

/** Sentences that may name a time and the clauses inside them, each with its original text for the quote. */
function clausesOf(text: string): { clause: string; subject: string; sentence: string }[] {
  const out: { clause: string; subject: string; sentence: string }[] = [];
  const sentences = text
    .split(/\n+/)
    .flatMap((line) => line.replace(/\s+/g, ' ').split(SENTENCE_END))
    .map((s) => s.trim())
    .filter(Boolean);
  for (const sentence of sentences) {
    // A clause is part of its sentence, lowered, its words only dropped or (after a digit, which is a hint) spelled
    // out: a sentence without WINDOW_HINT has no clause with one, and readDecisionWindow skips those.
    if (!WINDOW_HINT.test(sentence.toLowerCase())) continue;
    for (const { text: clause, subject, conditional } of clausesOfSentence(sentence)) {
      if (conditional) continue;
      // "ten (10) business days": the digits in brackets repeat the number.
      const lowered = clause.toLowerCase();
      const bare = lowered.includes('(') ? lowered.replace(/\s*\(\d{1,3}\)/g, '') : lowered;
      const spaced = /\d[a-z]/.test(bare) ? bare.replace(GLUED_UNIT, (_all, n: string, unit: string) => `${n} ${/^h(?:rs?)?$/.test(unit) ? 'hours' : unit}`) : bare;
      const lower = (/rather than|instead of|\bnot\b/.test(spaced) ? spaced.replace(SUPERSEDED, '') : spaced).trim();
      if (lower) out.push({ clause: lower, subject: subject.toLowerCase(), sentence });
    }
  }
  return out;
}

// "within 48hrs", "in 24h", "in 10days": a count written against its unit.
const GLUED_UNIT = /\b(\d{1,3})(h|hrs?|hours?|days?|wks?|weeks?|months?)\b/g;

const MAX_TEXT = 20_000;
// Below any decision cue: a clause promising the paperwork loses to one promising the decision.
const PAPERWORK_SCORE = 0.5;

/**
 * The window the employer promised in `text` (written on `reference`, YYYY-MM-DD), with the sentence
 * it came from. Candidate deadlines are skipped; among several windows, the one about the decision wins.
 */
export function findDecisionWindow(text: string, reference: string, options: WindowOptions = {}): (DecisionWindow & { aboutDecision: boolean }) | null {
  const found = readDecisionWindow(mailAsOneByte(text), reference, options);
  return found ? { earliest: found.earliest, latest: found.latest, quote: fromOneByte(found.quote), aboutDecision: found.aboutDecision } : null;
}

const buildPatterns = builtOnFirstUse(() => [SENTENCE_END, CLAUSE_BREAK, SAME_SUBJECT_AND, EXPLICIT_DATE, TIME_OF_DAY, CANDIDATE_DEADLINE, IMPERATIVE, EMPLOYER_ASKS_FOR_TIME, CANDIDATE_ACTION, EMPLOYER_PROMISES, DECISION_CUE, YOU_RECEIVE, PAPERWORK_CUE, LOOKS_BACK, REPORTED_PAST, NO_PROMISE, RETENTION, ABSENT, OTHER_EVENT, GROUP_MEETS, DEADLINE_BOUND, NOT_STANDING, WINDOW_HINT, MAY_STATE_WINDOW, SENTENCE_END, CLAUSE_BREAK, SAME_SUBJECT_AND, SUBORDINATE_OPENING, COLON]);

/** findDecisionWindow's window with the family of phrase that stated it ("within", "next-week", "date"…), in text as the engine reads it (../one-byte.ts). */
export function readDecisionWindow(text: string, reference: string, options: WindowOptions = {}): (DecisionWindow & { aboutDecision: boolean; paperwork: boolean; family: WindowFamily }) | null {
  buildPatterns();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reference) || Number.isNaN(Date.parse(reference))) return null;
  const ctx: Ctx = { ref: reference, holidays: options.holidays ?? [] };
  let best: { window: DateWindow & { family: WindowFamily }; quote: string; score: number } | null = null;
  for (const { clause, subject, sentence } of clausesOf(text.slice(0, MAX_TEXT))) {
    // The cheap hint first: most clauses name no time at all.
    if (!WINDOW_HINT.test(clause) || !MAY_STATE_WINDOW.test(clause) || ABSENT.test(subject)) continue;
    const read = notAPromise(clause) ? revisedPromise(clause) : clause;
    if (read === null || notAPromise(read)) continue;
    // A question asserts nothing; a time of day without a bound is a meeting.
    if (sentence.endsWith('?') || (TIME_OF_DAY.test(read) && !DEADLINE_BOUND.test(read))) continue;
    const window = standingWindowOfClause(read, ctx);
    // "by the end of September" read on 2 October is the month just past, not next year's: no promise runs that far.
    if (!window || window.earliest > window.latest || window.latest > plusDays(ctx.ref, MAX_DAYS_AHEAD)) continue;
    const lowerSentence = sentence.toLowerCase();
    const cued = (DECISION_CUE.test(clause) ? 2 : 0) + (DECISION_CUE.test(lowerSentence) || PAST_PROMISE.test(lowerSentence) ? 1 : 0);
    const paperwork = PAPERWORK_CUE.test(lowerSentence);
    const received = paperwork ? 0 : YOU_RECEIVE.test(clause) ? 2 : YOU_RECEIVE.test(lowerSentence) ? 1 : 0;
    const score = cued || received || (paperwork ? PAPERWORK_SCORE : 0);
    // Equal evidence: the later statement is the revision.
    if (!best || score >= best.score) best = { window, quote: sentence.slice(0, 300), score };
  }
  if (!best) return null;
  return { earliest: best.window.earliest, latest: best.window.latest, family: best.window.family, quote: best.quote, aboutDecision: best.score > 0, paperwork: best.score === PAPERWORK_SCORE };
}

/** A clause about something else than the employer's decision: a candidate's deadline, the past, a pause, an absence, another event, a meeting. */
const notAPromise = (clause: string) =>
  isCandidateDeadline(clause) || LOOKS_BACK.test(clause) || REPORTED_PAST.test(clause) || NO_PROMISE.test(clause) || RETENTION.test(clause) || OTHER_EVENT.test(clause) || isGroupMeeting(clause);

/** "since two of the panel are travelling we now expect a decision by May 15": the revised promise after the scene its clause sets, or null. */
function revisedPromise(clause: string): string | null {
  const revision = REVISION.exec(clause);
  const tail = revision ? clause.slice(revision.index) : '';
  return tail && DECISION_CUE.test(tail) && WINDOW_HINT.test(tail) ? tail : null;
}

/** docs/analysis.md's parseDecisionWindow: the window's dates, or null ("soon", a candidate deadline, nothing). */
export function parseDecisionWindow(text: string, reference: string, options: WindowOptions = {}): DateWindow | null {
  const found = findDecisionWindow(text, reference, options);
  return found ? { earliest: found.earliest, latest: found.latest } : null;
}

/** True when the text only promises an answer "soon": no window, but a promise all the same. */
export function promisesSoon(text: string): boolean {
  return SOON.test(text.toLowerCase());
}

// A quoted or forwarded message's header: "From: …" then "Sent: …" or "Date: …" (Outlook, Gmail's forward), as
// mail clients set in other languages label them too ("Von: …" then "Datum: …", "De : …" then "Envoyé : …").
const FROM_LABEL = String.raw`(?:From|Von|De|Da|Van|Fra|Från)[ \t]*:`;
const DATE_LABEL = String.raw`(?:Sent|Date|Gesendet|Datum|Envoy[ée]|Enviado|Fecha|Inviato|Data|Verzonden|Skickat|Sendt)[ \t]*:`;
const HISTORY_HEADER = new RegExp(String.raw`^[ \t>]*${FROM_LABEL}[ \t]*([^\n]{0,200})\n[ \t>]*${DATE_LABEL}[ \t]*([^\n]{4,80})$`, 'gm');
// An earlier message under a separator line with no sender ("-------- Frühere Nachricht --------" then "Datum: …").
const SEPARATED_HEADER = new RegExp(String.raw`^[ \t>]*-{3,}[^\n]{0,60}-{3,}[ \t]*\n[ \t>]*${DATE_LABEL}[ \t]*([^\n]{4,80})$`, 'gm');
/** A line that dates a quoted or forwarded message: the mail holds history whose windows historyWindows reads. */
export const HISTORY_DATE_LINE = new RegExp(String.raw`^[ \t>]*${DATE_LABEL}`, 'm');
// A reply's attribution line: "On Fri, Oct 9, 2026 at 11:02 AM Ingrid Vasquez-Hale <ingrid@…> wrote:".
const WROTE_HEADER = /^[ \t>]*On[ \t]([^\n]{6,200})[ \t]wrote:[ \t]*$/gm;
// The same line as Gmail writes it in German, French and Spanish: "Am Di., 24. Nov. 2026 um 10:00 Uhr schrieb Sam <…>:",
// "Le mar. 24 nov. 2026 à 10:00, Sam <…> a écrit :", "El mar, 24 nov 2026 a las 10:00, Sam (<…>) escribió:".
const FOREIGN_WROTE_HEADER = /^[ \t>]*(?:Am|Le|El)[ \t]([^\n]{6,200}?)[ \t](?:schrieb|a[ \t](?:é|e)crit|escribi(?:ó|o))[^\n:]{0,160}:[ \t]*$/gm;
/** A reply's attribution line in any of those languages: the history under it is the thread's own, quoted. */
export const REPLY_ATTRIBUTION = new RegExp(`${WROTE_HEADER.source}|${FOREIGN_WROTE_HEADER.source}`, 'm');
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?){1,10}/gm;
const MAX_HISTORY_BLOCKS = 10;

// A date as mail clients in other languages write it in a header: "Fr., 18. Sept. 2026 um 21:47", "martes, 24 de noviembre de 2026".
const DAY_MONTH_YEAR = /\b(\d{1,2})\.?\s{1,3}(?:de\s)?([a-zà-ü]{3,12})\.?,?\s{1,3}(?:de\s)?(\d{4})\b/i;
// Month names by their first letters in German, French, Spanish, Italian and Portuguese; "juil" before "jui(n)".
const MONTH_STEMS: [RegExp, number][] = [
  [/^(?:jan|gen|ene)/, 0],
  [/^(?:feb|fév|fev)/, 1],
  [/^(?:mär|mar|mae)/, 2],
  [/^(?:apr|avr|abr)/, 3],
  [/^(?:mai|may|mag)/, 4],
  [/^(?:juil|jul|lug)/, 6],
  [/^(?:jun|juin|giu)/, 5],
  [/^(?:aug|aoû|aou|ago)/, 7],
  [/^(?:sep|set)/, 8],
  [/^(?:okt|oct|ott|out)/, 9],
  [/^nov/, 10],
  [/^(?:dez|dec|déc|dic)/, 11],
];

/** A header's date in another language's words, or null. */
function foreignHeaderDate(value: string): CalendarDate | null {
  const m = DAY_MONTH_YEAR.exec(value);
  const month = m ? MONTH_STEMS.find(([stem]) => stem.test((m[2] ?? '').toLowerCase()))?.[1] : undefined;
  return m && month !== undefined ? dayOf(Number(m[3]), month, Number(m[1])) : null;
}

/** The calendar date a header's "Sent:" or "Date:" value names, as written ("Thu, Dec 3, 2026 at 2:15 PM"). */
function headerDate(value: string): CalendarDate | null {
  const result = monthFirst.parse(value.slice(0, 80))[0];
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('month') || !result.start.isCertain('day')) return foreignHeaderDate(value.slice(0, 80));
  return dayOf(result.start.get('year') ?? 1970, (result.start.get('month') ?? 1) - 1, result.start.get('day') ?? 1);
}

/**
 * Windows stated in the quoted or forwarded messages inside `text`, each read from the date of the message
 * that states it (spec: the reference is the message that first states the window), with its sender line.
 */
export function historyWindows(text: string, options: WindowOptions = {}): { window: DecisionWindow & { aboutDecision: boolean; paperwork: boolean; family: WindowFamily }; stated: CalendarDate; from: string }[] {
  const capped = text.slice(0, MAX_TEXT);
  const headers = [
    ...[...capped.matchAll(HISTORY_HEADER)].map((h) => ({ index: h.index, text: h[0], from: h[1] ?? '', date: h[2] ?? '' })),
    ...[...capped.matchAll(WROTE_HEADER)].map((h) => ({ index: h.index, text: h[0], from: h[1] ?? '', date: h[1] ?? '' })),
    ...[...capped.matchAll(FOREIGN_WROTE_HEADER)].map((h) => ({ index: h.index, text: h[0], from: h[0], date: h[1] ?? '' })),
    ...[...capped.matchAll(SEPARATED_HEADER)].map((h) => ({ index: h.index, text: h[0], from: '', date: h[1] ?? '' })),
  ]
    .sort((a, b) => a.index - b.index)
    .slice(0, MAX_HISTORY_BLOCKS);
  return headers.flatMap((header, i) => {
    const stated = headerDate(header.date);
    if (!stated) return [];
    const start = header.index + header.text.length;
    const body = capped.slice(start, headers[i + 1]?.index ?? capped.length).replace(QUOTE_MARKS, '');
    const window = readDecisionWindow(body, stated, options);
    return window ? [{ window, stated, from: header.from.toLowerCase() }] : [];
  });
}
