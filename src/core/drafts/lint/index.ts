import type { DraftContext, DraftToLint, Finding, Speller } from '../types';
import { contentFindings } from './content';
import { nameFindings } from './names';
import { roleAndCompanyFindings } from './role-company';
import { staleFindings } from './stale';
import { recipientFindings } from './recipients';
import { spellingFindings } from './spelling';
import { timingFindings } from './timing';
import { toneFindings } from './tone';
import { weekdayFindings } from './weekdays';

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Every classic mistake in a draft, errors first. Never throws: a broken context gives no findings of that kind. */
export function lintDraft(draft: DraftToLint, context: DraftContext, speller?: Speller): Finding[] {
  const safe = { subject: String(draft?.subject ?? ''), body: String(draft?.body ?? '').slice(0, 50_000), to: Array.isArray(draft?.to) ? draft.to.map(String) : [], kind: draft?.kind };
  const checks = [
    () => toneFindings(safe),
    () => contentFindings(safe, context),
    () => timingFindings(safe, context),
    () => recipientFindings(safe, context),
    () => spellingFindings(safe, context, speller),
    // Checked against the application's facts: each of these carries a one-click fix.
    () => weekdayFindings(safe, context),
    () => staleFindings(safe, context),
    () => nameFindings(safe, context, speller),
    () => roleAndCompanyFindings(safe, context),
  ];
  const out: Finding[] = [];
  for (const check of checks) {
    try {
      out.push(...check());
    } catch {
      // A malformed context (e.g. from an old backup) must not hide the other findings.
    }
  }
  return out.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.span?.[0] ?? -1) - (b.span?.[0] ?? -1));
}
