import type { ApplicationDossier, ContactEvent, DraftKind, Interview, Settings } from '../model';

export interface Recipient {
  name: string;
  email: string;
  title?: string;
}

/** Everything a draft may draw on. Facts come only from here: a missing one becomes a visible [field]. */
export interface DraftContext {
  dossier: ApplicationDossier;
  settings: Settings;
  /** Who the draft is to (the interviewer for a thank-you, the reference for a briefing). */
  recipient?: Recipient | null;
  /** The interview round the draft is about; the latest one when absent. */
  interview?: Interview | null;
  /** Contacts logged so far, for the frequency rules. */
  events?: ContactEvent[];
  /** Other drafts of this application, to catch near-duplicates. */
  otherDrafts?: { kind: DraftKind; body: string; recipientName?: string }[];
  /** For a value-add note: what to share. */
  share?: { article?: string; idea?: string };
  /** ISO instant of "now". */
  now: string;
}

export interface RenderedDraft {
  subject: string;
  body: string;
  to: string[];
}

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'emoji'
  | 'casual-tone'
  | 'impatient-tone'
  | 'unpersonalized'
  | 'near-duplicate'
  | 'placeholder'
  | 'spelling'
  | 'too-soon'
  | 'too-frequent'
  | 'uninvolved-recipient'
  | 'too-long'
  | 'subject-missing-role'
  | 'ultimatum';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  /** Offsets into the body, when the finding points at text. */
  span?: [number, number];
}

/** A Hunspell-compatible checker (nspell), injected so the dictionary stays out of core and the content script. */
export interface Speller {
  correct(word: string): boolean;
  suggest?(word: string): string[];
}

export interface DraftToLint {
  subject: string;
  body: string;
  to: string[];
  kind: DraftKind;
}
