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
  /** The user's other applications, so a draft that names one of their companies or roles is caught. */
  otherApplications?: { company: string; role: string }[];
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
  | 'ultimatum'
  | 'wrong-weekday'
  | 'wrong-name'
  | 'wrong-role'
  | 'wrong-company'
  | 'stale-reference';

/** A one-click correction: put `replacement` where `original` stands at `span` in the body. */
export interface Fix {
  span: [number, number];
  replacement: string;
  /** The text the span held when the draft was checked: a fix whose text has since changed is not applied. */
  original: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  /** Offsets into the body, when the finding points at text. */
  span?: [number, number];
  /** The correction the user can apply in one click, for the fact checks. */
  fix?: Fix;
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
