// The rules learned from corrections: found for a thread, kept one per question, forgotten on request.
import { employerDomains } from '../core/corrections/domains';
import { learnedRule, type LearnedRule, type Relevance } from '../core/corrections/learned';
import type { AfterviewDb } from './db';
import { readSettings } from './queries';

/** The rules that may apply to a thread: those for it and those for its senders' domains. */
export function learnedFor(db: AfterviewDb, threadKey: string, domains: readonly string[]): Promise<LearnedRule[]> {
  return db.corrections.where('target').anyOf([threadKey, ...domains]).toArray();
}

/** Keeps the rules, each replacing any earlier answer to the same question. */
export async function learn(db: AfterviewDb, rules: readonly LearnedRule[]): Promise<void> {
  await db.corrections.bulkPut([...rules]);
}

export function learnedRules(db: AfterviewDb): Promise<LearnedRule[]> {
  return db.corrections.orderBy('learnedAt').reverse().toArray();
}

/** The employer's domains of an application: where its contacts write from, the user's own left out. */
export async function domainsOfApplication(db: AfterviewDb, applicationId: string): Promise<string[]> {
  const [contacts, settings] = await Promise.all([db.contacts.where('applicationId').equals(applicationId).toArray(), readSettings(db)]);
  return employerDomains(
    contacts.map((c) => c.email),
    settings.profile.emails,
  );
}

/** "Track this thread" and "Not an interview" answer for the employer's domains too, so its next thread needs no answer. */
export async function learnRelevance(db: AfterviewDb, domains: readonly string[], relevance: Relevance, now: Date): Promise<void> {
  await learn(
    db,
    domains.map((domain) => learnedRule('relevance', 'domain', domain, relevance, now.toISOString())),
  );
}
