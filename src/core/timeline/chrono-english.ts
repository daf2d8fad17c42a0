// chrono-node's English readers, month first (en.casual) and day first (en.GB), with the same parsers
// and refiners. Two of its parsers, "3 days later" and "3 days ago", repeat a time-unit pattern up to
// eleven times; V8 compiles that regex to native code on its second use, which alone cost a fresh
// worker over 100 ms. They run here only on text they could match: same results, no compile otherwise.
import * as chrono from 'chrono-node';
import { builtNow } from '../caseless';

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

const NEVER = /(?!)/;

/** The parser, its pattern built as native code on its first use (see ../caseless.ts) and, if costly, run only on text it could match. */
function guarded(parser: chrono.Parser, context: chrono.ParsingContext): chrono.Parser {
  const source = parser.pattern(context).source;
  const guard = GUARDS.find((g) => source.endsWith(g.patternEnd));
  let built = false;
  const pattern = (ctx: chrono.ParsingContext) => {
    if (guard && !guard.mayMatch.test(ctx.text)) return NEVER;
    if (built) return parser.pattern(ctx);
    built = true;
    return builtNow(parser.pattern(ctx));
  };
  return { pattern, extract: (ctx, match) => parser.extract(ctx, match) };
}

function withGuards(reader: chrono.Chrono): chrono.Chrono {
  const context = new chrono.ParsingContext('', new Date(0));
  return new chrono.Chrono({ parsers: reader.parsers.map((parser) => guarded(parser, context)), refiners: reader.refiners });
}

export const monthFirst = withGuards(chrono.en.casual);
export const dayFirst = withGuards(chrono.en.GB);
