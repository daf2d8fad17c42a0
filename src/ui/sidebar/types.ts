import type { Finding } from '../../core/drafts';
import type { CheckIn, DraftKind, InterviewNotes, Settings, ThreadAnalysis } from '../../core/model';
import type { Payload, ThreadState } from '../../messaging';

/** What the sidebar shows; the content script decides it from the open thread. */
export type SidebarView =
  | { kind: 'idle' }
  | { kind: 'unreadable'; reason: string; missing: string[] }
  | { kind: 'untracked'; analysis: ThreadAnalysis; dismissed: boolean }
  | { kind: 'tracked'; analysis: ThreadAnalysis; state: ThreadState; settings: Settings };

export interface DraftInput {
  kind: DraftKind;
  subject: string;
  body: string;
  to: string[];
}

/** What the user types to track a thread Afterview could not read. */
export interface ManualFields {
  company: string;
  role: string;
  interviewAt: string | null;
}

/** A correction of one field of the application the sidebar shows. */
export type Correction = Payload<'correction/apply'>;

/** What the sidebar can ask for; every one goes through the content script to the background or the mail page. */
export interface SidebarActions {
  track(): Promise<void>;
  /** Accepts or turns down the application's pending stage. */
  confirmStage(accept: boolean): Promise<void>;
  dismiss(): Promise<void>;
  /** Corrects one field; the plan and the drafts follow at once. */
  correct(correction: Correction): Promise<void>;
  insert(draft: DraftInput): Promise<string>;
  lint(draft: DraftInput): Promise<Finding[]>;
  markSent(checkIn: CheckIn | null, draft: DraftInput): Promise<void>;
  snooze(checkIn: CheckIn, days: number): Promise<void>;
  saveNotes(interviewId: string, interviewer: string | null, notes: InterviewNotes): Promise<void>;
  saveDraft(checkIn: CheckIn | null, draft: DraftInput): Promise<void>;
  /** Saves the account the page shows as the (empty) profile. */
  adoptProfile(): Promise<void>;
  openOptions(): Promise<void>;
  trackManually(fields: ManualFields): Promise<void>;
  /** The deadline of this thread's offer, as the user typed it. */
  setOfferDeadline(deadline: string): Promise<void>;
  /** The address of the offer panel (an extension page) for this thread's application, to frame. */
  offerPanelUrl(applicationId: string): string;
  copyDiagnostics(): Promise<void>;
}
