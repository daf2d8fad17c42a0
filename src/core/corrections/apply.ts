// What the user taught Afterview, applied to a fresh analysis: the engine stays pure and unaware of it,
// and the background calls this right after analyzeThread (src/protocol/threads.ts).
import type { MailThread, ThreadAnalysis } from '../model';
import type { LearnedKind, LearnedRule } from './learned';

/** The thread's key as the store writes it (`${host}:${hostThreadId}`). */
export const threadKeyOf = (thread: Pick<MailThread, 'host' | 'id'>) => `${thread.host}:${thread.id}`;

/**
 * The analysis with the learned rules that match this thread: a rule for the thread wins over one for a
 * sender's domain, and the user's word wins over the engine's. `domains` are the thread's employer
 * domains (./domains.ts).
 */
export function applyLearned(analysis: ThreadAnalysis, thread: Pick<MailThread, 'host' | 'id'>, domains: readonly string[], learned: readonly LearnedRule[]): ThreadAnalysis {
  const key = threadKeyOf(thread);
  const ruleFor = (kind: LearnedKind) =>
    learned.find((r) => r.kind === kind && r.scope === 'thread' && r.target === key) ?? learned.find((r) => r.kind === kind && r.scope === 'domain' && domains.includes(r.target));
  const company = ruleFor('company');
  const role = ruleFor('role');
  const relevance = ruleFor('relevance');
  const reasons = [...analysis.reasons];
  if (relevance) {
    const from = relevance.scope === 'domain' ? `mail from ${relevance.target}` : 'this thread';
    reasons.push(relevance.value === 'interview' ? `You track ${from} as an interview.` : `You marked ${from} as not an interview.`);
  }
  // The user's word is certain: the sidebar does not ask again what it answered.
  const fields = { ...analysis.fields };
  if (company) fields.company = { confidence: 1, candidates: [company.value] };
  if (role) fields.role = { confidence: 1, candidates: [role.value] };
  return {
    ...analysis,
    ...(company || role ? { fields } : {}),
    company: company?.value ?? analysis.company,
    role: role?.value ?? analysis.role,
    relevant: relevance ? relevance.value === 'interview' : analysis.relevant,
    reasons,
  };
}
