// The interview's moment. chrono-node reads dates and times in prose; a date on one line and its time
// on the next ("Date: Tuesday, 3 November" / "Time: 14:00") are joined here. The stated zone
// (time-zones.ts) or else the user's zone turns the wall-clock time into an instant, with @date-fns/tz
// applying each zone's daylight-saving rules for that date.
import type * as chrono from 'chrono-node';
import { TZDate } from '@date-fns/tz';
import { dayFirst, monthFirst } from '../timeline/chrono-english';
import { capPieces, MAX_SENTENCE_CHARS } from '../bounded-text';
import { statedZone } from './time-zones';
import type { InterviewAtKind, Ranked } from './field-evidence';

interface WallDate {
  year: number;
  month: number;
  day: number;
}

interface Stated {
  instant: string;
  /** The sentence (or joined label lines) that states it. */
  text: string;
}

// A sentence may hold a date only when it names a day: a month, a weekday, a numeric date or a relative day.
const DAY_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s?\d|\d(?:st|nd|rd|th)?\s(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:today|tomorrow|tonight)\b/i;
const CLOCK = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.h]\d{2}\b|\bnoon\b|\bmidday\b/i;

const SENTENCES = /(?:[^.!?\n]|(?<=\b(?:Dr|Mr|Ms|Mrs|St|Jr|Sr|Prof|vs|No|a\.m|p\.m|[ap]))\.|\.(?=\d|m\b|m\.))+(?:[.!?]+|\n|$)/gi;

// A sentence about a meeting that has happened: its bare weekday is the last one, not the next.
const LOOKS_BACK = /\b(?:thank(?:s| you) for|attend(?:ed|ing)|was|were|met|had|enjoyed|last|ago|earlier)\b/i;

// What a sentence does with the times it states.
const CANCELLED = /\b(?:cancel(?:l?ed|ling|s)?|call(?:ed|ing)? off|no longer (?:take place|go ahead|happen)|won't be able to (?:go ahead|proceed))\b/i;
const RESCHEDULED = /\b(?:new (?:date|time|slot)|re-?schedul\w*|moved? (?:it |the interview )?to|pushed (?:it |back )?to|changed? (?:it )?to|instead|now (?:it is|at|on|be)|updated (?:date|time))\b/i;
// "If you need to cancel, let us know" cancels nothing.
const HYPOTHETICAL = /\b(?:if|should you|in case|need to|want to|unless|whether)\b|\?/i;
// Times that are not the interview: the candidate's deadlines, an offer's, a start date, arrival.
const NOT_THE_INTERVIEW = /\b(?:reply|respond|answer|your decision|let (?:us|me) know|get back to (?:us|me)|hear (?:back )?from you|submit|send|return|sign|complete|accept|deadline|expires?|start date|starting on|first day|arrive|arrival|check[- ]in|out of (?:the )?office|back in the office|webinar)\b/i;
// The candidate's words that take a time as theirs.
const ACCEPTS = /\b(?:works?(?: well| great| perfectly| fine)?(?: for me)?|suits me|perfect|confirm(?:ed|ing)?|see you|i(?:'ll| will) be there|looking forward to (?:it|meeting|speaking|talking)|booked|that works|sounds good|great,? (?:thank|see)|now (?:it is|on|at)|moved)\b/i;
const OPTIONS_LIST = /\b(?:options?|slots?|following times|any of (?:these|the following)|one of (?:these|the following)|which (?:of these|works|suits))\b/i;

function wallDateOf(result: chrono.ParsedResult): WallDate | null {
  const s = result.start;
  if (!s.isCertain('day') && !s.isCertain('weekday')) return null;
  const [year, month, day] = [s.get('year'), s.get('month'), s.get('day')];
  return year === null || month === null || day === null ? null : { year, month, day };
}

function instantOf(date: WallDate, hour: number, minute: number, zoneText: string, userZone: string): string {
  const zone = statedZone(zoneText);
  if (zone && 'offsetMinutes' in zone) return new Date(Date.UTC(date.year, date.month - 1, date.day, hour, minute) - zone.offsetMinutes * 60_000).toISOString();
  return new Date(new TZDate(date.year, date.month - 1, date.day, hour, minute, zone?.zone ?? userZone).getTime()).toISOString();
}

/** The sender's UTC offset in minutes, so "tomorrow" is the sender's tomorrow. */
function offsetOf(sentAt: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(sentAt);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The lines of a message cut into sentences, a line's sentences in order. */
function sentencesOf(text: string): string[][] {
  return text
    .slice(0, 20_000)
    .split('\n')
    .map((line) => capPieces(line.trim(), MAX_SENTENCE_CHARS).flatMap((piece) => [...piece.matchAll(SENTENCES)].map((m) => m[0].trim()).filter(Boolean)));
}

/** Numeric dates read month first in the Americas ("12/4" is December 4) and day first elsewhere. */
const parserFor = (userZone: string) => (userZone.startsWith('America/') ? monthFirst : dayFirst);

/** How many lines after a date-only line ("Date: Tuesday, 3 November") its times may follow. */
const DATE_REACH_LINES = 4;

/** The hour as meant: office hours have no interviews at 2 a.m., so a bare "2:00" is 2 p.m. */
function hourOf(result: chrono.ParsedResult): number | null {
  if (!result.start.isCertain('hour') || !CLOCK.test(result.text)) return null;
  const hour = result.start.get('hour');
  if (hour === null) return null;
  return hour >= 1 && hour <= 6 && !result.start.isCertain('meridiem') ? hour + 12 : hour;
}

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
  let context: { date: WallDate; text: string; linesLeft: number } | null = null;
  for (const [index, line] of lines.entries()) {
    if (context && context.linesLeft-- < 0) context = null;
    const clockAhead = clockLines.slice(index, index + DATE_REACH_LINES + 1).includes(true);
    for (const sentence of line) {
      if (!CLOCK.test(sentence) && !(clockAhead && DAY_WORD.test(sentence))) continue;
      for (const result of parserFor(userZone).parse(sentence, ref, { forwardDate: !LOOKS_BACK.test(sentence) })) {
        // "in 30 mins", "two hours from now": a duration, not a time someone set.
        const date = DAY_WORD.test(result.text) ? wallDateOf(result) : null;
        const hour = hourOf(result);
        const minute = result.start.get('minute') ?? 0;
        const zoneText = sentence.slice(result.index, result.index + result.text.length + 48);
        if (date && hour !== null) out.push({ instant: instantOf(date, hour, minute, zoneText, userZone), text: sentence });
        else if (date) context = { date, text: sentence, linesLeft: DATE_REACH_LINES };
        else if (hour !== null && context) out.push({ instant: instantOf(context.date, hour, minute, `${zoneText} ${context.text}`, userZone), text: `${context.text} ${sentence}` });
      }
    }
  }
  return out;
}

export interface TimeMessage {
  text: string;
  sentAt: string;
  fromOwner: boolean;
}

type Reading =
  | { kind: 'confirmed'; instant: string; how: Exclude<InterviewAtKind, 'proposed'> }
  | { kind: 'cancelled' }
  | { kind: 'none'; proposed?: string[] };

/** The message calls the interview off without naming a new time. */
function cancelsInterview(text: string): boolean {
  return sentencesOf(text).some((line) => line.some((sentence) => CANCELLED.test(sentence) && !RESCHEDULED.test(sentence) && !HYPOTHETICAL.test(sentence)));
}

/** What one message says about the interview's time. */
function readMessage(message: TimeMessage, userZone: string): Reading {
  if (Number.isNaN(Date.parse(message.sentAt))) return { kind: 'none' };
  const stated = statedInstants(message.text, message.sentAt, userZone).filter((s) => !NOT_THE_INTERVIEW.test(s.text));
  const cancelled = stated.filter((s) => CANCELLED.test(s.text) && !RESCHEDULED.test(s.text));
  const live = stated.filter((s) => !cancelled.includes(s));
  if (live.length === 0) return cancelled.length > 0 || (stated.length === 0 && cancelsInterview(message.text)) ? { kind: 'cancelled' } : { kind: 'none' };
  const rescheduled = live.filter((s) => RESCHEDULED.test(s.text) && !/\?/.test(s.text));
  if (rescheduled.length > 0) return { kind: 'confirmed', instant: (rescheduled.at(-1) as Stated).instant, how: 'rescheduled' };
  const distinct = [...new Set(live.map((s) => s.instant))];
  if (message.fromOwner) {
    const accepted = live.filter((s) => (ACCEPTS.test(s.text) || LOOKS_BACK.test(s.text)) && !/\?/.test(s.text));
    const instants = [...new Set(accepted.map((s) => s.instant))];
    return instants.length === 1 ? { kind: 'confirmed', instant: instants[0] as string, how: 'accepted' } : { kind: 'none' };
  }
  // Several slots offered: none of them is the interview's time yet.
  if (distinct.length > 1 && OPTIONS_LIST.test(message.text)) return { kind: 'none', proposed: distinct };
  return { kind: 'confirmed', instant: (live[0] as Stated).instant, how: distinct.length > 1 ? 'first-of-several' : 'stated' };
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
export function threadInterviewAt(messages: readonly TimeMessage[], timeZone: string): string | null {
  const [top] = rankInterviewTimes(messages, timeZone);
  return top && top.kind !== 'proposed' ? top.value : null;
}

/**
 * The thread's interview times, best first: the current time (as threadInterviewAt reads it), corroborated
 * when another message states the same instant, then the options offered since that no one took yet.
 */
export function rankInterviewTimes(messages: readonly TimeMessage[], timeZone: string): Ranked<string, InterviewAtKind>[] {
  let current: { instant: string; how: InterviewAtKind } | null = null;
  let proposed: string[] = [];
  const statedBy = new Map<string, number>();
  for (const message of messages) {
    const reading = readMessage(message, timeZone);
    if (reading.kind === 'confirmed') {
      current = { instant: reading.instant, how: reading.how };
      statedBy.set(reading.instant, (statedBy.get(reading.instant) ?? 0) + 1);
      proposed = [];
    } else if (reading.kind === 'cancelled') {
      current = null;
      proposed = [];
    } else if (reading.proposed) proposed = reading.proposed;
  }
  const offered = proposed.filter((instant) => instant !== current?.instant).map((instant): Ranked<string, InterviewAtKind> => ({ value: instant, kind: 'proposed', corroborated: false }));
  if (!current) return offered;
  return [{ value: current.instant, kind: current.how, corroborated: (statedBy.get(current.instant) ?? 0) >= 2 }, ...offered];
}
