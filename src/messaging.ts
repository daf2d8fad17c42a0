// The typed protocol between content scripts, extension pages and the background, which is the only
// writer. Every request is checked against its shape (background/request-shapes.ts) before anything runs;
// this module holds only types and send(), so the content script carries none of the checking code.
import browser from 'webextension-polyfill';
import type { Application, ApplicationDossier, CheckIn, Draft, Settings, ThreadAnalysis } from './core/model';
import type { Finding } from './core/drafts';
import type { ThreadLink } from './store/db';
import type { RequestShapes } from './background/request-shapes';

export interface Overview {
  overdue: number;
  dueThisWeek: number;
  waiting: number;
  applications: number;
}

/** What the sidebar shows for a thread: its link, its application and the application's plan. */
export interface ThreadState {
  link: ThreadLink | null;
  dossier: ApplicationDossier | null;
  checkIns: CheckIn[];
  drafts: Draft[];
}

/** A thread the user opened, as the background read it: the analysis, and the application if tracked. */
export interface OpenedThread {
  analysis: ThreadAnalysis;
  state: ThreadState;
}

export interface CheckInListItem {
  checkIn: CheckIn;
  company: string;
  role: string;
  /** The mail URL of the application's thread, to open it again. */
  url: string | null;
}

export interface Responses {
  'overview/get': Overview;
  'settings/get': Settings;
  'settings/save': Settings;
  'thread/lookup': ThreadState;
  'thread/open': OpenedThread;
  'thread/track': OpenedThread;
  'threads/seen': { answered: string[] };
  'thread/dismiss': ThreadState;
  'notes/save': ApplicationDossier;
  'contact/log': ThreadState;
  'checkIn/complete': CheckIn;
  'checkIn/snooze': CheckIn;
  'checkIns/list': CheckInListItem[];
  'applications/list': ApplicationDossier[];
  'application/add': Application;
  'application/update': ApplicationDossier;
  'application/delete': { deleted: string };
  'application/confirmStage': ApplicationDossier;
  'contact/update': ApplicationDossier;
  'interview/add': ApplicationDossier;
  'interview/update': ApplicationDossier;
  'draft/lint': Finding[];
  'draft/save': Draft;
  'backup/export': { json: string; fileName: string };
  'backup/import': Record<string, number>;
  'calendar/export': { ics: string; fileName: string };
  'data/deleteAll': { deleted: true };
}

export type RequestType = keyof RequestShapes & keyof Responses;
export type Payload<K extends RequestType> = ReturnType<RequestShapes[K]>;
export type Reply<K extends RequestType> = { ok: true; value: Responses[K] } | { ok: false; error: string };

export class RequestFailed extends Error {
  override name = 'RequestFailed';
}

/** Sends a request to the background and returns its answer, or throws RequestFailed with the background's message. */
export async function send<K extends RequestType>(type: K, payload: Payload<K>): Promise<Responses[K]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
  if (!reply) throw new RequestFailed(`Afterview's background did not answer "${type}".`);
  if (!reply.ok) throw new RequestFailed(reply.error);
  return reply.value;
}
