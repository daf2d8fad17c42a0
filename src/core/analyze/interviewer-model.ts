// Whether a person the mail names is someone the candidate meets or met: every full name the employer's mail
// (or a forward of it) writes, and every writer of it, is a candidate, whatever the phrasing around it; a
// logistic model over what surrounds its mentions decides, with weights learned from the dev corpus by
// scripts/train-interviewers.ts (interviewer-weights.json). The phrase rules of extract-people.ts are one of
// its features: the model finds the people they miss and drops the few they take wrongly.
import trained from './interviewer-weights.json';
import { logisticModel } from './logistic-model';
import { partOf, wordCount } from './names';

/** One mention of a person in the employer's mail, and what stands around it. */
export interface Sighting {
  /** The full name as written. */
  name: string;
  /** In a sentence about meeting, interviewing or a panel, or an appointment with someone. */
  meeting: boolean;
  /** Introduced as a person is ("with", "and", a label, an honorific). */
  introduced: boolean;
  /** Opens a line of a list or an agenda. */
  listed: boolean;
  /** A clock time on its line or just above it: an itinerary's slot. */
  slotted: boolean;
  /** Followed by a job title ("Hector Alvarado (Farm Manager)", "Noor Al-Amin, Staff Engineer"). */
  titled: boolean;
  /** Named as whom the candidate writes to, the organiser, or a recruiter who schedules. */
  staff: boolean;
  /** Below the writer's sign-off: a calendar invitation's guest list, or a signature. */
  afterSignOff: boolean;
  /** The sentence, or the list, it stands in: the names of one group are read together. */
  group: number;
}

/** A writer of the employer's mail, and how their own mail speaks of the meeting. */
export interface WriterSighting {
  name: string;
  /** The writer counts themself in: "me and our CTO", "Marguerite and I are", "breakfast with me". */
  among: boolean;
  /** The candidate met them: "thank you for speaking with me", "great meeting you". */
  met: boolean;
  /** They will meet the candidate: "I'll be interviewing you", "I look forward to meeting you". */
  willMeet: boolean;
  /** They speak of the meeting as their own: "our conversation on Friday", "come in and talk", "thank you for yesterday". */
  ownMeeting: boolean;
  /** They sign with a job title that is not a recruiter's or a coordinator's ("Owner / General Manager", "Founder & CEO"). */
  hires: boolean;
}

/** The writer's mail speaks of meeting the candidate, in any of the ways the sighting records. */
export const speaksOfMeeting = (w: WriterSighting) => w.ownMeeting || w.met || w.willMeet || w.among;

export const INTERVIEWER_FEATURES = [
  'kept',
  'meeting',
  'introduced',
  'listed',
  'slotted',
  'titled',
  'meetingTitled',
  'slotTitled',
  'staff',
  'staffOnly',
  'afterSignOffOnly',
  'writer',
  'writerAmong',
  'writerMet',
  'writerWillMeet',
  'writerOwnMeeting',
  'writerHires',
  'writerHiresMeets',
  'firstNameMeets',
  'candidateMet',
  'candidateThanked',
  'besideKept',
  'participant',
  'mentions',
] as const;

export type InterviewerFeature = (typeof INTERVIEWER_FEATURES)[number];

const model = logisticModel(trained, INTERVIEWER_FEATURES);
export const MEETS_THRESHOLD = model.threshold;

/** What the thread says of one person, beyond their own mentions. */
export interface PersonContext {
  /** The names the phrase rules of extract-people.ts count. */
  ruled: Set<string>;
  writers: WriterSighting[];
  /** First names that stand alone in a sentence about meeting in the employer's mail ("Marguerite and I"). */
  firstNamesMeeting: Set<string>;
  /** Names and first names the candidate's own notes write in a sentence about meeting ("I enjoyed meeting Hector and Beth"). */
  candidateMet: Set<string>;
  /** Whom the candidate's notes thank for a meeting or a day with them, in lower case. */
  thankedByCandidate: Set<string>;
  /** For each group of sightings (a sentence, a list), the names in it the rules keep. */
  ruledGroups: Map<number, string[]>;
  /** Names of the thread's senders and recipients. */
  participants: Set<string>;
}

const lower = (name: string) => name.toLowerCase();
const firstOf = (name: string) => lower(name).split(' ')[0] ?? '';
/** Two writings of one person: the shorter (in words; the first of two as long) is part of the longer. */
const samePerson = (a: string, b: string) => (wordCount(b) < wordCount(a) ? partOf(b, a) : partOf(a, b));

/** The model's inputs for one person: each a 0-1 number, over all their mentions. */
export function featuresOf(name: string, sightings: readonly Sighting[], context: PersonContext): number[] {
  const own = sightings.filter((s) => samePerson(s.name, name));
  const any = (test: (s: Sighting) => boolean) => (own.some(test) ? 1 : 0);
  const asWriter = context.writers.filter((w) => samePerson(w.name, name));
  const values: Record<InterviewerFeature, number> = {
    kept: [...context.ruled].some((ruled) => samePerson(ruled, name)) ? 1 : 0,
    meeting: any((s) => s.meeting),
    introduced: any((s) => s.introduced),
    listed: any((s) => s.listed),
    slotted: any((s) => s.slotted),
    titled: any((s) => s.titled),
    meetingTitled: any((s) => s.meeting && s.titled && !s.staff),
    slotTitled: any((s) => (s.slotted || s.listed) && s.titled && !s.staff),
    staff: any((s) => s.staff),
    staffOnly: own.length > 0 && own.every((s) => s.staff) ? 1 : 0,
    afterSignOffOnly: own.length > 0 && own.every((s) => s.afterSignOff) ? 1 : 0,
    writer: asWriter.length > 0 ? 1 : 0,
    writerAmong: asWriter.some((w) => w.among) ? 1 : 0,
    writerMet: asWriter.some((w) => w.met) ? 1 : 0,
    writerWillMeet: asWriter.some((w) => w.willMeet) ? 1 : 0,
    writerOwnMeeting: asWriter.some((w) => w.ownMeeting) ? 1 : 0,
    writerHires: asWriter.some((w) => w.hires) ? 1 : 0,
    // A hiring writer who speaks of meeting the candidate is the one they meet; a recruiter who says the same books it for others.
    writerHiresMeets: asWriter.some((w) => w.hires) && asWriter.some(speaksOfMeeting) ? 1 : 0,
    firstNameMeets: context.firstNamesMeeting.has(firstOf(name)) ? 1 : 0,
    candidateMet: context.candidateMet.has(lower(name)) || context.candidateMet.has(firstOf(name)) ? 1 : 0,
    candidateThanked: [...context.thankedByCandidate].some((thanked) => samePerson(thanked, lower(name))) ? 1 : 0,
    // A list goes on as it starts: a name of the panel whose other names the rules keep is likely on it too.
    besideKept: own.some((s) => !s.staff && (s.listed || s.slotted || s.introduced) && (context.ruledGroups.get(s.group) ?? []).some((other) => !samePerson(other, name))) ? 1 : 0,
    participant: [...context.participants].some((p) => samePerson(p, name)) ? 1 : 0,
    mentions: Math.min(own.length, 3) / 3,
  };
  return INTERVIEWER_FEATURES.map((feature) => values[feature]);
}

/** How likely the person with these features is one the candidate meets or met. */
export function meetsProbability(x: readonly number[]): number {
  return model.probability(x);
}
