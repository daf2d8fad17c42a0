// People the owner shares the process with: a friend or coach the owner forwards the employer's mail to.
// Their replies ("I'd wait until early December") talk about the process; they do not move it.
import type { Person } from '../model';
import { domainOf } from './signals';

export interface OwnerForward {
  to: Person[];
  /** The forwarded mail, with its header lines. */
  forwarded: string;
}

const FORWARDED_FROM = /^[ \t]*(?:From|Von|De|Da|Van):[^\n<]{0,200}<?([^\s<>@]{1,64}@[^\s<>]{1,255})>?/im;

/** The addresses the owner forwarded employer mail to, other than the employer's own people. */
export function confidantsOf(forwards: OwnerForward[]): Set<string> {
  const found = new Set<string>();
  for (const { to, forwarded } of forwards) {
    const sender = FORWARDED_FROM.exec(forwarded)?.[1]?.toLowerCase();
    if (!sender) continue;
    for (const person of to) {
      const email = (person.email ?? '').trim().toLowerCase();
      if (email && domainOf(email) !== domainOf(sender)) found.add(email);
    }
  }
  return found;
}
