// The interview's moment. chrono-node reads dates and times in prose, with zone abbreviations
// (ET, PT, CET, IST…) and offsets; a time without a zone is read in the user's zone with @date-fns/tz.
import * as chrono from 'chrono-node';
import { TZDate } from '@date-fns/tz';

const TIME_CUE = /\b(?:interviews?|calls?|chats?|meetings?|screens?|onsite|on-site|sessions?|conversations?|confirm(?:ed)?|scheduled|booked|see you|speak|talk|meet|join|invite|reminder|rescheduled|works? (?:for me|great|well|perfectly)|i(?:'ll| will) be there|all set|set for|booked|come (?:by|in))\b/i;
const OPTIONS_CUE = /\b(?:options?|following times|any of these|one of these|which (?:of these|works)|slots?|or\b|alternatively)\b/i;

/** Read as Eastern/Pacific/… with the right DST offset for the date (chrono knows the rules). */
const ZONE_ABBREVIATIONS: Record<string, string> = {
  ET: 'America/New_York',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  CT: 'America/Chicago',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  MT: 'America/Denver',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  GMT: 'Europe/London',
  BST: 'Europe/London',
  UK: 'Europe/London',
  CET: 'Europe/Berlin',
  CEST: 'Europe/Berlin',
  IST: 'Asia/Kolkata',
  SGT: 'Asia/Singapore',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  JST: 'Asia/Tokyo',
};

const OFFSET_IN_TEXT = /\b(?:GMT|UTC)\s*([+-]\d{1,2})(?::?(\d{2}))?|(?<=\d\s?(?:am|pm|AM|PM)?\s)([+-]\d{2}):?(\d{2})\b/;
const ZONE_IN_TEXT = new RegExp(String.raw`\b(${Object.keys(ZONE_ABBREVIATIONS).join('|')}|UTC)\b`);

function toIso(date: TZDate): string {
  return new Date(date.getTime()).toISOString();
}

/** The instant a sentence states, with time of day; null when it states none or several. */
function instantIn(sentence: string, sentAt: Date, timeZone: string): string | null {
  const results = chrono.en.parse(sentence, { instant: sentAt, timezone: undefined }, { forwardDate: true }).filter((r) => r.start.isCertain('hour'));
  if (results.length !== 1) return null;
  const start = results[0]?.start;
  if (!start) return null;
  const [year, month, day, hour, minute] = [start.get('year'), start.get('month'), start.get('day'), start.get('hour'), start.get('minute')];
  if (year === null || month === null || day === null || hour === null) return null;
  const offset = OFFSET_IN_TEXT.exec(sentence);
  if (offset?.[1]) {
    const hours = Number(offset[1]);
    const minutes = Number(offset[2] ?? 0) * (hours < 0 || offset[1].startsWith('-') ? -1 : 1);
    return new Date(Date.UTC(year, month - 1, day, hour, minute ?? 0) - (hours * 60 + minutes) * 60_000).toISOString();
  }
  const abbreviation = ZONE_IN_TEXT.exec(sentence)?.[1];
  const zone = abbreviation ? (abbreviation === 'UTC' ? 'UTC' : (ZONE_ABBREVIATIONS[abbreviation] ?? timeZone)) : timeZone;
  return toIso(new TZDate(year, month - 1, day, hour, minute ?? 0, zone));
}

const SENTENCES = /(?:[^.!?\n]|(?<=\b(?:Dr|Mr|Ms|Mrs|St|Jr|Sr|Prof|vs|No))\.)+(?:[.!?]+|\n|$)/g;

/**
 * The interview's instant as a message states it: one date with a time, in a sentence about the
 * interview, and not one of several options offered.
 */
export function interviewInstant(text: string, sentAt: string, timeZone: string, confirmed = false): string | null {
  const sent = new Date(sentAt);
  if (Number.isNaN(sent.getTime())) return null;
  const candidates: string[] = [];
  for (const [sentence] of text.slice(0, 20_000).matchAll(SENTENCES)) {
    // chrono is slow on long runs of text; a sentence longer than this is not prose a person wrote.
    if (sentence.length > 400 || (!confirmed && !TIME_CUE.test(sentence)) || !/\d|noon|tomorrow/i.test(sentence)) continue;
    const instant = instantIn(sentence, sent, timeZone);
    if (instant && !candidates.includes(instant)) candidates.push(instant);
  }
  if (candidates.length === 0) return null;
  if (candidates.length > 1 && OPTIONS_CUE.test(text)) return null;
  return candidates[0] ?? null;
}
