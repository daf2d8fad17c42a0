// Whether a person is the user: kept apart from the candidates' rules so the sidebar can ask it without
// bundling the analysis those rules import.
import type { Person } from '../model';

/** Anyone is the owner whose address or name is one of the user's own. */
export function isOwner(person: Person | string, profile: { name: string; emails: readonly string[] }, owner?: string): boolean {
  const name = (typeof person === 'string' ? person : person.name).trim().toLowerCase();
  const email = typeof person === 'string' ? '' : person.email.trim().toLowerCase();
  const emails = [...profile.emails, ...(owner ? [owner] : [])].map((e) => e.trim().toLowerCase());
  return (email !== '' && emails.includes(email)) || (name !== '' && name === profile.name.trim().toLowerCase());
}
