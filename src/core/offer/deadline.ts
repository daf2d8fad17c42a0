// The offer's response deadline as the offer mail states it: "please let us know by Friday, December 11",
// "the offer is valid until 12/11", "accept within five business days". docs/analysis.md keeps such a
// deadline out of the decision window (it is the candidate's deadline, not the employer's promise); here it
// is read on its own, only in a thread the engine already reads as an offer.
import { splitMessage } from '../analyze/message-text';
import { mailAsOneByte } from '../one-byte';
import { sentencesOf } from '../analyze/sentences';
import type { MailThread } from '../model';
import { atHour, dayOfInstant } from '../schedule/clock';
import { addBusinessDays, dayOf, plusDays, type CalendarDate } from '../timeline/calendar';
import { monthFirst } from '../timeline/chrono-english';
import { NUMBER, toNumber } from '../timeline/numbers';

/** A sentence about the candidate's answer and a limit on it. Every quantifier is bounded: sentences are capped at 400 characters first. */
const ANSWER_LIMIT =
  /\b(?:(?:respond|reply|answer|get back to (?:us|me)|let (?:us|me) know|(?:your|a) (?:decision|answer|response)|accept(?:ance)?|sign(?:ed)?|return(?:ed)?|confirm)\b[^.?!]{0,80}?\b(?:by|before|no later than|until)\b|\bdeadline\b|\b(?:valid|open|stands?|expires?|expiring)\b[^.?!]{0,40}?\b(?:until|through|on|by|at)\b)/i;
const WITHIN = new RegExp(String.raw`\b(?:respond|reply|answer|decision|accept|let (?:us|me) know|get back to (?:us|me))\b[^.?!]{0,60}?\bwithin\s+${NUMBER}\s+(business\s+|working\s+)?days?\b`, 'i');
/** A deadline later than this after the offer is not one a person states for an offer. */
const MAX_DAYS_AHEAD = 60;
/** "By Friday" without a time: the close of that business day. */
const CLOSE_OF_DAY = 17;

function dayFrom(result: { get(component: 'year' | 'month' | 'day'): number | null }): CalendarDate {
  return dayOf(result.get('year') ?? 1970, (result.get('month') ?? 1) - 1, result.get('day') ?? 1);
}

/** The deadline one sentence states, read from the day the message was sent; null when it states none. */
export function deadlineInSentence(sentence: string, sentAt: string, timeZone: string | null, holidays: readonly string[] = []): string | null {
  const sent = Date.parse(sentAt);
  if (Number.isNaN(sent)) return null;
  const sentDay = dayOfInstant(sent, timeZone);
  const within = WITHIN.exec(sentence);
  if (within) {
    const n = toNumber(within[1]);
    if (n === null || n < 1 || n > 30) return null;
    const day = within[2] ? addBusinessDays(sentDay, n, holidays) : plusDays(sentDay, n);
    return new Date(atHour(day, CLOSE_OF_DAY, timeZone)).toISOString();
  }
  if (!ANSWER_LIMIT.test(sentence)) return null;
  const [y, m, d] = sentDay.split('-').map(Number);
  const reference = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  for (const result of monthFirst.parse(sentence, { instant: reference, timezone: 'UTC' }, { forwardDate: true })) {
    if (!result.start.isCertain('day') && !result.start.isCertain('weekday')) continue;
    const day = dayFrom(result.start);
    if (day < sentDay || day > plusDays(sentDay, MAX_DAYS_AHEAD)) continue;
    const timed = result.start.isCertain('hour');
    const at = timed
      ? atHour(day, result.start.get('hour') ?? CLOSE_OF_DAY, timeZone) + (result.start.get('minute') ?? 0) * 60_000
      : atHour(day, CLOSE_OF_DAY, timeZone);
    if (at <= sent) continue;
    return new Date(at).toISOString();
  }
  return null;
}

/**
 * The deadline the latest message that states one gives, as an ISO instant; null when none does. The
 * caller asks only of a thread at the offer stage, and only the employer's messages count: `ownerEmail`
 * names the user's.
 */
export function offerDeadline(thread: MailThread, timeZone: string | null, ownerEmail?: string, holidays: readonly string[] = []): string | null {
  const own = ownerEmail?.toLowerCase();
  const messages = thread.messages.filter((m) => !own || m.from.email.toLowerCase() !== own);
  for (const message of [...messages].reverse()) {
    for (const { text } of sentencesOf(splitMessage(mailAsOneByte(message.text)).body)) {
      const deadline = deadlineInSentence(text, message.sentAt, timeZone, holidays);
      if (deadline) return deadline;
    }
  }
  return null;
}
