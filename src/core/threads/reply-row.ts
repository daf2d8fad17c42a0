// Which tracked thread an unread row of the host's message list is a newer message of. A subject is
// text anyone can write, so a row without the host's thread id counts only when a known contact sent it.
import { subjectKey } from '../mail-identity';

export interface InboxRow {
  threadId: string | null;
  subject: string;
  /** Addresses (Gmail) or display names, as the list shows them; may be empty (Outlook). */
  senders: string[];
}

export interface TrackedThread {
  hostThreadId: string;
  subject: string;
  applicationId: string | null;
}

export interface ContactOfApplication {
  applicationId: string;
  name: string;
  email: string;
}

const norm = (s: string) => s.trim().toLowerCase();

function sentByContact(row: InboxRow, applicationId: string, contacts: ContactOfApplication[]): boolean {
  const senders = new Set(row.senders.map(norm).filter(Boolean));
  return contacts.some((c) => c.applicationId === applicationId && (senders.has(norm(c.email)) || (c.name.trim() !== '' && senders.has(norm(c.name)))));
}

export function trackedThreadOfRow<T extends TrackedThread>(row: InboxRow, threads: T[], contacts: ContactOfApplication[]): T | undefined {
  if (row.threadId !== null) return threads.find((t) => t.hostThreadId === row.threadId);
  const key = subjectKey(row.subject);
  if (key === '') return undefined;
  return threads.find((t) => t.applicationId !== null && subjectKey(t.subject) === key && sentByContact(row, t.applicationId, contacts));
}
