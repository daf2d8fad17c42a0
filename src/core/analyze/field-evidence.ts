// The kinds of evidence each extractor gives for a candidate value. scripts/train-fields.ts counts, per
// field and kind, how often the top candidate is right, and field-calibration.json holds those rates.

export const EVIDENCE_KINDS = {
  company: [
    // The employer's own prose names it ("here at X", "the X team").
    'stated',
    // The line under the employer's signer.
    'signature',
    // A team sender's display name ("X Recruiting", "Talent at X").
    'sender-name',
    // The subject: "Interview with X", or its first or last segment.
    'subject',
    // Only the candidate's own mail names it.
    'candidate-stated',
    // A name that matches the sender's domain.
    'domain-match',
    // The sender's domain, spelled as the mail writes it.
    'domain-spelled',
    // Named, but too weakly for the extractor's own bar.
    'weak',
  ],
  role: [
    'subject',
    // A body mention beside "role", "position", "interview".
    'body-context',
    'body',
    'weak',
  ],
  interviewers: [
    // Every name from the employer's mail: named in a sentence or agenda line about meeting, or the writer who
    // counts themself in ("me and Jun Park"). How many there are says how sure the list is: a pair is the
    // commonest shape and seldom wrong, one name often leaves out a second, and a long list often takes in
    // a host or leaves out a panellist.
    'employer-pair',
    'employer-one',
    'employer-several',
    // The recipient of the candidate's thank-you for the meeting.
    'candidate-thanked',
    // The candidate's own note names them in full ("I enjoyed meeting Curtis Vandermolen").
    'candidate-named',
    // A short reference ("Dr. Varga") resolved to a full name written elsewhere.
    'resolved',
    // The model of interviewer-model.ts adds someone to the rules' list, or drops someone from it.
    'scored',
    // The model keeps the rules' list but is unsure of someone on it.
    'doubted',
  ],
  interviewAt: [
    // A new time that replaces an earlier one.
    'rescheduled',
    // The candidate accepts a time.
    'accepted',
    // The employer states one time.
    'stated',
    // The employer states several times without calling them options: the first.
    'first-of-several',
    // Times offered as options, none taken yet.
    'proposed',
  ],
  decisionWindow: [
    // A count from the message's date: "within 5 business days", "a couple of weeks", "7-10 days".
    'counted',
    // A day or week named relative to it: "by Friday", "next week", "by end of this week", "tomorrow".
    'week-relative',
    // A calendar date or part of a month or year: "by December 4", "mid-December", "end of the month".
    'calendar',
  ],
} as const;

export type BeliefField = keyof typeof EVIDENCE_KINDS;
export type EvidenceKind<F extends BeliefField> = (typeof EVIDENCE_KINDS)[F][number];
export type CompanyKind = EvidenceKind<'company'>;
export type RoleKind = EvidenceKind<'role'>;
export type InterviewerKind = EvidenceKind<'interviewers'>;
export type InterviewAtKind = EvidenceKind<'interviewAt'>;
export type WindowFamily = EvidenceKind<'decisionWindow'>;

/** A candidate value with the kind of evidence that chose it; corroborated when another, independent kind agrees. */
export interface Ranked<T, K extends string> {
  value: T;
  kind: K;
  corroborated: boolean;
}

/** The kind of evidence that added most to a candidate's score, or `none` when nothing did. */
export function strongestKind<K extends string>(kinds: ReadonlyMap<K, number>, none: K): K {
  let kind = none;
  let most = 0;
  for (const [k, weight] of kinds) {
    if (weight > most) {
      kind = k;
      most = weight;
    }
  }
  return kind;
}
