// Who is who in a mail thread: the mailbox owner, senders no one can answer, and the subject that names a
// thread whatever reply prefixes it gathered.
import { ownerOf } from './analyze/owner';
import type { MailThread } from './model';

const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The mailbox owner: the address the mail app shows, else one of the user's own addresses that wrote in the thread, else the likeliest participant. */
export function mailboxOwner(thread: MailThread, ownEmails: readonly string[]): string | undefined {
  return thread.userEmail ?? ownEmails.find((e) => thread.messages.some((m) => sameAddress(m.from.email, e))) ?? ownerOf(thread) ?? undefined;
}

/** An automated sender: a person to follow up with is never one of these. */
export function isNoReplyAddress(email: string): boolean {
  return /no-?reply|notifications?@|mailer-daemon/i.test(email.slice(0, 320));
}

/** A subject without its Re:/Fwd: prefixes (in the languages Gmail and Outlook write them), to match a list row to a thread. */
export function subjectKey(subject: string): string {
  return subject
    .slice(0, 1_000)
    .replace(/^(?:(?:re|fwd?|fw|aw|wg)\s{0,8}:\s{0,8}){1,20}/i, '')
    .trim()
    .toLowerCase();
}
