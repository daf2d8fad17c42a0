// Who the mailbox owner is when the mail app does not say: the candidate is the person the employer's
// mail is addressed to and greets by name ("Dear Sam"), and the owner's own replies are greeted back by
// the employer. Counting appearances alone picks a recruiter who writes more often than the candidate.
import type { MailThread, Person } from '../model';
import { atsOf, domainOf, FREE_MAIL } from './signals';
import { fromOneByte, mailAsOneByte, mapStrings, oneByte } from '../one-byte';

/** A mailbox no person reads as their own: automated senders, role and list addresses. */
const SHARED_MAILBOX = /^(?:no-?reply|do-?not-?reply|notifications?|careers?|jobs?|recruit\w*|talent\w*|hr\w*|hiring|people|apply|applications?|candidates?|bewerbung\w*|team|info|all|staff|students?|admin|office|mailer-daemon)(?:[._+-]|$)/i;

/** The name a message opens with: "Hi Devin", "Dear Ms. Raghunathan", "Good morning Sam". */
const GREETING = oneByte(/^\s{0,20}(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))[ \t,]+(?:(?:mr|mrs|ms|miss|mx|dr|prof)\.?[ \t]+)?([\p{L}'’-]{2,30})|([\p{L}'’-]{2,30}),[ \t]*(?=\n|$))/iu);

/** What a candidate writes about their own application. */
const CANDIDATE_VOICE = /\b(?:my application|I applied|I am writing to apply|I(?:'m| am) (?:available|free)|I remain (?:very )?interested|thank you for (?:the|this) opportunity|my (?:cv|resume|résumé)|I look forward to (?:meeting|speaking|hearing|the interview)|works? (?:well )?for me|thank(?:s| you)[^.\n]{0,60}\bwith me)\b/i;
/** What an employer writes to a candidate. */
const EMPLOYER_VOICE = /\b(?:your (?:application|candidacy|interview|cv|resume|résumé)|invite you|thank(?:s| you) for (?:applying|your interest|your application)|we(?:'d| would) like to (?:invite|offer|move|schedule)|shortlisted|pleased to (?:offer|invite|inform)|next steps? in (?:the|our) process)\b/i;

/** A forward's own marks: the thread's subject prefix, or the header mail apps put above forwarded text. */
const FORWARD_SUBJECT = /^\s{0,5}(?:fwd?|fw|wg|tr|rv|enc|doorst)\s{0,3}:/i;
const FORWARD_HEADER = /^[ \t>]{0,6}(?:-{3,}[ \t]?(?:forwarded message|weitergeleitete nachricht|mensaje reenviado|message transféré)[ \t]?-{3,}|begin forwarded message:)/im;

const lower = (text: string | undefined) => (text ?? '').trim().toLowerCase();

/**
 * Who forwards the employer's mail is the one who received it, the owner; whom they forward it to (a
 * mentor, a friend) is not, though the thread's only greeting is theirs.
 */
function forwardsIn(thread: MailThread): MailThread['messages'] {
  const marked = thread.messages.filter((m) => typeof m.text === 'string' && FORWARD_HEADER.test(m.text.slice(0, 4_000)));
  const first = thread.messages[0];
  return FORWARD_SUBJECT.test(thread.subject.slice(0, 40)) && first && !marked.includes(first) ? [first, ...marked] : marked;
}

const NOT_A_WORD = oneByte(/[^\p{L}'’-]+/u);

/** The words a person may be greeted by: their display name's words, else their address's. */
function nameWords(person: Person): string[] {
  const source = person.name?.trim() ? person.name : (person.email ?? '').split('@')[0] ?? '';
  return lower(source)
    .split(NOT_A_WORD)
    .filter((w) => w.length >= 2);
}

function greetedName(text: string): string | null {
  const match = GREETING.exec(text.slice(0, 400));
  const name = match?.[1] ?? match?.[2];
  return name ? lower(name) : null;
}

/** Whether a mail opens by greeting this person ("Hi Jess,", "Dear Ms. Brightwater"). */
export function greetsPerson(text: string, person: Person): boolean {
  const greeted = greetedName(text);
  return greeted !== null && nameWords(person).includes(greeted);
}

interface Candidate {
  person: Person;
  score: number;
}

/** The likeliest mailbox owner of a thread without a known user address, or null for an empty thread. */
export function inferOwner(thread: MailThread): Person | null {
  const candidates = new Map<string, Candidate>();
  const note = (person: Person | undefined, weight: number) => {
    const email = lower(person?.email);
    if (!person || !email) return;
    const known = candidates.get(email);
    if (known) {
      known.score += weight;
      if (!known.person.name && person.name) known.person = person;
    } else candidates.set(email, { person, score: weight });
  };
  for (const m of thread.messages) {
    note(m.from, 0.5);
    for (const p of m.to ?? []) note(p, 1);
    for (const p of m.cc ?? []) note(p, 0.25);
  }
  for (const m of thread.messages) {
    const greeted = greetedName(typeof m.text === 'string' ? m.text : '');
    if (!greeted) continue;
    for (const p of m.to ?? []) {
      const candidate = candidates.get(lower(p.email));
      if (candidate && nameWords(candidate.person).includes(greeted)) candidate.score += 3;
    }
  }
  for (const m of thread.messages) {
    const text = typeof m.text === 'string' ? m.text.slice(0, 4_000) : '';
    const sender = candidates.get(lower(m.from?.email));
    if (CANDIDATE_VOICE.test(text) && sender) sender.score += 2;
    if (EMPLOYER_VOICE.test(text)) {
      if (sender) sender.score -= 2;
      for (const p of m.to ?? []) {
        const recipient = candidates.get(lower(p.email));
        if (recipient) recipient.score += 1;
      }
    }
  }
  for (const m of forwardsIn(thread)) {
    const forwarder = candidates.get(lower(m.from?.email));
    if (forwarder) forwarder.score += 4;
    for (const p of m.to ?? []) {
      const recipient = candidates.get(lower(p.email));
      if (recipient && recipient !== forwarder) recipient.score -= 2;
    }
  }
  for (const [email, candidate] of candidates) {
    if (FREE_MAIL.test(domainOf(email))) candidate.score += 1.5;
    if (SHARED_MAILBOX.test(email) || atsOf(email, '') !== null) candidate.score -= 4;
  }
  let best: Candidate | null = null;
  for (const candidate of candidates.values()) if (!best || candidate.score > best.score) best = candidate;
  return best ? { name: best.person.name ?? '', email: lower(best.person.email) } : null;
}

/** ownerOf for a thread as the engine reads it (../one-byte.ts). */
export function readOwner(thread: MailThread): string | null {
  if (thread.userEmail) return thread.userEmail.trim().toLowerCase();
  return inferOwner(thread)?.email ?? null;
}

/** The mailbox owner's address: given, or the participant the employer's mail is addressed to. */
export function ownerOf(thread: MailThread): string | null {
  const owner = readOwner(mapStrings(thread, mailAsOneByte));
  return owner === null ? null : fromOneByte(owner);
}
