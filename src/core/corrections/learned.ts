// What Afterview learned from the user's corrections, kept beyond one thread: the background passes the
// rules that match a thread to applyLearned (./apply.ts) as an input of its analysis.

/** A company learned for a sender's domain, a role learned for a thread, or whether mail is an interview at all. */
export type LearnedKind = 'company' | 'role' | 'relevance';
/** Where a rule applies: every thread from an employer's mail domain, or one thread (`${host}:${hostThreadId}`). */
export type LearnedScope = 'domain' | 'thread';
export type Relevance = 'interview' | 'not-interview';

export interface LearnedRule {
  /** `${kind}|${scope}|${target}`: one rule per question, so a later correction replaces an earlier one. */
  key: string;
  kind: LearnedKind;
  scope: LearnedScope;
  /** The domain ("northwind.com") or the thread key ("gmail:FMfcgzQX"). */
  target: string;
  /** The company or role as the user wrote it, or a Relevance. */
  value: string;
  /** ISO instant of the correction. */
  learnedAt: string;
}

export const learnedKey = (kind: LearnedKind, scope: LearnedScope, target: string) => `${kind}|${scope}|${target}`;

export function learnedRule(kind: LearnedKind, scope: LearnedScope, target: string, value: string, learnedAt: string): LearnedRule {
  return { key: learnedKey(kind, scope, target), kind, scope, target, value, learnedAt };
}
