// What the fact checks share: the body in pieces of bounded length with their offsets, names folded
// for comparison, and the calendar days of instants in the user's zone.
import { capPieces, MAX_LINE_CHARS } from '../../bounded-text';
import { knownZone } from '../../schedule/clock';
import { localDate } from '../../timeline/calendar';
import type { DraftContext, Finding, FindingCode } from '../types';

/** The fact checks read this much of a body: a follow-up is far shorter, and the cost stays bounded. */
export const MAX_FACT_CHARS = 10_000;
/** And at most this many non-blank lines: a follow-up has a dozen, and each line costs the patterns a little. */
export const MAX_FACT_LINES = 300;

export interface Piece {
  text: string;
  offset: number;
}

/** The body's non-blank lines, each cut to at most MAX_LINE_CHARS, with where each piece starts in the body. */
export function pieces(body: string): Piece[] {
  const out: Piece[] = [];
  let offset = 0;
  for (const line of body.slice(0, MAX_FACT_CHARS).split('\n')) {
    let at = offset;
    for (const piece of capPieces(line, MAX_LINE_CHARS)) {
      // Blank lines hold no fact: skipping them keeps ten thousand empty lines cheap.
      if (/\S/.test(piece) && out.length < MAX_FACT_LINES) out.push({ text: piece, offset: at });
      at += piece.length;
    }
    offset += line.length + 1;
  }
  return out;
}

/** Lower case without accents: "José" and "jose" fold alike. */
export function fold(word: string): string {
  // Plain ASCII, the common case, needs no decomposition.
  return /^[\x20-\x7e]*$/.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** `replacement` with the first letter in the case of `original`'s, so a fix at a sentence start stays capitalised. */
export function matchCase(replacement: string, original: string): string {
  const first = original.charAt(0);
  if (!first || !replacement) return replacement;
  const head = first === first.toUpperCase() && first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() : replacement.charAt(0).toLowerCase();
  return head + replacement.slice(1);
}

/** A finding that carries its one-click fix. */
export function fixFinding(code: FindingCode, severity: Finding['severity'], message: string, start: number, original: string, replacement: string | null): Finding {
  const span: [number, number] = [start, start + original.length];
  return replacement === null ? { code, severity, message, span } : { code, severity, message, span, fix: { span, replacement, original } };
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Days since 1970-01-01 of a calendar date "YYYY-MM-DD". */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/** 0 (Sunday) to 6 of a day number. */
export const weekdayOfDay = (days: number) => (((days + 4) % 7) + 7) % 7;

/** The calendar day ("YYYY-MM-DD") of an instant in the user's zone, or null when it is unreadable. */
export function userDay(instant: string | null | undefined, ctx: DraftContext): string | null {
  if (!instant || Number.isNaN(Date.parse(instant))) return null;
  return localDate(instant, knownZone(ctx.settings?.timeZone ?? null));
}

/** "Monday, November 23" of a calendar day. */
export function dayName(day: string): string {
  const [, m, d] = day.split('-').map(Number);
  return `${WEEKDAYS[weekdayOfDay(dayNumber(day))]}, ${MONTHS[(m ?? 1) - 1]} ${d}`;
}

/** The interviews that have a time, each with its day in the user's zone, latest first; `about` marks the draft's own round. */
export function interviewDays(ctx: DraftContext): { day: string; at: number; about: boolean }[] {
  const rounds = [...(ctx.dossier?.interviews ?? []), ...(ctx.interview ? [ctx.interview] : [])];
  return rounds
    .map((i) => ({ day: userDay(i.at, ctx), at: Date.parse(i.at ?? ''), about: i.id !== undefined && i.id === ctx.interview?.id }))
    .filter((i): i is { day: string; at: number; about: boolean } => i.day !== null)
    .sort((a, b) => b.at - a.at);
}
