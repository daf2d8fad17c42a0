// The candidate's own mail is context (docs/analysis.md), but a sentence in it that reports what the employer
// said ("Priscilla emailed me yesterday to say they'll have a decision by June 5") carries the employer's promise.
import { builtOnFirstUse } from '../caseless';
import { oneByte } from '../one-byte';
import { plusDays, type CalendarDate } from '../timeline/calendar';
import { sentencesOf } from './sentences';

/** Someone of the employer's said, wrote or told that they will: "she said they'd decide", "the recruiter told me he will". */
const REPORTS_PROMISE = oneByte(/\b(?:said|says|told me|emailed|e-mailed|wrote|mentioned|called|rang|messaged|texted)\b[^.!?\n]{0,80}\b(?:they|she|he)(?:['’](?:ll|d)|[ \t]+(?:will|would|should))\b/i);
const YESTERDAY = /\byesterday\b/i;

const buildPatterns = builtOnFirstUse(() => [REPORTS_PROMISE, YESTERDAY]);

/** The sentences of the candidate's own text that report an employer's promise, and the day it was made. */
export function reportedPromises(body: string, sent: CalendarDate): { text: string; reference: CalendarDate } | null {
  buildPatterns();
  const reports = sentencesOf(body).filter((s) => !s.question && REPORTS_PROMISE.test(s.text));
  if (reports.length === 0) return null;
  const text = reports.map((s) => s.text).join('\n');
  // "emailed me yesterday to say…": the promise counts from the day it was made.
  return { text, reference: YESTERDAY.test(text) ? plusDays(sent, -1) : sent };
}
