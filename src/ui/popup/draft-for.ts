import { draftKindFor, recipientFor, renderDraft, type RenderedDraft } from '../../core/drafts';
import type { ApplicationDossier, CheckIn, Settings } from '../../core/model';

/** The draft a check-in calls for, rendered from its application and the user's settings. */
export function draftFor(checkIn: CheckIn, dossier: ApplicationDossier | undefined, settings: Settings | null): RenderedDraft | null {
  if (!dossier || !settings) return null;
  const interview = dossier.interviews.find((i) => i.id === checkIn.interviewId) ?? dossier.interviews.at(-1) ?? null;
  return renderDraft(draftKindFor(checkIn.kind), { dossier, settings, recipient: recipientFor(checkIn, dossier), interview, now: new Date().toISOString() });
}
