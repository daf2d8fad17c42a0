// The stage follows the latest acts of the employer; the owner's own messages move it only as
// context (accepting a proposed time books it, thanking for an interview means it happened).
import type { Stage } from '../model';
import type { Act } from './acts';

export interface StageInput {
  acts: ReadonlyMap<Act, number>;
  /** The acts of the mail the message forwards, apart from its sender's own words: one map per level of forwards, outermost (newest) first, the employer's acts or, in the owner's own mail, the owner's. */
  forwardedActs?: readonly ReadonlyMap<Act, number>[];
  /** Whether each level of those forwards states a dated promise of a decision, as hasWindow says of the message's own words. */
  forwardedWindows?: readonly boolean[];
  fromOwner: boolean;
  /** Sent by someone the owner forwarded the process to (./confidants.ts): it does not move the stage. */
  fromConfidant?: boolean;
  /** An out-of-office reply (./signals.ts): it says nothing of the process, whatever it promises of the sender's return. */
  autoReply?: boolean;
  /** The message states a dated promise of a decision. */
  hasWindow: boolean;
  /** The message states a clock time ("10:30", "2 pm"). */
  statesTime?: boolean;
}

const has = (acts: ReadonlyMap<Act, number>, ...names: Act[]) => names.some((name) => (acts.get(name) ?? 0) > 0);

/** The stage an employer's message implies on its own, or null when it does not move the process. */
export function employerStage({ acts, hasWindow, statesTime = false }: StageInput): Stage | null {
  if (has(acts, 'offer') && !has(acts, 'reject')) return 'offer';
  // Bad news that the message goes on to explain as a pause, or follows with a time to book, is not a rejection.
  if (has(acts, 'reject') || (has(acts, 'badNews') && !has(acts, 'delay', 'cancel', 'invite', 'askAvailability', 'confirm', 'reschedule', 'describeInterview'))) return 'rejected';
  // A message that books the candidate, or asks them to book a time (a first one, or a new one for a meeting it moves),
  // moves the process, whatever it says of the timeline.
  const booking = (has(acts, 'confirm') && statesTime) || (has(acts, 'invite', 'reschedule') && has(acts, 'askAvailability'));
  if ((has(acts, 'delay') && !booking) || (has(acts, 'cancel') && !has(acts, 'invite', 'reschedule', 'askAvailability'))) return hasWindow && !has(acts, 'noTimeline') ? 'awaiting-decision' : 'delayed';
  if (has(acts, 'confirm')) return 'scheduled';
  // An invitation that fixes the time and asks for none is a booking.
  if (!has(acts, 'askAvailability') && (has(acts, 'describeInterview') || (has(acts, 'invite') && statesTime))) return 'scheduled';
  if (has(acts, 'invite', 'askAvailability')) return 'scheduling';
  // Something rescheduled beside a dated decision promise and no time to book is the employer's own meeting.
  if (has(acts, 'reschedule')) return hasWindow && !statesTime ? 'awaiting-decision' : 'scheduling';
  // Saying only that no date can be given ("No date yet.", "cannot at present indicate any date") leaves the process open-ended.
  if (has(acts, 'noTimeline') && !hasWindow && !has(acts, 'thankInterview', 'interviewHeld', 'promiseDecision')) return 'delayed';
  if (has(acts, 'thankInterview', 'interviewHeld', 'promiseDecision') || hasWindow) return 'awaiting-decision';
  // A mere mention of the candidate's interview ("your interview stands as informed") moves nothing: it keeps a booking booked.
  return null;
}

/** How an owner's message moves the stage reached so far. */
function afterOwner(acts: ReadonlyMap<Act, number>, stage: Stage | null): Stage | null {
  if (stage === 'offer' || stage === 'rejected' || stage === 'delayed') return stage;
  // Committing to a time books it, whether the employer proposed it or only named the interview ("Confirmed. I'll be there.").
  if (has(acts, 'ownerCommits') && (stage === 'scheduling' || stage === null)) return 'scheduled';
  if (has(acts, 'ownerThanks', 'ownerInterview') && stage !== 'awaiting-decision') return 'awaiting-decision';
  if (has(acts, 'ownerCheckIn') && stage === 'scheduled') return 'awaiting-decision';
  return stage;
}

/**
 * The stage forwarded mail reaches: a forward holds older mail beneath it, read oldest first like the thread itself.
 * A level holds the employer's acts or, where the owner wrote it, the owner's: each moves the stage as in the thread.
 */
function forwardedStage(m: StageInput): Stage | null {
  let stage: Stage | null = null;
  for (let level = (m.forwardedActs?.length ?? 0) - 1; level >= 0; level--) {
    const acts = m.forwardedActs?.[level];
    if (acts) stage = afterOwner(acts, employerStage({ ...m, acts, hasWindow: m.forwardedWindows?.[level] ?? false }) ?? stage);
  }
  return stage;
}

/** The stage of the thread after its latest message. */
export function threadStage(messages: StageInput[]): Stage | null {
  let stage: Stage | null = null;
  messages.forEach((m) => {
    if (m.fromConfidant || m.autoReply) return;
    // An owner's message can carry the employer's mail it forwards: that mail sets the stage, and the owner's
    // note on it speaks to whoever it is forwarded to (a friend, a coach), not to the employer.
    const forwarded = m.fromOwner ? forwardedStage(m) : null;
    stage = forwarded ?? (m.fromOwner ? afterOwner(m.acts, employerStage(m) ?? stage) : (employerStage(m) ?? stage));
  });
  return stage;
}
