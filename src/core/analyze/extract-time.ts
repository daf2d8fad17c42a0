// The interview's moment. chrono-node reads dates and times in prose; a date on one line and its time
// on the next ("Date: Tuesday, 3 November" / "Time: 14:00") are joined here. The stated zone
// (time-zones.ts) or else the user's zone turns the wall-clock time into an instant, with @date-fns/tz
// applying each zone's daylight-saving rules for that date.
import type * as chrono from 'chrono-node';
import { TZDate } from '@date-fns/tz';
import { interviewDayFirst, interviewMonthFirst } from '../timeline/chrono-english';
import { capPieces, MAX_SENTENCE_CHARS } from '../bounded-text';
import { quotedMessages } from './quoted-messages';
import { statedZone } from './time-zones';
import type { InterviewAtKind, Ranked } from './field-evidence';
import { builtOnFirstUse } from '../caseless';
import { oneByte } from '../one-byte';

interface WallDate {
  year: number;
  month: number;
  day: number;
}

interface Stated {
  instant: string;
  /** The sentence (or joined label lines) that states it. */
  text: string;
  /** Its sentence up to it, from the time before it: "the formal interview with the committee is at". */
  lead: string;
  /** Where it starts and ends in `text`. */
  start: number;
  end: number;
  /** The words about what happens at it: its lead in prose, what follows it on an agenda line. */
  about: string;
  /** The short lines just above its date: "UPDATED DETAILS", "This event has been canceled". */
  heading: string;
  /** Its own sentence names the day, not only a date line above it. */
  ownDate: boolean;
  /** The text up to it speaks of options or slots, or it is the second of "A or B". */
  offered: boolean;
  /** It opens its line under a date above: a slot of a day's plan ("09:00 Check-in, front desk"). */
  slot: boolean;
}

// A sentence may hold a date only when it names a day: a month, a weekday, a numeric date or a relative day.
const DAY_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s?\d|\d(?:st|nd|rd|th)?\s(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|\bthe \d{1,2}(?:st|nd|rd|th)\b|\b(?:today|tomorrow|tonight|yesterday|this (?:morning|afternoon|evening))\b/i;
// chrono reads "this afternoon" as today without calling the day certain.
const TODAY_PART = /\b(?:this (?:morning|afternoon|evening)|tonight)\b/i;
// "tomorrow at 10", "Thursday at 2": a bare hour right after its day is a time of day (hourOf reads 1–6 as p.m.), but not
// "Friday at 10 Fenchurch St" nor "at 10%".
const CLOCK = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.h]\d{2}\b|\bnoon\b|\bmidday\b|\b(?:today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s(?:at|@)\s?\d{1,2}(?![\d%]|[:.]\d|\s?(?!(?:in|at|on|with|for|to|and|or|so|if|then|your|my|our|please|sharp)\b)[a-z]{2})/i;

const SENTENCES = /(?:[^.!?\n]|(?<=\b(?:Dr|Mr|Ms|Mrs|St|Jr|Sr|Prof|vs|No|ref|incl|approx|ext|tel|a\.m|p\.m|[ap]))\.|\.(?=\d|m\b|m\.))+(?:[.!?]+|\n|$)/gi;

// A sentence about a meeting that has happened: its bare weekday is the last one, not the next.
const LOOKS_BACK = /\b(?:thank(?:s| you) for|attend(?:ed|ing)|was|were|met|had|enjoyed|last|ago|earlier)\b/i;

// What a sentence does with the times it states.
const CANCELLED = /\b(?:cancel(?:l?ed|ling|s)?|call(?:ed|ing)? off|no longer (?:take place|go ahead|happen)|won't be able to (?:go ahead|proceed))\b/i;
const RESCHEDULED = /\b(?:new (?:date|time|slot)|re-?schedul\w*|moved? (?:it |the interview )?to|pushed (?:it |back )?to|changed? (?:it )?to|instead|now (?:it is|at|on|be)|updated (?:date|time|details))\b/i;
// A time named only to be replaced: "PREVIOUS DETAILS", "at 3pm instead of", "moved from".
const SUPERSEDED_HEADING = /\b(?:previous(?:ly)?|original(?:ly)?|old|former(?:ly)?)\b/i;
const SUPERSEDED_LEAD = /\b(?:instead of|rather than|(?:moved?|changed?|pushed|shifted|rescheduled) (?:it |the interview )?from|originally|previously|(?:previous|original|old|former)(?: (?:date|time|details|slot))?\s?:)\W{0,3}(?:the |on |at ){0,2}$/i;
// "The role hasn't been cancelled, it's just paused" cancels nothing.
const NOT_CANCELLED = oneByte(/(?:\bnot|n['’]t|\bnever)\s(?:\w{1,12}\s){0,2}(?:cancel|call)/i);
// "If you need to cancel, let us know" cancels nothing.
const HYPOTHETICAL = /\b(?:if|should you|in case|need to|want to|unless|whether)\b|\?/i;
// Times that are not the interview: the candidate's deadlines, an offer's, a start date, arrival, when a building closes or opens.
const NOT_THE_INTERVIEW = oneByte(/\b(?:reply|respond|answer|your decision|let (?:us|me) know|get back to (?:us|me)|hear (?:back )?from you|submit|send|return|sign|complete|accept|deadline|expires?|remains? open|open until|valid until|start date|starting on|first day|arrive|arrival|check[- ]in|sign in|reporting time|report(?:ing)? by|park (?:in|at|on|behind)|report (?:to|at)|out of (?:the )?office|back in the office|webinar|working hours|office hours|(?:closes|closed|closing|opens|re-?opens)(?:\s(?:early|late|today|tomorrow|promptly))?\s(?:at|from|until|till)|mon(?:day)?\s?(?:to|through|thru|-|–)\s?(?:fri|sat|sun)[a-z]{0,3})\b/i);
// A time something must happen by is a deadline or an arrival: "report at Gate 2 by 2:40 PM", "reply by Friday at noon";
// "come by" is a visit.
const BY_TIME = /(?:(?<!\b(?:come|stop|drop|swing|pop)\s)\bby|\bbefore|\bno later than)\W{0,2}$/i;
// A meeting that is not an interview, named in its heading or its sentence: an offer call, onboarding.
const OTHER_MEETING = /\b(?:offer (?:call|conversation|discussion|meeting|chat|walk-?through|walk through|review|debrief)|walk(?:-| )?through (?:the|your) offer|onboarding|orientation)\b/i;
// A message that makes the offer: a time it names is the offer's (a call about it, an answer, a start), unless it names the interview.
const OFFER_MADE = /\b(?:(?:pleased|delighted|happy|thrilled|excited|glad) to (?:extend (?:to you |you )?|make you |formally )?(?:offer you|an offer|a (?:formal |conditional |written )?offer)|offer you the (?:position|role|job|post)|(?:would|'d) (?:like|love) to (?:extend|make) you (?:an|a formal|a conditional|a written) offer)\b/i;
// In an agenda or a day's plan, the time the text ties to the interview itself, or the time its labels give.
const NAMES_INTERVIEW = /\binterview\b/i;
const LABELLED = /^\s*(?:date|time|when)\s*:/i;
// The candidate's words that take a time as theirs.
const ACCEPTS = /\b(?:works?(?: well| great| perfectly| fine)?(?: for me)?|suits me|perfect|confirm(?:ed|ing)?|see you|i(?:'ll| will) be there|looking forward to (?:it|meeting|speaking|talking)|booked|that works|sounds good|great,? (?:thank|see)|now (?:it is|on|at)|moved)\b/i;
// "Wednesday 10 Dec at 11:00 or Thursday 11 Dec at 15:00": what lies between two times offers a choice.
const ALTERNATIVE = /^\W{0,3}(?:or|alternatively|otherwise)\b/i;
const ATTRIBUTION = /^[\W_]{0,5}on\s[^\n]{6,200}\swrote:?\s*$/i;
const OPTIONS_LIST = /\b(?:options?|slots?|following times|any of (?:these|the following)|one of (?:these|the following)|which (?:of these|works|suits))\b/i;

function wallDateOf(result: chrono.ParsedResult): WallDate | null {
  const s = pointOf(result);
  if (!s.isCertain('day') && !s.isCertain('weekday') && !TODAY_PART.test(result.text)) return null;
  const [year, month, day] = [s.get('year'), s.get('month'), s.get('day')];
  if (year === null || month === null || day === null) return null;
  // "Tuesday 30 June" with no year: the year in which 30 June is a Tuesday, when chrono's guess is not.
  const weekday = s.isCertain('weekday') && !s.isCertain('year') ? s.get('weekday') : null;
  const fits = (y: number) => weekday === null || new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday;
  const fitting = [year, year - 1, year + 1].find(fits) ?? year;
  return { year: fitting, month, day };
}

function instantOf(date: WallDate, hour: number, minute: number, zoneText: string, userZone: string): string {
  const zone = statedZone(zoneText);
  if (zone && 'offsetMinutes' in zone) return new Date(Date.UTC(date.year, date.month - 1, date.day, hour, minute) - zone.offsetMinutes * 60_000).toISOString();
  return zonedInstant(date, hour, minute, zone?.zone ?? userZone);
}

// A TZDate asks Intl for the zone's offset several times; a thread names the same few wall times over and over. Kept, bounded.
const ZONED_INSTANTS_KEPT = 4_096;
const zonedInstants = new Map<string, string>();

function zonedInstant(date: WallDate, hour: number, minute: number, timeZone: string): string {
  const key = `${timeZone} ${date.year} ${date.month} ${date.day} ${hour} ${minute}`;
  let instant = zonedInstants.get(key);
  if (instant === undefined) {
    instant = new Date(new TZDate(date.year, date.month - 1, date.day, hour, minute, timeZone).getTime()).toISOString();
    if (zonedInstants.size >= ZONED_INSTANTS_KEPT) zonedInstants.clear();
    zonedInstants.set(key, instant);
  }
  return instant;
}

/** The sender's UTC offset in minutes, so "tomorrow" is the sender's tomorrow. */
function offsetOf(sentAt: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(sentAt);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

// "2.30pm", "10.15 am": chrono reads "4 May, 2.30pm" as May 2; a colon (the same length) keeps every index.
const DOTTED_CLOCK = /\b(\d{1,2})\.(\d{2})(?=\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))/gi;

/** The lines of a message cut into sentences, a line's sentences in order. */
function sentencesOf(text: string): string[][] {
  return text
    .slice(0, 20_000)
    .split('\n')
    .map((line) => capPieces(line.trim(), MAX_SENTENCE_CHARS).flatMap((piece) => [...piece.matchAll(SENTENCES)].map((m) => m[0].trim().replace(DOTTED_CLOCK, '$1:$2')).filter(Boolean)));
}

/** Numeric dates read month first in the Americas ("12/4" is December 4) and day first elsewhere. */
const parserFor = (userZone: string) => (userZone.startsWith('America/') ? interviewMonthFirst : interviewDayFirst);

/** How many lines after a date-only line ("Date: Tuesday, 3 November") its times may follow. */
const DATE_REACH_LINES = 4;

/** The hour as meant: office hours have no interviews at 2 a.m., so a bare "2:00" is 2 p.m. */
function hourOf(result: chrono.ParsedResult): number | null {
  const point = pointOf(result);
  if (!point.isCertain('hour') || !CLOCK.test(result.text)) return null;
  const hour = point.get('hour');
  if (hour === null) return null;
  return hour >= 1 && hour <= 6 && !point.isCertain('meridiem') ? hour + 12 : hour;
}

/**
 * The moment a result names: its start, but for "from Friday to Monday 12 October at 11 am", a move from a
 * day to a day and time, where only the end has a time of day.
 */
function pointOf(result: chrono.ParsedResult): chrono.ParsedComponents {
  const end = result.end;
  return end && !result.start.isCertain('hour') && end.isCertain('hour') && end.isCertain('day') ? end : result.start;
}

/** A line short enough to be a heading or a label ("UPDATED DETAILS", "Offer conversation – Senior Designer"). */
const HEADING_CHARS = 100;

/**
 * Every instant the text states with a date and a time of day. A date with no time lends itself to the
 * times that follow it in its sentence or the next few lines ("Date: …" then "Time: …", or a day's agenda).
 */
function statedInstants(text: string, sentAt: string, userZone: string): Stated[] {
  const ref = { instant: new Date(sentAt), timezone: offsetOf(sentAt) };
  const out: Stated[] = [];
  if (!CLOCK.test(text)) return out;
  const lines = sentencesOf(text).filter((line) => line.length > 0);
  // chrono is the costly part: a sentence goes to it only when it, or a line soon after, has a time of day.
  const clockLines = lines.map((line) => line.some((sentence) => CLOCK.test(sentence)));
  let context: { date: WallDate; text: string; heading: string; linesLeft: number } | null = null;
  // The short lines read since the last date or time.
  let headings: string[] = [];
  // Options are announced before they are listed: "flight options" after the times offers no slot.
  let offering = false;
  for (const [index, line] of lines.entries()) {
    if (context && context.linesLeft-- < 0) context = null;
    // "--- on mon, jul 20, 2026 at 1:32 pm hr@… wrote:": when a quote's attribution stays in the text, its time is the quote's.
    if (line.length > 0 && ATTRIBUTION.test(line.join(' '))) continue;
    const clockAhead = clockLines.slice(index, index + DATE_REACH_LINES + 1).includes(true);
    const heading = headings.join(' \n ');
    let dated = false;
    for (const sentence of line) {
      offering ||= OPTIONS_LIST.test(sentence);
      if (!CLOCK.test(sentence) && !(clockAhead && DAY_WORD.test(sentence))) continue;
      const results = parserFor(userZone).parse(sentence, ref, { forwardDate: !LOOKS_BACK.test(sentence) });
      for (const [i, result] of results.entries()) {
        const end = result.index + result.text.length;
        const before = sentence.slice(i > 0 ? (results[i - 1] as chrono.ParsedResult).index + (results[i - 1] as chrono.ParsedResult).text.length : 0, result.index);
        // A move's destination leads with what it is moved to, not with the day it was moved from.
        const lead = pointOf(result) === result.start ? before : `${before} to `;
        // Prose says what happens at a time before it ("the interview is at 10:30"), an agenda line after it ("10:00 Interview with…").
        const about = /\w{3}/.test(lead) ? lead : sentence.slice(end, results[i + 1]?.index ?? sentence.length);
        // "in 30 mins", "two hours from now": a duration, not a time someone set.
        const date = DAY_WORD.test(result.text) ? wallDateOf(result) : null;
        const hour = hourOf(result);
        const minute = pointOf(result).get('minute') ?? 0;
        const zoneText = sentence.slice(result.index, result.index + result.text.length + 48);
        if (date || (hour !== null && context)) dated = true;
        if (date && hour !== null) out.push({ instant: instantOf(date, hour, minute, zoneText, userZone), text: sentence, lead, start: result.index, end, about, heading, ownDate: true, offered: offering || ALTERNATIVE.test(lead), slot: false });
        // "please tell us your size by Friday": a deadline's day lends itself to no time after it.
        else if (date && !BY_TIME.test(lead)) context = { date, text: sentence, heading, linesLeft: DATE_REACH_LINES };
        else if (hour !== null && context) {
          const shift = context.text.length + 1;
          const slot = result.index === 0 && sentence === line[0];
          out.push({ instant: instantOf(context.date, hour, minute, `${zoneText} ${context.text}`, userZone), text: `${context.text} ${sentence}`, start: result.index + shift, end: end + shift, lead, about, heading: context.heading, ownDate: false, offered: offering || ALTERNATIVE.test(lead), slot });
        }
      }
    }
    const joined = line.join(' ');
    headings = dated ? [] : [...headings, joined].filter((h) => h.length <= HEADING_CHARS).slice(-2);
  }
  return out;
}

export interface TimeMessage {
  text: string;
  sentAt: string;
  fromOwner: boolean;
  /** Mail forwarded inside this message: read as the messages it holds, each from its own date. */
  forwarded?: string;
  /** The history quoted below this message: read for the messages the thread itself begins after. */
  quoted?: string;
}

type Reading =
  | { kind: 'confirmed'; instant: string; how: Exclude<InterviewAtKind, 'proposed'>; named: string[] }
  | { kind: 'cancelled' }
  | { kind: 'none'; proposed?: string[] };

const cancels = (text: string) => CANCELLED.test(text) && !NOT_CANCELLED.test(text);
/** What CANCELLED's every match holds, without its word boundaries: text without it has no sentence to cut up. */
const MAY_CANCEL = /cancel|call(?:ed|ing)? off|no longer (?:take place|go ahead|happen)|won't be able to (?:go ahead|proceed)/i;

/** The message calls the interview off without naming a new time. */
function cancelsInterview(text: string): boolean {
  return MAY_CANCEL.test(text) && sentencesOf(text).some((line) => line.some((sentence) => cancels(sentence) && !RESCHEDULED.test(sentence) && !HYPOTHETICAL.test(sentence)));
}

/**
 * A sentence that names a deadline, an arrival or a start is not about the interview's time, but for a time stated
 * before the words that lead to a later time: "Time: 09:30 (please arrive by 09:15)" leaves 09:30 the interview's.
 */
function notTheInterview(s: Stated, stated: Stated[]): boolean {
  const word = NOT_THE_INTERVIEW.exec(s.text);
  if (!word) return false;
  // "Reporting time: 10:00 AM; interview commences 10:30 AM": the time its own words give the interview is the interview's.
  if (NAMES_INTERVIEW.test(s.lead) && !NOT_THE_INTERVIEW.test(s.lead)) return false;
  // "Time: 10:00 (please arrive 15 minutes before)": an aside after the time is about getting there, not the time.
  if (word.index >= s.end && s.text.slice(s.end, word.index).includes('(')) return false;
  return word.index < s.end || !stated.some((other) => other.text === s.text && other.start > word.index);
}

/** What a statement does: replaces the interview's time, states a time it replaced, calls it off, or states it. */
function roleOf(s: Stated): 'superseded' | 'cancelled' | 'rescheduled' | 'stated' {
  if (SUPERSEDED_HEADING.test(s.heading) || SUPERSEDED_LEAD.test(s.lead.slice(-40))) return 'superseded';
  if ((cancels(s.text) && !RESCHEDULED.test(s.text)) || (cancels(s.heading) && !RESCHEDULED.test(s.heading))) return 'cancelled';
  // A new time with its own day, or under a heading that says so: "Seminar moved to 10:30" moves one item of the day, not the day.
  const moved = RESCHEDULED.test(s.heading) || (RESCHEDULED.test(s.text) && s.ownDate);
  return moved && !/\?/.test(s.text) ? 'rescheduled' : 'stated';
}

/** Two slots or more under a date make a day's plan. */
const planOf = (stated: Stated[]) => {
  const slots = stated.filter((s) => s.slot);
  return slots.length >= 2 ? slots : [];
};

/** A plan's slot for getting in, not for meeting anyone: "8:45 Arrival and security check-in", "9:45 am - Park in the back lot". */
const GETTING_IN = /\b(?:arriv\w*|check[- ]?in|sign[- ]?in|registration|security|badge|visitor pass|escort\w*|pick[- ]?up|park(?:ing)?|shuttle)\b/i;
// A first slot that greets the candidate as they arrive ("10:00 arrive, tea, quick hello from me") is already a meeting with the employer's people.
const WELCOME = /\b(?:welcome|hello|meet[- ](?:and|&)[- ]greet|introductions?|intros?|greet(?:ing|s)?)\b/i;

/** The interview day starts with a plan's first slot that is more than getting in: a welcome, a tour, a conversation. */
const planStart = (stated: Stated[]) => {
  const plan = planOf(stated);
  return plan.find((s) => !GETTING_IN.test(s.about) || WELCOME.test(s.about)) ?? plan[0];
};

/**
 * Of a message's times, the interview's: the one its labels give ("Time: 8:00 AM – 1:00 PM" above the plan), a day
 * plan's start, the one it ties to the interview, else its first.
 */
const mainOf = (stated: Stated[]) =>
  (stated.some((s) => LABELLED.test(s.text) && !s.slot) ? undefined : planStart(stated)) ?? stated.find((s) => LABELLED.test(s.text) || NAMES_INTERVIEW.test(s.about)) ?? stated[0];

const buildPatterns = builtOnFirstUse(() => [GETTING_IN, WELCOME, DAY_WORD, TODAY_PART, CLOCK, SENTENCES, LOOKS_BACK, CANCELLED, RESCHEDULED, SUPERSEDED_HEADING, SUPERSEDED_LEAD, NOT_CANCELLED, HYPOTHETICAL, NOT_THE_INTERVIEW, BY_TIME, OFFER_MADE, DOTTED_CLOCK, OTHER_MEETING, NAMES_INTERVIEW, LABELLED, ACCEPTS, ALTERNATIVE, OPTIONS_LIST, ATTRIBUTION]);

/** A message's own date and time written into its text ("Sent Tuesday, November 24, 2026 11:30 AM"): the moment it was sent, never the interview (docs/analysis.md). */
const isSendStamp = (s: Stated, sentAt: string) => Math.abs(Date.parse(s.instant) - Date.parse(sentAt)) < 60_000;

/** What one message says about the interview's time. */
function readMessage(message: TimeMessage, userZone: string): Reading {
  buildPatterns();
  if (Number.isNaN(Date.parse(message.sentAt))) return { kind: 'none' };
  const offering = OFFER_MADE.test(message.text);
  const all = statedInstants(message.text, message.sentAt, userZone);
  const plan = new Set(planOf(all));
  const stated = all.filter(
    (s, _, every) => !(notTheInterview(s, every) && !(plan.has(s) && WELCOME.test(s.about))) && !BY_TIME.test(s.lead) && !OTHER_MEETING.test(`${s.heading} ${s.text}`) && !(offering && !NAMES_INTERVIEW.test(s.text)) && !isSendStamp(s, message.sentAt),
  );
  const roles = stated.map(roleOf);
  const cancelled = stated.filter((_, i) => roles[i] === 'cancelled');
  const live = stated.filter((_, i) => roles[i] === 'stated' || roles[i] === 'rescheduled');
  if (live.length === 0) return cancelled.length > 0 || (stated.length === 0 && cancelsInterview(message.text)) ? { kind: 'cancelled' } : { kind: 'none' };
  const distinct = [...new Set(live.map((s) => s.instant))];
  const rescheduled = live.filter((s) => roleOf(s) === 'rescheduled');
  if (rescheduled.length > 0) return { kind: 'confirmed', instant: (mainOf(rescheduled) as Stated).instant, how: 'rescheduled', named: distinct };
  if (message.fromOwner) {
    const accepted = live.filter((s) => (ACCEPTS.test(s.text) || LOOKS_BACK.test(s.text)) && !/\?/.test(s.text));
    const instants = [...new Set(accepted.map((s) => s.instant))];
    return instants.length === 1 ? { kind: 'confirmed', instant: instants[0] as string, how: 'accepted', named: instants } : { kind: 'none' };
  }
  // Several slots offered: none of them is the interview's time yet.
  if (distinct.length > 1 && live.some((s) => s.offered)) return { kind: 'none', proposed: distinct };
  return { kind: 'confirmed', instant: (mainOf(live) as Stated).instant, how: distinct.length > 1 ? 'first-of-several' : 'stated', named: distinct };
}

/** The interview's instant as one employer message states it: one date with a time, not one of several options offered. */
export function interviewInstant(text: string, sentAt: string, timeZone: string): string | null {
  const reading = readMessage({ text, sentAt, fromOwner: false }, timeZone);
  return reading.kind === 'confirmed' ? reading.instant : null;
}

/**
 * The thread's interview time: the latest confirmed or rescheduled time, oldest message first, so a
 * later message's time replaces an earlier one and a cancellation drops it. Proposed options are not a
 * time, until the candidate accepts one.
 */
export function threadInterviewAt(messages: readonly TimeMessage[], timeZone: string, owner: string | null = null): string | null {
  const [top] = rankInterviewTimes(messages, timeZone, owner);
  return top && top.kind !== 'proposed' ? top.value : null;
}

interface Dated {
  message: TimeMessage;
  at: number;
  /** Read from a forward: it repeats mail, so it corroborates nothing. */
  quoted: boolean;
}

// Header times carry no zone: a quoted message is older than the thread only by more than any offset error.
const QUOTED_MARGIN_MS = 15 * 3_600_000;

/** The thread's messages and the messages forwarded inside them, oldest first. */
function datedMessages(messages: readonly TimeMessage[], owner: string | null): Dated[] {
  const all: Dated[] = [];
  const threadStart = Date.parse(messages[0]?.sentAt ?? '');
  const isOwner = (from: string) => owner !== null && owner !== '' && from.includes(owner);
  for (const message of messages) {
    const at = Date.parse(message.sentAt);
    for (const quoted of message.forwarded ? quotedMessages(message.forwarded, message.sentAt) : []) {
      const sentAt = quoted.sentAt ?? message.sentAt;
      all.push({ message: { text: quoted.text, sentAt, fromOwner: isOwner(quoted.from) }, at: Math.min(Date.parse(sentAt), at - 1), quoted: true });
    }
    // Quoted replies repeat the thread's own messages; only those from before its first message are news.
    for (const quoted of message.quoted ? quotedMessages(message.quoted, message.sentAt, threadStart - QUOTED_MARGIN_MS) : []) {
      all.push({ message: { text: quoted.text, sentAt: quoted.sentAt as string, fromOwner: isOwner(quoted.from) }, at: Date.parse(quoted.sentAt as string), quoted: true });
    }
    all.push({ message, at, quoted: false });
  }
  return all.map((d, i) => ({ d, i })).sort((a, b) => (a.d.at - b.d.at || a.i - b.i) || 0).map(({ d }) => d);
}

/**
 * The thread's interview times, best first: the current time (as threadInterviewAt reads it), corroborated
 * when another message states the same instant, then the options offered since that no one took yet.
 */
export function rankInterviewTimes(messages: readonly TimeMessage[], timeZone: string, owner: string | null = null): Ranked<string, InterviewAtKind>[] {
  let current: { instant: string; how: InterviewAtKind } | null = null;
  // The latest interview a later message found already past: it took place, so calling off a later round leaves it the latest.
  let held: { instant: string; how: InterviewAtKind } | null = null;
  let proposed: string[] = [];
  // Every time the employer named: the candidate takes one of these, not a time of their own ("I'll be there at 8:45").
  const named = new Set<string>();
  const statedBy = new Map<string, number>();
  for (const { message, quoted } of datedMessages(messages, owner)) {
    const reading = readMessage(message, timeZone);
    if (reading.kind === 'confirmed') {
      if (reading.how === 'accepted' && current && !named.has(reading.instant)) continue;
      if (current && current.instant !== reading.instant && Date.parse(message.sentAt) > Date.parse(current.instant)) held = current;
      current = { instant: reading.instant, how: reading.how };
      if (!quoted) statedBy.set(reading.instant, (statedBy.get(reading.instant) ?? 0) + 1);
      if (!message.fromOwner) for (const instant of reading.named) named.add(instant);
      proposed = [];
    } else if (reading.kind === 'cancelled') {
      // A cancellation after the interview took place (the role, a later call) leaves its time standing.
      if (current && Date.parse(message.sentAt) >= Date.parse(current.instant)) continue;
      current = held;
      proposed = [];
    } else if (reading.proposed) {
      proposed = reading.proposed;
      for (const instant of reading.proposed) named.add(instant);
    }
  }
  const offered = proposed.filter((instant) => instant !== current?.instant).map((instant): Ranked<string, InterviewAtKind> => ({ value: instant, kind: 'proposed', corroborated: false }));
  if (!current) return offered;
  return [{ value: current.instant, kind: current.how, corroborated: (statedBy.get(current.instant) ?? 0) >= 2 }, ...offered];
}
