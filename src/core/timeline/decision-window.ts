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
  toDate,
  weekdayOfWeek,
  type CalendarDate,
} from './calendar';
import { NUMBER, toNumber } from './numbers';
import { monthFirst } from './chrono-english';
import type { WindowFamily } from '../analyze/field-evidence';

export interface WindowOptions {
  holidays?: readonly string[];
}

interface Ctx {
  ref: CalendarDate;
  holidays: readonly string[];
}

type Rule = { family: WindowFamily; pattern: RegExp; window: (m: RegExpExecArray, ctx: Ctx) => DateWindow | null };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY = String.raw`(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)`;
const BIZ = String.raw`(?:business|working|work)\s+days?`;
const SEP = String.raw`\s*(?:-|–|—|to|or)\s*`;

const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3).toLowerCase()));
const weekdayIndex = (name: string) => WEEKDAYS.findIndex((d) => d.startsWith(name.slice(0, 3).toLowerCase())) + 1;

/** The next occurrence (on or after tomorrow's month) of a month, as [year, monthIndex]. */
function upcomingMonth(ref: CalendarDate, month: number): [number, number] {
  const date = toDate(ref);
  const year = month < date.getMonth() ? date.getFullYear() + 1 : date.getFullYear();
  return [year, month];
}

const tomorrow = (ctx: Ctx) => plusDays(ctx.ref, 1);
const withinHours = (ctx: Ctx, hours: number): DateWindow => ({ earliest: tomorrow(ctx), latest: plusDays(ctx.ref, Math.max(1, Math.ceil(hours / 24))) });
const units = (unit: string) => (/week/.test(unit) ? 7 : 1);

function byUnits(ctx: Ctx, n: number, unit: string): CalendarDate {
  return /business|working|work/.test(unit) ? addBusinessDays(ctx.ref, n, ctx.holidays) : plusDays(ctx.ref, n * units(unit));
}

function monthPart(ctx: Ctx, part: string, monthName: string): DateWindow | null {
  const month = monthIndex(monthName);
  if (month < 0) return null;
  const [year] = upcomingMonth(ctx.ref, month);
  const first = later(dayOf(year, month, 1), tomorrow(ctx));
  const last = /mid|middle/.test(part) ? dayOf(year, month, 15) : /early|beginning|start|first/.test(part) ? dayOf(year, month, 10) : lastDayOfMonth(year, month);
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

// Ordered: the first rule that matches a clause decides it. Ranges before single counts.
const RULES: Rule[] = [
  {
    family: 'counted',
    // "a week to ten business days", "one week to 10 working days", "the next week to ten business days"
    pattern: new RegExp(String.raw`\b(?:${NUMBER}|(?:the\s+)?next)\s+weeks?${SEP}${NUMBER}\s+(${BIZ}|days?)`),
    window: (m, ctx) => {
      const weeks = m[1] === undefined ? 1 : toNumber(m[1]);
      const days = toNumber(m[2]);
      if (weeks === null || days === null) return null;
      return { earliest: plusDays(ctx.ref, 7 * weeks), latest: byUnits(ctx, days, m[3] ?? '') };
    },
  },
  {
    family: 'counted',
    // "7-10 business days", "one to two weeks", "2-3 days", "24-48 hours"
    pattern: new RegExp(String.raw`\b${NUMBER}${SEP}${NUMBER}\s+(${BIZ}|days?|weeks?|hours|hrs)\b`),
    window: (m, ctx) => {
      const low = toNumber(m[1]);
      const high = toNumber(m[2]);
      if (low === null || high === null || low > high) return null;
      if (/hour|hrs/.test(m[3] ?? '')) return withinHours(ctx, high);
      return { earliest: later(byUnits(ctx, low, m[3] ?? ''), tomorrow(ctx)), latest: byUnits(ctx, high, m[3] ?? '') };
    },
  },
  {
    family: 'counted',
    // "the next day or two", "in a day or two": the spec's "a couple of days"
    pattern: /\b(?:next|a|one)\s+(?:business\s+|working\s+)?day\s+or\s+two\b/,
    window: (_m, ctx) => ({ earliest: nextBusinessDay(ctx.ref, ctx.holidays), latest: addBusinessDays(ctx.ref, 2, ctx.holidays) }),
  },
  {
    family: 'counted',
    // "in a week or two", "the next week or two": the spec's "one to two weeks"
    pattern: /\b(?:next|a|one)\s+week\s+or\s+two\b/,
    window: (_m, ctx) => ({ earliest: plusDays(ctx.ref, 7), latest: plusDays(ctx.ref, 14) }),
  },
  {
    family: 'counted',
    // "a couple of days", "a few business days"
    pattern: /\b(a\s+couple(?:\s+of)?|couple\s+of|a\s+few|few)\s+(?:more\s+)?(?:(?:business|working)\s+)?days\b/,
    window: (m, ctx) => ({
      earliest: nextBusinessDay(ctx.ref, ctx.holidays),
      latest: addBusinessDays(ctx.ref, /couple/.test(m[1] ?? '') ? 2 : 3, ctx.holidays),
    }),
  },
  {
    family: 'counted',
    // "a couple of weeks", "a few weeks"
    pattern: /\b(a\s+couple(?:\s+of)?|couple\s+of|a\s+few|few)\s+(?:more\s+)?weeks\b/,
    window: (m, ctx) => ({ earliest: tomorrow(ctx), latest: plusDays(ctx.ref, /couple/.test(m[1] ?? '') ? 14 : 21) }),
  },
  {
    family: 'counted',
    // "within 5 business days", "up to two weeks", "in ten working days", "within 3 days", "in two weeks", "within 48 hours"
    pattern: new RegExp(String.raw`\b(?:within|in|over|up to)\s+(?:the\s+)?(?:next\s+)?${NUMBER}\s+(${BIZ}|days?|weeks?|hours|hrs)\b`),
    window: (m, ctx) => {
      const n = toNumber(m[1]);
      const unit = m[2] ?? '';
      if (n === null || n === 0) return null;
      if (/hour|hrs/.test(unit)) return withinHours(ctx, n);
      const earliest = /business|working|work/.test(unit) ? nextBusinessDay(ctx.ref, ctx.holidays) : tomorrow(ctx);
      return { earliest, latest: byUnits(ctx, n, unit) };
    },
  },
  {
    family: 'week-relative',
    pattern: /\b(?:early|beginning of|start of|first (?:few days|part) of)\s+next\s+week\b/,
    window: (_m, ctx) => ({ earliest: weekdayOfWeek(ctx.ref, 1, 1), latest: weekdayOfWeek(ctx.ref, 3, 1) }),
  },
  {
    family: 'week-relative',
    // "next week", "by the end of next week", "sometime next week", "later next week"
    pattern: /\bnext\s+week\b/,
    window: (_m, ctx) => ({ earliest: weekdayOfWeek(ctx.ref, 1, 1), latest: weekdayOfWeek(ctx.ref, 5, 1) }),
  },
  {
    family: 'week-relative',
    // "by end of (this|the) week", "end of week", "by EOW", "later this week", "this week"
    pattern: /\b(?:end of (?:this|the) week|end of week|eow|later this week|this week|within the week|before the weekend|by the weekend)\b/,
    window: (_m, ctx) => {
      const friday = isoWeekday(ctx.ref) >= 5 ? weekdayOfWeek(ctx.ref, 5, 1) : weekdayOfWeek(ctx.ref, 5);
      return { earliest: tomorrow(ctx), latest: friday };
    },
  },
  {
    family: 'week-relative',
    // "by tomorrow", "tomorrow"
    pattern: /\b(?:by|on|until)?\s*tomorrow\b/,
    window: (_m, ctx) => ({ earliest: tomorrow(ctx), latest: tomorrow(ctx) }),
  },
  {
    family: 'calendar',
    // "by end of the month", "end of this month", "end of next month"
    pattern: /\bend of (?:the|this|next) month\b|\bmonth[- ]end\b/,
    window: (m, ctx) => {
      const date = toDate(ctx.ref);
      const ahead = /next month/.test(m[0]) ? 1 : 0;
      const month = date.getMonth() + ahead;
      return { earliest: tomorrow(ctx), latest: lastDayOfMonth(date.getFullYear() + Math.floor(month / 12), month % 12) };
    },
  },
  {
    family: 'calendar',
    // "by the end of the year", "before year-end"
    pattern: /\bend of (?:the|this) year\b|\byear[- ]end\b(?![- ](?:holidays?|break|closure|party))/,
    window: (_m, ctx) => ({ earliest: tomorrow(ctx), latest: `${ctx.ref.slice(0, 4)}-12-31` }),
  },
  {
    family: 'calendar',
    // "the first week of December", "the last week of January"
    pattern: new RegExp(String.raw`\b(first|1st|second|2nd|third|3rd|last|final)\s+week\s+of\s+${MONTH}\b`),
    window: (m, ctx) => monthWeek(ctx, m[1] ?? '', m[2] ?? ''),
  },
  {
    family: 'calendar',
    // "mid-December", "early December", "late Dec", "end of November", "the beginning of January"
    pattern: new RegExp(String.raw`\b(mid|middle of|early|the beginning of|beginning of|start of|the start of|first half of|late|the end of|end of|second half of)[\s-]+${MONTH}\b`),
    window: (m, ctx) => monthPart(ctx, m[1] ?? '', m[2] ?? ''),
  },
  {
    family: 'week-relative',
    // "by Friday", "on Thursday", "before Monday", "by next Friday", "by end of day Friday",
    // "this coming Monday", "the following Monday", "update you Friday", "by Monday or Tuesday" (the later one)
    pattern: new RegExp(
      String.raw`\b(?:(?:by|on|before|until|no later than|come)\s+(?:(?:the\s+)?end of (?:the\s+)?(?:business\s+)?day\s+(?:on\s+)?|eod\s+|cob\s+|close of business\s+(?:on\s+)?)?(?:this\s+coming\s+|this\s+|next\s+|the\s+following\s+|the\s+)?|(?:this\s+coming|the\s+following)\s+|(?:update|contact|call|email|tell) you\s+|let you know\s+)(next\s+)?${WEEKDAY}(?:\s+or\s+${WEEKDAY})?\b(?!\s*,?\s*${MONTH})(?!\s*,?\s*\d)`,
    ),
    window: (m, ctx) => {
      const day = weekdayIndex(m[3] ?? m[2] ?? '');
      if (day < 1) return null;
      const nextWeek = /\bnext\b/.test(m[0]);
      const latest = nextWeek ? weekdayOfWeek(ctx.ref, day, 1) : nextWeekday(ctx.ref, day);
      return { earliest: tomorrow(ctx), latest };
    },
  },
];

const EXPLICIT_DATE = new RegExp(String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b`);

/** "by December 4", "on Dec 4th", "by 12/4": chrono-node reads the date; the window runs from tomorrow to it. */
// A date with a time of day is an appointment, not a decision window (and chrono is the slow part).
const MAX_CLAUSE = 400;
const TIME_OF_DAY = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\bnoon\b/;

function explicitDate(clause: string, ctx: Ctx): DateWindow | null {
  // chrono is slow on long runs of text; a clause longer than this is not prose a person wrote.
  if (clause.length > MAX_CLAUSE || !EXPLICIT_DATE.test(clause) || TIME_OF_DAY.test(clause)) return null;
  const [y, mo, d] = ctx.ref.split('-').map(Number);
  const instant = new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, 12));
  const results = monthFirst.parse(clause, { instant, timezone: 'UTC' }, { forwardDate: true });
  for (const result of results) {
    if (!result.start.isCertain('day') || !result.start.isCertain('month')) continue;
    const end = result.end ?? result.start;
    const latest = dayOf(end.get('year') ?? 1970, (end.get('month') ?? 1) - 1, end.get('day') ?? 1);
    if (latest <= ctx.ref) continue;
    const startDay = dayOf(result.start.get('year') ?? 1970, (result.start.get('month') ?? 1) - 1, result.start.get('day') ?? 1);
    const earliest = result.end && startDay > ctx.ref ? startDay : plusDays(ctx.ref, 1);
    return { earliest, latest };
  }
  return null;
}

// Deadlines that bind the candidate, not the employer: never a decision window.
const CANDIDATE_DEADLINE =
  /\b(?:please|kindly|could you|can you|would you)\b[^.;]*\b(?:reply|respond|confirm|send|share|complete|submit|sign|return|let (?:us|me) know|get back)\b|\b(?:reply|respond|rsvp|confirm|sign|submit|complete)\s+(?:to this\s+)?(?:email\s+)?(?:by|within|no later than)\b|\byour (?:availability|response|decision|answer|reply|signature)\b|\baccept(?:ance)?\b|\boffer (?:is valid|expires|deadline)\b|\bexpires?\b|\bdeadline for you\b|\bassessment\b|\bcoding (?:challenge|exercise)\b|\btake[- ]home\b|\bvideo interview\b|\bbefore (?:your|the) interview\b/;

// An instruction to the candidate at the start of a clause ("Sign and return the letter by Dec 4").
const IMPERATIVE = /^(?:please\s+)?(?:sign|return|reply|respond|rsvp|submit|send|complete|confirm|share|accept|upload|fill|book|pick|choose|select|let (?:us|me) know|get back to (?:us|me))\b/;

// "Please allow 5-7 business days for us to get back to you": the employer asks for time, the
// candidate is not asked to do anything.
const EMPLOYER_ASKS_FOR_TIME = /\b(?:please\s+)?(?:allow|give us|bear with us for)\s+(?:up to\s+|about\s+|around\s+)?(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple)/;

const isCandidateDeadline = (clause: string) => !EMPLOYER_ASKS_FOR_TIME.test(clause) && (CANDIDATE_DEADLINE.test(clause) || IMPERATIVE.test(clause));

// Words that say the clause is about the employer's decision or next update.
const DECISION_CUE =
  /\b(?:decision|decide|deciding|outcome|results?|hear (?:back )?from (?:us|me)|you(?:'ll| will| should) hear|get back to you|be in touch|update you|update|next steps?|feedback|let you know|reach out|circle back|come back to you|follow up with you|wrap(?:ping)? up|finali[sz]e|conclude|make (?:a|our) (?:final )?(?:call|choice|selection)|final selection|selection (?:decision|process)|respond to you|contact you|notify|inform you|know more|timeline|hiring manager will|panel will)\b/;

// A promise reported as past or superseded ("the original posting said October 16", "I said Friday"),
// or time already spent ("sorry it's taken a few days"): not the standing window.
// A clause about what has happened ("thanks for coming in on Tuesday"): its day is past, not a promise.
const LOOKS_BACK = /\b(?:thank(?:s| you) for|it was (?:great|lovely|nice|a pleasure)|came in|coming in|attended|attending|met with)\b/;

const NOT_STANDING = /\b(?:original(?:ly)?|previously|initially|indicated|(?:i|we) (?:had )?said|had (?:hoped|planned|expected)|(?:has|have|it's|it has) taken|took|sorry|ago)\b/;

const SOON = /\b(?:soon|shortly|asap|as soon as (?:we|i) can|as soon as possible|in due course|when we can)\b/;

// Every rule needs one of these words: clauses without any are skipped before the rules run.
const WINDOW_HINT = new RegExp(String.raw`\d|\b(?:days?|weeks?|month|year|tomorrow|eow|weekend|${MONTH}|${WEEKDAY})\b`);

function windowOfClause(clause: string, ctx: Ctx): (DateWindow & { family: WindowFamily }) | null {
  for (const rule of RULES) {
    const match = rule.pattern.exec(clause);
    if (match) {
      const window = rule.window(match, ctx);
      if (window) return { ...window, family: rule.family };
    }
  }
  const date = explicitDate(clause, ctx);
  return date ? { ...date, family: 'calendar' } : null;
}

/** Sentences and the clauses inside them, each with its original text for the quote. */
function clausesOf(text: string): { clause: string; sentence: string }[] {
  const out: { clause: string; sentence: string }[] = [];
  const sentences = text
    .split(/\n+/)
    .flatMap((line) => line.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z"“(])/))
    .map((s) => s.trim())
    .filter(Boolean);
  for (const sentence of sentences) {
    for (const clause of sentence.split(/;|,\s+(?:and|but|so)\s+|\s+but\s+|:\s+/)) {
      // "ten (10) business days": the digits in brackets repeat the number.
      const lowered = clause.toLowerCase();
      const lower = (lowered.includes('(') ? lowered.replace(/\s*\(\d{1,3}\)/g, '') : lowered).trim();
      if (lower) out.push({ clause: lower, sentence });
    }
  }
  return out;
}

const MAX_TEXT = 20_000;

/**
 * The window the employer promised in `text` (written on `reference`, YYYY-MM-DD), with the sentence
 * it came from. Candidate deadlines are skipped; among several windows, the one about the decision wins.
 */
export function findDecisionWindow(text: string, reference: string, options: WindowOptions = {}): (DecisionWindow & { aboutDecision: boolean }) | null {
  const found = readDecisionWindow(text, reference, options);
  return found ? { earliest: found.earliest, latest: found.latest, quote: found.quote, aboutDecision: found.aboutDecision } : null;
}

/** findDecisionWindow's window with the family of phrase that stated it ("within", "next-week", "date"…). */
export function readDecisionWindow(text: string, reference: string, options: WindowOptions = {}): (DecisionWindow & { aboutDecision: boolean; family: WindowFamily }) | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reference) || Number.isNaN(Date.parse(reference))) return null;
  const ctx: Ctx = { ref: reference, holidays: options.holidays ?? [] };
  let best: { window: DateWindow & { family: WindowFamily }; quote: string; score: number } | null = null;
  for (const { clause, sentence } of clausesOf(text.slice(0, MAX_TEXT))) {
    // The cheap hint first: most clauses name no time at all.
    if (!WINDOW_HINT.test(clause) || isCandidateDeadline(clause) || LOOKS_BACK.test(clause)) continue;
    const window = windowOfClause(clause, ctx);
    if (!window || window.earliest > window.latest) continue;
    const lowerSentence = sentence.toLowerCase();
    if (NOT_STANDING.test(lowerSentence)) continue;
    const score = (DECISION_CUE.test(clause) ? 2 : 0) + (DECISION_CUE.test(lowerSentence) ? 1 : 0);
    // Equal evidence: the later statement is the revision.
    if (!best || score >= best.score) best = { window, quote: sentence.slice(0, 300), score };
  }
  if (!best) return null;
  return { earliest: best.window.earliest, latest: best.window.latest, family: best.window.family, quote: best.quote, aboutDecision: best.score > 0 };
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
