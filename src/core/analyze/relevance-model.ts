// Whether a thread is an interview process of the owner's: a logistic model over relevance-features.ts,
// with weights learned from the dev corpus by scripts/train-relevance.ts. Its probability is calibrated
// on held-out folds, so the confidence it gives means what it says.
import trained from './relevance-weights.json';
import { RELEVANCE_FEATURES } from './relevance-features';
import { logisticModel } from './logistic-model';

const model = logisticModel(trained, RELEVANCE_FEATURES);

/** The features that, when they weigh in the decision's direction, the sidebar's "why" says in words. */
const FEATURE_REASON: Record<string, string> = {
  'act.invite': 'Invites you to interview',
  'act.askAvailability': 'Asks when you can interview',
  'act.confirm': 'Confirms an interview time',
  'act.describeInterview': 'Says who you will meet',
  'act.interviewForYou': 'Speaks of your interview',
  'act.ownerInterview': 'You wrote about your interview',
  'signal.oneWayVideo': 'Asks for a recorded video interview',
  'subject.interview': 'The subject speaks of an interview',
  involvedInHiring: 'An interview for a job',
  roleNamed: 'Names the job',
  recruiterSignature: 'Sent by a recruiter',
  'act.thankInterview': 'Written after an interview',
  'act.interviewHeld': 'Written after an interview',
  'act.ownerThanks': 'You thanked them for an interview',
  'act.offer': 'Makes an offer',
  'act.reject': 'Says they are not moving forward',
  'act.delay': 'Says the process is paused or delayed',
  'signal.delayed': 'Says the process is paused or delayed',
  // The signal also reads an offer named as a policy ("does not guarantee an offer of employment"), which marks
  // hiring mail as well as a made offer does; the offer act, which reads negation and conditions, says one is made.
  'signal.offer': 'Speaks of a job offer',
  'signal.digest': 'Looks like a newsletter or job alert',
  'signal.press': 'Looks like a press or podcast interview',
  'signal.research': 'Looks like a research study',
  'signal.exit': 'Looks like an exit interview',
  'signal.admission': 'Looks like an admission or visa interview',
  'signal.careerEvent': 'Looks like a careers fair or campus event',
  'signal.ownerAsInterviewer': 'You are the interviewer here',
  'signal.webinar': 'Looks like an event invitation',
  'signal.sales': 'Looks like sales outreach',
  'act.thirdParty': 'The interview is someone else\'s',
  'act.ownerThirdParty': 'The interview is someone else\'s',
  thirdParty: 'The interview is someone else\'s',
  internalOnly: 'Internal mail of your own organisation',
};

/** Mail that looks like an interview but is not one: seen in a thread it refuses, each is a reason, even one whose weight another feature carries. */
const LOOK_ALIKES = new Set(['digest', 'press', 'research', 'exit', 'admission', 'careerEvent', 'ownerAsInterviewer', 'webinar', 'sales'].map((name) => `signal.${name}`));

/** A contribution below this (in log-odds) is too small to give as a reason. */
const NOTABLE = 0.25;
const MAX_REASONS = 4;

export interface RelevanceDecision {
  relevant: boolean;
  /** How likely the decision is right: the probability of relevance, or of its absence. */
  confidence: number;
  /** The strongest features behind the decision, in words. */
  reasons: string[];
}

export function decideRelevance(features: readonly number[]): RelevanceDecision {
  const contributions = model.contributions(features);
  const p = model.probability(features);
  const relevant = p >= model.threshold;
  const direction = relevant ? 1 : -1;
  const reasons = contributions
    .map((c, i) => {
      const name = RELEVANCE_FEATURES[i] ?? '';
      const seenKind = !relevant && LOOK_ALIKES.has(name) && (features[i] ?? 0) > 0 && c <= 0;
      return { strength: c * direction, reason: FEATURE_REASON[name], notable: seenKind || c * direction >= NOTABLE };
    })
    .filter((r): r is { strength: number; reason: string; notable: true } => r.reason !== undefined && r.notable)
    .sort((a, b) => b.strength - a.strength)
    .map((r) => r.reason);
  return { relevant, confidence: Math.round((relevant ? p : 1 - p) * 100) / 100, reasons: [...new Set(reasons)].slice(0, MAX_REASONS) };
}
