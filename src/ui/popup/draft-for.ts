import { renderDraft } from '../../core/drafts';
import type { ApplicationDossier, CheckIn, DraftKind, Settings } from '../../core/model';

const DRAFT_FOR: Record<CheckIn['kind'], DraftKind> = {
  'thank-you': 'thank-you',
  'status-check': 'status-check',
  'check-in': 'check-in',
  'phone-call': 'phone-script',
  'extended-delay': 'extended-delay',
  'competing-offer': 'competing-offer',
  'reference-update': 'reference-update',
};

/** The draft a check-in calls for, as text to copy: "Subject\n\nBody". */
export function draftText(checkIn: CheckIn, dossier: ApplicationDossier | undefined, settings: Settings | null): string | null {
  if (!dossier || !settings) return null;
  const reference = checkIn.kind === 'reference-update' ? dossier.application.references.find((r) => r.name === checkIn.contactName) : undefined;
  const contact = dossier.contacts.find((c) => c.name === checkIn.contactName) ?? dossier.contacts.find((c) => c.involved);
  const recipient = reference ? { name: reference.name, email: reference.email } : checkIn.contactName ? { name: checkIn.contactName, email: contact?.name === checkIn.contactName ? contact.email : '' } : contact ? { name: contact.name, email: contact.email } : null;
  const interview = dossier.interviews.find((i) => i.id === checkIn.interviewId) ?? dossier.interviews.at(-1) ?? null;
  const draft = renderDraft(DRAFT_FOR[checkIn.kind], { dossier, settings, recipient, interview, now: new Date().toISOString() });
  return `${draft.subject}\n\n${draft.body}`;
}
