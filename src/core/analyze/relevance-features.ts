// What the relevance model weighs: the evidence analyze() gathers about a thread, as a fixed vector of
// named numbers. The names are the keys of relevance-weights.json, which scripts/train-relevance.ts
// writes, so they stay stable: renaming one means training again.
import type { Act } from './acts';
import { SIGNALS, type SignalName } from './signals';

export interface RelevanceEvidence {
  /** How many sentences assert each act, over the whole thread (the owner's acts are named owner…). */
  acts: ReadonlyMap<Act, number>;
  /** How many kinds of hiring-process act the thread shows (invited, booked, thanked…). */
  processActKinds: number;
  /** Signals found in the messages' text or in the subject. */
  signals: ReadonlySet<SignalName>;
  subjectSignals: ReadonlySet<SignalName>;
  ats: boolean;
  /** Something says this is about a job: a role, a recruiter, an application, an ATS, an offer. */
  hiring: boolean;
  /** An interview of the owner's is asked for, booked, held or followed up. */
  involved: boolean;
  /** Sentences that make the interview someone else's. */
  thirdParty: number;
  internalOnly: boolean;
  ownerReplied: boolean;
  recruiterSignature: boolean;
  roleNamed: boolean;
}

/** Acts that say only how the stage moves, not whether the thread is an interview process. */
type StageOnlyAct = 'noTimeline';

const ACT_KINDS: Record<Exclude<Act, StageOnlyAct>, true> = {
  invite: true,
  askAvailability: true,
  confirm: true,
  describeInterview: true,
  reschedule: true,
  cancel: true,
  thankInterview: true,
  interviewHeld: true,
  promiseDecision: true,
  delay: true,
  reject: true,
  badNews: true,
  offer: true,
  acknowledge: true,
  interviewForYou: true,
  thirdParty: true,
  ownerThanks: true,
  ownerAccepts: true,
  ownerCommits: true,
  ownerCheckIn: true,
  ownerInterview: true,
  ownerThirdParty: true,
};
const ACTS = Object.keys(ACT_KINDS) as Exclude<Act, StageOnlyAct>[];
const SIGNAL_NAMES = Object.keys(SIGNALS) as SignalName[];
const SUBJECT_SIGNALS: SignalName[] = ['interview', 'conditionalInterview', 'hiring'];

// More sentences saying the same thing add less and less: one counts 1, three count 2, more no further.
const repeated = (n: number) => Math.min(2, Math.log2(1 + n));
const flag = (b: boolean) => (b ? 1 : 0);

/** Acts that show the owner's interview was held: thanks for it, or talk of it after. */
const INTERVIEW_HELD_ACTS: Act[] = ['thankInterview', 'interviewHeld', 'ownerThanks', 'ownerInterview'];

/** Acts that put the owner in an interview at any step: asked to one, booked, moved, held. */
const INTERVIEW_ACTS: Act[] = [...INTERVIEW_HELD_ACTS, 'invite', 'askAvailability', 'confirm', 'describeInterview', 'reschedule', 'cancel', 'interviewForYou', 'ownerAccepts', 'ownerCommits'];

/** Acts that move a process past its interview: a promised, delayed or given decision. */
const DECISION_ACTS: Act[] = ['promiseDecision', 'delay', 'reject', 'badNews', 'offer'];

const hasAny = (e: RelevanceEvidence, acts: readonly Act[]) => acts.some((act) => (e.acts.get(act) ?? 0) > 0);

// Most rejections follow an interview, so a rejection counts for relevance. One in a thread that speaks of
// interviews only for those shortlisted, with none held, or that speaks of no interview of the owner's at all
// (a rejection forwarded to a friend, an answer to "did you receive my application?"), screened the
// application out before any interview.
function rejectedBeforeInterview(e: RelevanceEvidence): boolean {
  if ((e.acts.get('reject') ?? 0) === 0 || e.signals.has('afterInterview')) return false;
  return e.signals.has('conditionalInterview') ? !hasAny(e, INTERVIEW_HELD_ACTS) : !hasAny(e, INTERVIEW_ACTS);
}

const FEATURES: [string, (e: RelevanceEvidence) => number][] = [
  ...ACTS.map((act): [string, (e: RelevanceEvidence) => number] => [`act.${act}`, (e) => repeated(e.acts.get(act) ?? 0)]),
  ...SIGNAL_NAMES.map((name): [string, (e: RelevanceEvidence) => number] => [`signal.${name}`, (e) => flag(e.signals.has(name) || e.subjectSignals.has(name))]),
  ...SUBJECT_SIGNALS.map((name): [string, (e: RelevanceEvidence) => number] => [`subject.${name}`, (e) => flag(e.subjectSignals.has(name))]),
  ['processActKinds', (e) => Math.min(6, e.processActKinds)],
  ['ats', (e) => flag(e.ats)],
  ['hiring', (e) => flag(e.hiring)],
  ['involved', (e) => flag(e.involved)],
  ['involvedInHiring', (e) => flag(e.involved && e.hiring)],
  ['applicationReceivedWithoutInterview', (e) => flag(e.signals.has('applicationReceived') && !e.involved)],
  ['rejectedBeforeInterview', (e) => flag(rejectedBeforeInterview(e))],
  ['thirdParty', (e) => Math.min(5, e.thirdParty)],
  ['internalOnly', (e) => flag(e.internalOnly)],
  ['ownerReplied', (e) => flag(e.ownerReplied)],
  ['recruiterSignature', (e) => flag(e.recruiterSignature)],
  ['roleNamed', (e) => flag(e.roleNamed)],
  ['heldThenDecided', (e) => flag(hasAny(e, INTERVIEW_HELD_ACTS) && hasAny(e, DECISION_ACTS))],
];

export const RELEVANCE_FEATURES: readonly string[] = FEATURES.map(([name]) => name);

/** The evidence as numbers, in RELEVANCE_FEATURES' order. */
export function relevanceFeatures(evidence: RelevanceEvidence): number[] {
  return FEATURES.map(([, value]) => value(evidence));
}
