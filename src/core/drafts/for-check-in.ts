// Which draft a check-in calls for, and to whom: shared by the sidebar and the popup.
import type { ApplicationDossier, CheckIn, CheckInKind, DraftKind } from '../model';
import type { Recipient } from './types';

const DRAFT_FOR: Record<CheckInKind, DraftKind> = {
  'thank-you': 'thank-you',
  'status-check': 'status-check',
  'check-in': 'check-in',
  'phone-call': 'phone-script',
  'extended-delay': 'extended-delay',
  'competing-offer': 'competing-offer',
  'reference-update': 'reference-update',
};

export function draftKindFor(kind: CheckInKind): DraftKind {
  return DRAFT_FOR[kind];
}

/** The person a check-in's draft goes to: the named contact or reference, else the first person involved. */
export function recipientFor(checkIn: Pick<CheckIn, 'kind' | 'contactName'> | null, dossier: ApplicationDossier): Recipient | null {
  if (checkIn?.kind === 'reference-update') {
    const reference = dossier.application.references.find((r) => r.name === checkIn.contactName);
    return reference ? { name: reference.name, email: reference.email } : null;
  }
  const named = checkIn?.contactName ? dossier.contacts.find((c) => c.name === checkIn.contactName) : undefined;
  if (named) return { name: named.name, email: named.email, title: named.title };
  if (checkIn?.contactName) return { name: checkIn.contactName, email: '' };
  const involved = dossier.contacts.find((c) => c.involved);
  return involved ? { name: involved.name, email: involved.email, title: involved.title } : null;
}
