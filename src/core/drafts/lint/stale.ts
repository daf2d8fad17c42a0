// stale-reference: "yesterday's interview" or "thank you for your time today" when the interview was
// days ago. The fix says when it was, in words that stay true: "our interview on Tuesday".
import type { DraftContext, DraftToLint, Finding } from '../types';
import { dayName, dayNumber, fixFinding, interviewDays, matchCase, pieces, userDay } from './fact-text';

const WHEN = '(yesterday|today|this morning|this afternoon|this evening|earlier today|last night)';
const MEETING_NOUN = '(interview|conversation|meeting|chat|call|discussion|visit|session)';
/** "yesterday's interview", "our conversation this morning" as one noun phrase. */
const POSSESSIVE = new RegExp(`\\b(?:(our|the|my)[ \\t]{1,3})?${WHEN}['’]s[ \\t]{1,3}${MEETING_NOUN}\\b`, 'gi');
/** "speaking with me yesterday", "your time today", "our conversation this morning". */
const AFTER_MEETING = new RegExp(
  `\\b(?:meet|met|meeting|speak|spoke|speaking|talk|talked|talking|chat|chatted|chatting|interview|interviewed|interviewing|conversation|discussion|call|time|visit)(?:[ \\t]{1,3}(?:with[ \\t]{1,3})?(?:me|you|us|everyone|the team|your team))?[ \\t]{1,3}${WHEN}\\b`,
  'gi',
);
/** What comes before a meeting still to happen: "I'm meeting the team today", "looking forward to talking today". */
const STILL_TO_COME = /(?:forward to|\bwill|['’]ll|\bam|['’]m|\bare|['’]re|\bgoing to|\bis|\bbe)[ \t]{1,3}$/i;

const daysBack = (phrase: string) => (/yesterday|last night/i.test(phrase) ? 1 : 0);

/** When the interview was, seen from today: "today", "yesterday", "on Tuesday", or "on Tuesday, November 23" past a week. */
function whenItWas(interviewDay: string, nowDay: string): string {
  const ago = dayNumber(nowDay) - dayNumber(interviewDay);
  if (ago === 0) return 'today';
  if (ago === 1) return 'yesterday';
  const name = dayName(interviewDay);
  return ago < 7 ? `on ${name.split(',')[0] ?? name}` : `on ${name}`;
}

export function staleFindings(draft: DraftToLint, ctx: DraftContext): Finding[] {
  const nowDay = userDay(ctx.now, ctx);
  if (!nowDay) return [];
  const now = Date.parse(ctx.now);
  const rounds = interviewDays(ctx);
  const held = rounds.filter((r) => r.at <= now + 12 * 3_600_000);
  const latest = held.find((r) => r.about) ?? held[0];
  if (!latest || dayNumber(latest.day) > dayNumber(nowDay)) return [];
  const truthful = (phrase: string) => rounds.some((r) => dayNumber(nowDay) - dayNumber(r.day) === daysBack(phrase));
  const when = whenItWas(latest.day, nowDay);
  const message = (phrase: string) => `Your interview was ${when}, not “${phrase.toLowerCase()}”.`;
  const out: Finding[] = [];
  for (const { text, offset } of pieces(draft.body)) {
    const taken: [number, number][] = [];
    for (const m of text.matchAll(POSSESSIVE)) {
      const [whole, determiner, phrase = '', noun = ''] = m;
      taken.push([m.index ?? 0, (m.index ?? 0) + whole.length]);
      if (truthful(phrase)) continue;
      const replacement = when === 'today' || when === 'yesterday' ? `${determiner ? `${determiner} ` : ''}${when}${whole.includes('’') ? '’' : "'"}s ${noun}` : `${determiner ?? 'our'} ${noun} ${when}`;
      out.push(fixFinding('stale-reference', 'warning', message(phrase), offset + (m.index ?? 0), whole, matchCase(replacement, whole)));
    }
    for (const m of text.matchAll(AFTER_MEETING)) {
      const phrase = m[1] ?? '';
      const start = (m.index ?? 0) + m[0].length - phrase.length;
      if (taken.some(([a, b]) => start >= a && start < b) || truthful(phrase) || STILL_TO_COME.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0))) continue;
      out.push(fixFinding('stale-reference', 'warning', message(phrase), offset + start, phrase, matchCase(when, phrase)));
    }
  }
  return out.slice(0, 10);
}
