// Domain types shared by every room. The thread types are the contract of docs/analysis.md.

export interface Person {
  name: string;
  email: string;
}

export interface MailMessage {
  from: Person;
  to: Person[];
  cc: Person[];
  /** ISO 8601 with offset, e.g. "2026-11-24T15:02:00-05:00" */
  sentAt: string;
  /** Plain text; may contain quoted earlier replies and signatures. */
  text: string;
}

export type MailHostName = 'gmail' | 'outlook';

export interface MailThread {
  host: MailHostName;
  id: string;
  subject: string;
  /** Oldest first. */
  messages: MailMessage[];
  userEmail?: string;
}

export type Stage = 'scheduling' | 'scheduled' | 'awaiting-decision' | 'delayed' | 'offer' | 'rejected';

/** Calendar dates (YYYY-MM-DD) the employer promised a decision or update between. */
export interface DateWindow {
  earliest: string;
  latest: string;
}

export interface DecisionWindow extends DateWindow {
  quote: string;
}

export interface ThreadAnalysis {
  relevant: boolean;
  confidence: number;
  stage: Stage | null;
  company: string | null;
  role: string | null;
  interviewers: string[];
  interviewAt: string | null;
  decisionWindow: DecisionWindow | null;
  reasons: string[];
  /** How sure the engine is of each extracted field, and what else it considered (docs/analysis.md). */
  fields?: FieldBeliefs;
}

/** A field's calibrated confidence (of values given with confidence c, about c are right) and its candidates, best first. */
export interface FieldBelief<T> {
  confidence: number;
  candidates: T[];
}

export interface FieldBeliefs {
  company?: FieldBelief<string>;
  role?: FieldBelief<string>;
  interviewers?: FieldBelief<string[]>;
  interviewAt?: FieldBelief<string>;
  decisionWindow?: FieldBelief<DecisionWindow>;
}

export type EmployerStyle = 'tech' | 'traditional';
export type CadencePreset = 'standard' | 'patient';

/** What the user typed about an interview; every field optional, never invented by a draft. */
export interface InterviewNotes {
  /** Topics discussed, a specific project, challenge or goal the interviewer raised. */
  topics?: string;
  /** A pain point the interviewer named. */
  painPoint?: string;
  /** The user's skill or experience that answers the pain point. */
  matchingSkill?: string;
  /** A gap the user felt came up. */
  gap?: string;
  /** A related, ideally quantified strength that answers the gap. */
  gapStrength?: string;
  /** An achievement the interview did not cover. */
  achievement?: string;
  /** What draws the user to the company's mission. */
  mission?: string;
}

export interface Interview {
  id: string;
  applicationId: string;
  round: number;
  /** ISO instant of the start, null when unknown. */
  at: string | null;
  durationMinutes: number;
  /** Full names as written. */
  interviewers: string[];
  notes: InterviewNotes;
  /** Notes about one interviewer's part of the conversation, by full name. */
  notesByInterviewer: Record<string, InterviewNotes>;
}

export interface Contact {
  id: string;
  applicationId: string;
  name: string;
  email: string;
  /** Job title as written ("Engineering Manager", "CEO"). */
  title: string;
  phone: string;
  /** Whether this person took part in the hiring process (interviewed, recruited, scheduled). */
  involved: boolean;
}

export interface Reference {
  id: string;
  name: string;
  email: string;
  relation: string;
  /** ISO instant of the last briefing, null when never briefed for this application. */
  lastBriefedAt: string | null;
}

export interface CompetingOffer {
  company: string;
  /** ISO instant by which the other offer must be answered. */
  deadline: string;
  /** ISO instant the user recorded the offer: the urgent check-in is due from then. */
  notedAt: string;
}

/** The offer this application made: by when the user must answer it, and what they answered. */
export interface ReceivedOffer {
  /** ISO instant by which the employer needs the user's answer. */
  deadline: string;
  /** Read in the offer mail, or typed by the user (whose entry the mail never overwrites). */
  source: 'detected' | 'user';
  /** ISO instant the deadline became known. */
  notedAt: string;
  decision: 'accepted' | 'declined' | null;
}

export interface StoredDecisionWindow extends DecisionWindow {
  /** Local date (YYYY-MM-DD) of the message that stated the window. */
  statedOn: string;
}

/** An offer or a rejection read in a thread that joined the application on its own: it waits for the user. */
export interface PendingStage {
  stage: Extract<Stage, 'offer' | 'rejected'>;
  /** The thread that said it, `${host}:${hostThreadId}`. */
  threadKey: string;
  /** ISO instant of the message that said it. */
  at: string;
}

/** What the user may change of an application; the rest (ids, source, times) is the background's. */
export const APPLICATION_EDITABLE_FIELDS = ['company', 'role', 'stage', 'employerStyle', 'decisionWindow', 'competingOffer', 'finalStage', 'references'] as const;
export type ApplicationEditableField = (typeof APPLICATION_EDITABLE_FIELDS)[number];

/** What the user may correct from the sidebar; a corrected field is the user's, never the analysis's again. */
export const CORRECTABLE_FIELDS = ['company', 'role', 'stage', 'interviewers', 'interviewAt', 'decisionWindow'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export interface Application {
  id: string;
  company: string;
  role: string;
  stage: Stage;
  source: 'detected' | 'manual';
  employerStyle: EmployerStyle;
  decisionWindow: StoredDecisionWindow | null;
  /** ISO instant since which the process is paused open-endedly (stage 'delayed'). */
  delayedSince: string | null;
  competingOffer: CompetingOffer | null;
  /** This application's own offer and its deadline; absent in records written before it existed. */
  offer?: ReceivedOffer | null;
  /** The process reached its final stage: references are likely to be called. */
  finalStage: boolean;
  references: Reference[];
  /** ISO instant of the employer's latest message, when known. */
  lastEmployerMessageAt: string | null;
  /** Absent in records written before it existed: none pending. */
  pendingStage?: PendingStage | null;
  /** Fields the user corrected (absent before corrections existed): later analysis leaves them alone (store/threads.ts). */
  corrected?: CorrectableField[];
  createdAt: string;
  updatedAt: string;
}

/** An application with everything the scheduler and the drafts need to know about it. */
export interface ApplicationDossier {
  application: Application;
  contacts: Contact[];
  interviews: Interview[];
}

export type CheckInKind =
  | 'thank-you'
  | 'status-check'
  | 'check-in'
  | 'phone-call'
  | 'extended-delay'
  | 'competing-offer'
  | 'reference-update';

export type Channel = 'email' | 'phone';

/** A follow-up the rules call for. `key` is stable across re-planning, so user overrides (snooze) survive it. */
export interface PlannedCheckIn {
  key: string;
  applicationId: string;
  kind: CheckInKind;
  channel: Channel;
  /** ISO instant from which this follow-up is appropriate. */
  notBefore: string;
  /** ISO instant by which it should be done; overdue after. */
  dueAt: string;
  /** Who it is addressed to (interviewer for thank-yous), when it is one person. */
  contactName: string | null;
  interviewId: string | null;
  /** Why now, in words a person reads in the sidebar ("Their window closed on Fri, Dec 4"). */
  reason: string;
}

export type CheckInStatus = 'pending' | 'done' | 'snoozed' | 'dismissed';

export interface CheckIn extends PlannedCheckIn {
  id: string;
  status: CheckInStatus;
  snoozedUntil: string | null;
  doneAt: string | null;
  /** When the user was notified that it fell due, so each check-in notifies once. */
  notifiedAt: string | null;
}

export type ContactEventKind = 'email' | 'phone-call' | 'voicemail';

/** Every message sent or call made (and employer messages seen), for the frequency rules. */
export interface ContactEvent {
  id: string;
  applicationId: string;
  kind: ContactEventKind;
  direction: 'sent' | 'received';
  at: string;
  /** The check-in this contact answered, when there was one. */
  checkInKey: string | null;
  to: string[];
}

export type DraftKind =
  | 'thank-you'
  | 'status-check'
  | 'check-in'
  | 'extended-delay'
  | 'competing-offer'
  | 'value-add'
  | 'phone-script'
  | 'voicemail'
  | 'reference-update'
  | 'withdrawal'
  | 'offer-decline';

export interface Draft {
  id: string;
  applicationId: string;
  kind: DraftKind;
  /** The check-in this draft serves, when there is one. */
  checkInKey: string | null;
  subject: string;
  body: string;
  to: string[];
  updatedAt: string;
}

export interface Profile {
  name: string;
  emails: string[];
  phone: string;
  signature: string;
}

export interface Settings {
  profile: Profile;
  cadence: CadencePreset;
  defaultEmployerStyle: EmployerStyle;
  /** Extra non-business days, YYYY-MM-DD. */
  holidays: string[];
  notifications: boolean;
  /** IANA zone for calendar dates; null = the runtime's zone. */
  timeZone: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  profile: { name: '', emails: [], phone: '', signature: '' },
  cadence: 'standard',
  defaultEmployerStyle: 'tech',
  holidays: [],
  notifications: true,
  timeZone: null,
};
