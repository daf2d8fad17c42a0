import { draftKindFor, recipientFor, renderDraft } from '../../core/drafts';
import type { ApplicationDossier, CheckIn, Settings } from '../../core/model';

/** The draft a check-in calls for, as text to copy: "Subject\n\nBody". */
export function draftText(checkIn: CheckIn, dossier: ApplicationDossier | undefined, settings: Settings | null): string | null {
  if (!dossier || !settings) return null;
  const interview = dossier.interviews.find((i) => i.id === checkIn.interviewId) ?? dossier.interviews.at(-1) ?? null;
  const draft = renderDraft(draftKindFor(checkIn.kind), { dossier, settings, recipient: recipientFor(checkIn, dossier), interview, now: new Date().toISOString() });
  return `${draft.subject}\n\n${draft.body}`;
}
