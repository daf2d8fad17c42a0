// The typed protocol between content scripts, extension pages and the background, which is the only
// writer. Every request is checked against its shape in the background before anything runs.
import browser from 'webextension-polyfill';
import { arr, isoInstant, literal, nullable, obj, optional, ShapeError, str, type Check } from './core/shape';
import { settingsShape } from './core/settings-shape';
import type { Application, ApplicationDossier, CheckIn, Draft, Settings } from './core/model';
import type { Finding } from './core/drafts';
import type { ThreadLink } from './store/db';
import { analysisShape, applicationShape, draftKindShape, notesShape, personShape, stageShape } from './store/shapes';

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

export interface CheckInListItem {
  checkIn: CheckIn;
  company: string;
  role: string;
  /** The mail URL of the application's thread, to open it again. */
  url: string | null;
}

const empty = obj({});
const hostShape = literal('gmail', 'outlook');
const threadRef = { host: hostShape, hostThreadId: str };

/** Each request: the shape of its payload, and (as a type) what it answers. */
export const requestShapes = {
  'overview/get': empty,
  'settings/get': empty,
  'settings/save': obj({ settings: settingsShape }),
  'thread/lookup': obj(threadRef),
  'thread/track': obj({
    sighting: obj({
      ...threadRef,
      subject: str,
      url: str,
      participants: arr(personShape, 200),
      messageCount: literalCount(),
      latestEmployerMessageAt: nullable(isoInstant),
      analysis: analysisShape,
    }),
  }),
  'thread/dismiss': obj({ ...threadRef, subject: str, url: str }),
  'notes/save': obj({ interviewId: str, interviewer: nullable(str), notes: notesShape }),
  'contact/log': obj({
    applicationId: str,
    kind: literal('email', 'phone-call', 'voicemail'),
    direction: literal('sent', 'received'),
    at: optional(isoInstant),
    checkInKey: nullable(str),
    to: arr(str, 50),
  }),
  'checkIn/complete': obj({ id: str }),
  'checkIn/snooze': obj({ id: str, until: isoInstant }),
  'checkIns/list': empty,
  'application/add': obj({ company: str, role: str, stage: stageShape, interviewAt: nullable(isoInstant), interviewers: arr(str, 20) }),
  'application/update': obj({ application: applicationShape }),
  'application/delete': obj({ id: str }),
  'draft/lint': obj({ applicationId: str, draft: obj({ kind: draftKindShape, subject: str, body: str, to: arr(str, 50) }), recipient: nullable(personShape) }),
  'backup/export': empty,
  'backup/import': obj({ json: str }),
  'calendar/export': empty,
  'data/deleteAll': obj({ confirm: literal('delete everything') }),
} satisfies Record<string, Check<unknown>>;

function literalCount(): Check<number> {
  return (v, path = '') => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100_000) throw new ShapeError(path, 'a message count');
    return v;
  };
}

export interface Responses {
  'overview/get': Overview;
  'settings/get': Settings;
  'settings/save': Settings;
  'thread/lookup': ThreadState;
  'thread/track': ThreadState;
  'thread/dismiss': ThreadState;
  'notes/save': ApplicationDossier;
  'contact/log': ThreadState;
  'checkIn/complete': CheckIn;
  'checkIn/snooze': CheckIn;
  'checkIns/list': CheckInListItem[];
  'application/add': Application;
  'application/update': ApplicationDossier;
  'application/delete': { deleted: string };
  'draft/lint': Finding[];
  'backup/export': { json: string; fileName: string };
  'backup/import': Record<string, number>;
  'calendar/export': { ics: string; fileName: string };
  'data/deleteAll': { deleted: true };
}

export type RequestType = keyof typeof requestShapes & keyof Responses;
export type Payload<K extends RequestType> = ReturnType<(typeof requestShapes)[K]>;
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
