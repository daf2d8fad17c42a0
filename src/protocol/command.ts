// What every command is: the shape its payload must have, who may send it, and what it does.
import type { Speller } from '../core/drafts';
import type { ThreadAnalysis } from '../core/model';
import type { Check } from '../core/shape';
import type { AfterviewDb } from '../store/db';
import type { SyncControl } from './sync';

/** A draft for a thread's reply box, and the check-in it serves, so the send that follows is logged against it. */
export interface ThreadInsertion {
  to: string[];
  subject: string;
  body: string;
  applicationId: string;
  checkInKey: string | null;
}

/**
 * Who sent a message, as the router tells from the browser's own sender record. A content script runs
 * inside a mail page that may have compromised it (Chrome's guidance), so it gets only the commands about
 * the thread it shows; Afterview's own pages may send everything.
 */
export type Caller = 'mail-content' | 'extension-page';

export const ANY_CALLER = ['mail-content', 'extension-page'] as const satisfies readonly Caller[];
export const EXTENSION_PAGES = ['extension-page'] as const satisfies readonly Caller[];

export interface CommandContext {
  db: AfterviewDb;
  now: () => Date;
  /** One read-write transaction for the change and the re-planning it causes, then the badge and alarms. */
  write: <T>(change: () => Promise<T>) => Promise<T>;
  /** The spell checker, loaded on first use (the dictionary lives only in the background). */
  speller: () => Promise<Speller | undefined>;
  /** Opens Afterview's options page (the browser's own API, so a content script never needs the page's URL). */
  openOptions: () => Promise<void>;
  /** After delete-everything: clears the copy in the browser's sync (or sends the deletions when sync is on). */
  clearSyncedCopy: () => Promise<void>;
  /** Puts a draft into the reply of the thread at `url`, opening its tab first when none shows it (src/thread-tabs.ts). */
  insertIntoThread: (url: string, draft: ThreadInsertion) => Promise<string>;
  /** The sync switch and status, which the background keeps outside the database. */
  sync: SyncControl;
  /** Each thread's last analysis and the digest of what it was read from (protocol/threads.ts): a cache, never the truth. */
  analyses: AnalysisCache;
}

/** A thread's analysis, with the digest of everything it was made from: the mail, the reader, the settings, the rules learned. */
export interface CachedAnalysis {
  digest: string;
  analysis: ThreadAnalysis;
  /** The application this device tracked the thread into from this analysis, if it did. */
  trackedInto?: string;
}

/**
 * Where the background keeps the last analysis of each thread it opened, so a thread read again unchanged
 * (a worker woken by the user coming back to it) is answered without the engine. Losing it costs one analysis.
 */
export interface AnalysisCache {
  get(threadKey: string): Promise<CachedAnalysis | undefined>;
  set(threadKey: string, value: CachedAnalysis): Promise<void>;
  /** Forgets every kept analysis (delete-everything). */
  clear(): Promise<void>;
}

/** The cache of one context's life, where there is no background (unit tests). */
export function memoryAnalysisCache(): AnalysisCache {
  const kept = new Map<string, CachedAnalysis>();
  return {
    get: async (key) => kept.get(key),
    set: async (key, value) => void kept.set(key, value),
    clear: async () => kept.clear(),
  };
}

export interface Command<P, R> {
  shape: Check<P>;
  callers: readonly Caller[];
  // A method, so any command fits the router's table of Command<unknown, unknown>: the router calls it only with the payload its shape returned.
  handle(payload: P, context: CommandContext): Promise<R>;
}

/** Defines a command; the payload type comes from its shape and the reply type from its handler. */
export const command = <P, R>(definition: Command<P, R>): Command<P, R> => definition;
