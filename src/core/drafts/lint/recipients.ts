// Recipients: follow-ups go to the people who took part, not to executives who did not.
import type { DraftContext, DraftToLint, Finding } from '../types';

const SENIOR = /\b(?:CEO|CTO|CFO|COO|CMO|CPO|chief|VP|vice president|president|founder|co-founder|cofounder|director|head of|(?:managing|general|founding) partner|business owner)\b/i;

export function recipientFindings(draft: DraftToLint, ctx: DraftContext): Finding[] {
  if (draft.kind === 'reference-update' || draft.kind === 'phone-script' || draft.kind === 'voicemail') return [];
  const out: Finding[] = [];
  const contacts = ctx.dossier.contacts;
  for (const address of draft.to) {
    const contact = contacts.find((c) => c.email.toLowerCase() === address.trim().toLowerCase());
    if (contact?.involved) continue;
    const title = contact?.title ?? (ctx.recipient?.email.toLowerCase() === address.toLowerCase() ? (ctx.recipient.title ?? '') : '');
    const senior = SENIOR.test(title);
    out.push({
      code: 'uninvolved-recipient',
      severity: senior ? 'error' : 'warning',
      message: senior
        ? `${contact?.name ?? address} (${title}) was not part of your interviews: writing over the heads of the people involved rarely helps.`
        : `${contact?.name ?? address} is not among the people involved in this process: follow up with your recruiter or interviewers.`,
    });
  }
  return out;
}
