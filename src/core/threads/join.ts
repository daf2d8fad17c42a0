// Which application a thread belongs to. A company name is text anyone can write in a mail, so it never
// decides: only the people in the thread do, or the user.
import { domainOf, isSharedMailDomain } from '../analyze/signals';

export interface KnownContact {
  applicationId: string;
  email: string;
}

export interface JoinQuestion {
  /** The application the user chose for this thread, when they chose one. */
  chosenApplicationId: string | null;
  /** The application the thread was linked to before, when it still exists. */
  linkedApplicationId: string | null;
  /** The employer's side of the thread: who wrote to the user and whom the user wrote to. */
  correspondents: string[];
  /** The user's own addresses, which tie the user's mail to nothing. */
  ownAddresses: string[];
  contacts: KnownContact[];
}

export type JoinDecision = { kind: 'chosen' | 'linked' | 'known-contact'; applicationId: string } | { kind: 'new' };

/** How a thread first came to its application: it started it, it joined on its own, or the user put it there. */
export type JoinedBy = Exclude<JoinDecision['kind'], 'linked'>;

const sameOrSubdomain = (domain: string, of: string) => domain === of || domain.endsWith(`.${of}`);

/** How strongly an address ties a thread to a contact's application: 2 the same person, 1 the same employer's domain. */
function tie(address: string, contact: string): number {
  if (address === contact) return 2;
  const domain = domainOf(contact);
  return domain && !isSharedMailDomain(domain) && sameOrSubdomain(domainOf(address), domain) ? 1 : 0;
}

export function applicationForThread(question: JoinQuestion): JoinDecision {
  if (question.chosenApplicationId) return { kind: 'chosen', applicationId: question.chosenApplicationId };
  if (question.linkedApplicationId) return { kind: 'linked', applicationId: question.linkedApplicationId };
  const own = new Set(question.ownAddresses.map((a) => a.trim().toLowerCase()));
  const addresses = question.correspondents.map((a) => a.trim().toLowerCase()).filter((a) => a.includes('@') && !own.has(a));
  // Best by the strongest tie, then by how many ties; the first application given wins a draw.
  const scores = new Map<string, { strongest: number; count: number }>();
  for (const contact of question.contacts) {
    const email = contact.email.trim().toLowerCase();
    if (!email.includes('@') || own.has(email)) continue;
    const strongest = Math.max(0, ...addresses.map((a) => tie(a, email)));
    if (strongest === 0) continue;
    const score = scores.get(contact.applicationId) ?? { strongest: 0, count: 0 };
    scores.set(contact.applicationId, { strongest: Math.max(score.strongest, strongest), count: score.count + 1 });
  }
  let best: { applicationId: string; strongest: number; count: number } | null = null;
  for (const [applicationId, score] of scores) {
    if (!best || score.strongest > best.strongest || (score.strongest === best.strongest && score.count > best.count)) best = { applicationId, ...score };
  }
  return best ? { kind: 'known-contact', applicationId: best.applicationId } : { kind: 'new' };
}
