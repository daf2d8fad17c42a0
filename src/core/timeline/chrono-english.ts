// chrono-node's English readers: month first (en.casual) for decision windows, and for interview
// times a month-first and a day-first one with a few more readers of days. Two of its parsers, "3 days later" and "3 days ago", repeat a time-unit pattern up to
// eleven times; V8 compiles that regex to native code on its second use, which alone cost a fresh
// worker over 100 ms. They run here only on text they could match: same results, no compile otherwise.
import * as chrono from 'chrono-node';
import { builtNow, builtOnFirstUse, lowerAscii, withoutIgnoreCase } from '../caseless';
import { oneByte } from '../one-byte';

// What ends a chrono number ("2", "two", "a", "a couple of", "half an"), a unit ("d", "hrs", "weeks"),
// and the word after: the last unit of any "N units later" or "N units ago" chrono can read.
const NUMBER_END = String.raw`(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)`;
const UNIT = String.raw`(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)`;
const LATER_WORDS = '(?:later|after|from now|henceforth|forward|out)';
const AGO_WORDS = '(?:ago|before|earlier)';
const UNITS_LATER = new RegExp(String.raw`${NUMBER_END}\s{0,5}${UNIT}\s{0,5}${LATER_WORDS}(?=\W|$)`, 'i');
const UNITS_AGO = new RegExp(String.raw`${NUMBER_END}\s{0,5}${UNIT}\s{0,5}${AGO_WORDS}(?=\W|$)`, 'i');

/** A cheap test each costly parser's match implies, keyed by the ending of that parser's own pattern. */
const GUARDS: { patternEnd: string; mayMatch: RegExp }[] = [
  { patternEnd: `\\s{0,5}${LATER_WORDS}(?=(?:\\W|$))`, mayMatch: UNITS_LATER },
  { patternEnd: `\\s{0,5}${AGO_WORDS}(?=\\W|$)`, mayMatch: UNITS_AGO },
];

// Every reader's first text meets the guards, and most texts meet them again.
const buildGuards = builtOnFirstUse(() => GUARDS.map((g) => g.mayMatch));

const NEVER = /(?!)/;

// Every parser reads the same text in turn: it is lowered once.
let lastText = '';
let lastLowered = '';
function lowered(text: string): string {
  if (text !== lastText) [lastText, lastLowered] = [text, lowerAscii(text)];
  return lastLowered;
}

/** A chrono pattern run on lowered text without the i flag (see ../caseless.ts); its match holds the text's own characters. */
class LoweredPattern extends RegExp {
  override exec(text: string): RegExpExecArray | null {
    const match = super.exec(lowered(text));
    if (!match?.indices) return match;
    const own = (at: [number, number] | undefined) => (at ? text.slice(at[0], at[1]) : undefined);
    // A group that took no part stays undefined, as chrono expects.
    match.indices.forEach((at, group) => (match[group] = own(at) as string));
    const named = match.indices.groups;
    if (match.groups && named) for (const name of Object.keys(match.groups)) match.groups[name] = own(named[name]) as string;
    match.input = text;
    return match;
  }
}

/** chrono's `pattern`, as cheap to build as it can be, and built at once as native code. */
function cheaplyBuilt(pattern: RegExp): RegExp {
  const twin = oneByte(pattern);
  const caseless = withoutIgnoreCase(twin);
  return builtNow(caseless === twin ? twin : new LoweredPattern(caseless.source, `${caseless.flags}d`));
}

// The readers below share most of chrono's parsers, each with patterns of its own that are equal: one built
// pattern serves them all, so a fresh worker whose first thread asks two readers builds each only once.
const built = new Map<string, RegExp>();

/** The parser, its patterns cheaply built on first use and, for the costliest, run only on text they could match. */
function guarded(parser: chrono.Parser, context: chrono.ParsingContext): chrono.Parser {
  const source = parser.pattern(context).source;
  const guard = GUARDS.find((g) => source.endsWith(g.patternEnd));
  // A parser's pattern may depend on the options (forwardDate): one built pattern for each it gives.
  // Most parsers give back the same pattern object each time: found by it, no long source is hashed.
  const builtFor = new WeakMap<RegExp, RegExp>();
  const pattern = (ctx: chrono.ParsingContext) => {
    buildGuards();
    if (guard && !guard.mayMatch.test(ctx.text)) return NEVER;
    const own = parser.pattern(ctx);
    const known = builtFor.get(own);
    if (known) return known;
    const key = `${own.flags}/${own.source}`;
    let cheap = built.get(key);
    if (!cheap) {
      cheap = cheaplyBuilt(own);
      built.set(key, cheap);
    }
    builtFor.set(own, cheap);
    return cheap;
  };
  return { pattern, extract: (ctx, match) => parser.extract(ctx, match) };
}

interface NamesDashes {
  followingPhase?: () => string;
  patternBetween?: () => RegExp;
}

/**
 * A time parser or a range refiner whose own pattern names the en dash, as one naming its twin, as the
 * engine reads mail (../one-byte.ts); chrono's own reader is left as it is.
 */
function readingTwins<Part extends chrono.Parser | chrono.Refiner>(part: Part): Part {
  const { followingPhase, patternBetween } = part as NamesDashes;
  const twins: NamesDashes = {};
  // chrono's own give the same phrase each time (ENMergeDateTimeRefiner makes it anew): each twin is made once.
  if (followingPhase) {
    const twin = oneByte(followingPhase.call(part));
    twins.followingPhase = () => twin;
  }
  if (patternBetween) {
    const twin = oneByte(patternBetween.call(part));
    twins.patternBetween = () => twin;
  }
  return Object.keys(twins).length === 0 ? part : (Object.assign(Object.create(part) as Part, twins));
}

// chrono reads a year followed by "be" as the Buddhist era ("2026 BE" is 1483); in mail the small word is the verb.
const YEAR_THEN_BE = /(\d{4})\s{1,2}be$/;

/** "Would Tuesday, May 19, 2026 be possible?": the year as written, and the date without the verb. */
const VERB_NOT_ERA: chrono.Refiner = {
  refine: (_context, results) => {
    for (const result of results) {
      const year = YEAR_THEN_BE.exec(result.text);
      if (!year) continue;
      result.start.assign('year', Number(year[1]));
      result.text = result.text.slice(0, result.text.length - year[0].length + (year[1] ?? '').length);
    }
    return results;
  },
};

function withGuards(reader: chrono.Chrono): chrono.Chrono {
  const context = new chrono.ParsingContext('', new Date(0));
  return new chrono.Chrono({ parsers: reader.parsers.map((parser) => guarded(readingTwins(parser), context)), refiners: [...reader.refiners.map(readingTwins), VERB_NOT_ERA] });
}

export const monthFirst = withGuards(chrono.en.casual);

const WEEKDAY_NAME = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?`;
const WEEKDAY_INDEX = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const dayNumber = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());

/**
 * The date nearest the reference with day `day` (of `month`, when given; on `weekday`, when given):
 * on or after it, or on or before it when the sentence reads the past.
 */
function nearestDay(context: chrono.ParsingContext, day: number, month: number | null, weekday: number | null): chrono.ParsingComponents | null {
  const ref = context.reference.getDateWithAdjustedTimezone();
  const step = context.option.forwardDate === false ? -1 : 1;
  for (let months = 0; months < 13; months++) {
    const candidate = new Date(Date.UTC(ref.getFullYear(), ref.getMonth() + step * months, day));
    if (candidate.getUTCDate() !== day || (month !== null && candidate.getUTCMonth() + 1 !== month)) continue;
    if (step * (candidate.getTime() - dayNumber(ref)) < 0 || (weekday !== null && candidate.getUTCDay() !== weekday)) continue;
    const components = context.createParsingComponents({ day, month: candidate.getUTCMonth() + 1, year: candidate.getUTCFullYear() });
    if (weekday !== null) components.assign('weekday', weekday);
    return components;
  }
  return null;
}

// Days mail names without a month or a year: "Thursday the 27th", "on the 12th", and the day-first
// "11.12." of German writers. chrono reads none of them. What may follow the ordinal keeps out "the
// 14th floor" and "the 2nd round".
const ORDINAL_DAY_PATTERN = new RegExp(
  oneByte(String.raw`(?<![\w.])(?:(${WEEKDAY_NAME}),?\s{1,3}(?:the\s{1,3})?|the\s{1,3})([0-3]?\d)(?:st|nd|rd|th)\b(?=\s{0,3}(?:[,.;:!?)–—-]|$|(?:at|from|works?|is|it|would|instead|and|or|in)\b))`),
  'i',
);
const DOTTED_DAY_PATTERN = /(?<![\w.:]|\bat\s)([0-3]?\d)\.([01]?\d)\.(?![\d:])/i;
const ORDINAL_DAY: chrono.Parser = {
  pattern: () => ORDINAL_DAY_PATTERN,
  extract: (context, match) => {
    const weekday = match[1] ? WEEKDAY_INDEX.indexOf(match[1].slice(0, 3).toLowerCase()) : -1;
    return nearestDay(context, Number(match[2]), null, weekday >= 0 ? weekday : null);
  },
};
const DOTTED_DAY: chrono.Parser = {
  pattern: () => DOTTED_DAY_PATTERN,
  extract: (context, match) => {
    const [day, month] = [Number(match[1]), Number(match[2])];
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? nearestDay(context, day, month, null) : null;
  },
};

/** chrono's casual English for interview times, numeric dates day first or not, with the days above. */
export function interviewConfiguration(littleEndian: boolean): { parsers: chrono.Parser[]; refiners: chrono.Refiner[] } {
  const configuration = chrono.en.configuration.createCasualConfiguration(littleEndian);
  // The day-first reader skips "May 20" as if it were May 2020; in mail it is a date.
  for (const parser of configuration.parsers) if ('shouldSkipYearLikeDate' in parser) parser.shouldSkipYearLikeDate = false;
  return { parsers: [ORDINAL_DAY, DOTTED_DAY, ...configuration.parsers], refiners: configuration.refiners };
}

/** Readers of an interview's date and time, month first (the Americas) and day first. */
export const interviewMonthFirst = withGuards(new chrono.Chrono(interviewConfiguration(false)));
export const interviewDayFirst = withGuards(new chrono.Chrono(interviewConfiguration(true)));
