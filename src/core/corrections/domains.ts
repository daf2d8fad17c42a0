// The employer's own mail domains in a thread: what a company or a relevance is learned for.
import type { MailThread } from '../model';
import { domainOf, isSharedMailDomain } from '../analyze/signals';

/** Domains of the addresses given that belong to one employer: never free mail or an ATS (strangers share those), never the user's own. */
export function employerDomains(addresses: readonly string[], ownAddresses: readonly string[]): string[] {
  const own = new Set(ownAddresses.map((a) => domainOf(a.trim())));
  const domains = new Set<string>();
  for (const address of addresses) {
    const domain = domainOf(address.trim());
    if (!domain || own.has(domain) || isSharedMailDomain(domain)) continue;
    domains.add(domain);
  }
  return [...domains].slice(0, 20);
}

/** The thread's senders' employer domains, the owner's left out. */
export function senderDomains(thread: MailThread, owner: string | undefined): string[] {
  return employerDomains(
    thread.messages.map((m) => m.from.email),
    owner ? [owner] : [],
  );
}
