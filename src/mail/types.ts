import type { MailHostName, MailThread, Person } from '../core/model';
import type { SelectorMatch } from './diagnostics';

/** What the mail tab shows now. */
export interface MailView {
  kind: 'thread' | 'list' | 'other';
  /** The host's own thread id when a thread is open. */
  threadId: string | null;
}

export type ThreadRead = { ok: true; thread: MailThread } | { ok: false; reason: string };

export interface Insertion {
  to: string[];
  subject: string;
  body: string;
}

export type InsertResult =
  | { ok: true; via: 'editor' }
  | { ok: true; via: 'deeplink'; url: string }
  | { ok: false; reason: string };

/** A row of the message list, for noticing a newer message in a tracked thread without opening it. */
export interface ListRow {
  threadId: string | null;
  subject: string;
  senders: string[];
  /** As the host shows it (title attribute when present). */
  dateText: string;
  unread: boolean;
}

export interface SentMessage {
  threadId: string | null;
  to: string[];
  subject: string;
  body: string;
}

/**
 * One mail app behind one interface (docs/architecture.md: a driver per host). The content script never touches
 * a host's class names: only the adapter and its selectors.ts do.
 */
export interface MailHost {
  readonly name: MailHostName;
  view(): MailView;
  /** The element whose mutations mean the open thread changed; null when none is shown. */
  readingPane(): Element | null;
  readThread(): ThreadRead;
  /** The open reply editor, if any. */
  replyEditor(): HTMLElement | null;
  /** Finds or opens the reply editor of the open thread. */
  openReply(): Promise<HTMLElement | null>;
  /** Puts subject and body into the reply editor so the host registers them; falls back to the compose deeplink. */
  insert(insertion: Insertion): Promise<InsertResult>;
  /** Calls back when the user sends from this tab; returns a function that stops listening. */
  onSend(listener: (sent: SentMessage) => void): () => void;
  /** The host's compose deeplink with fields prefilled. */
  composeUrl(insertion: Insertion): string;
  listRows(): ListRow[];
  /** Which named selectors match the page now (names and counts, no mail text). */
  diagnostics(): SelectorMatch[];
  /** The signed-in user as the page shows them (title, account button, recipients); null when the page does not say. The address may be empty. */
  account(): Person | null;
}
