// The shape of every request's payload. The router checks each message against these before a
// handler runs; unknown types and wrong shapes get a clear error and nothing is written.
import { arr, bool, changesOf, isoInstant, literal, nullable, num, obj, optional, recordId, str, type Check } from '../core/shape';
import { mailUrl } from '../core/mail-hosts';
import { settingsShape } from '../core/settings-shape';
import { applicationEditable, contactEditable, draftKindShape, interviewEditable, notesShape, personShape, stageShape } from '../store/shapes';

const mailMessageShape = obj({ from: personShape, to: arr(personShape, 500), cc: arr(personShape, 500), sentAt: str, text: str });
const mailThreadShape = obj({
  host: literal('gmail', 'outlook'),
  id: str,
  subject: str,
  messages: arr(mailMessageShape, 2_000),
  userEmail: optional(str),
});

const empty = obj({});
const hostShape = literal('gmail', 'outlook');
const threadRef = { host: hostShape, hostThreadId: str };

/** Each request: the shape of its payload, and (as a type) what it answers. */
export const requestShapes = {
  'overview/get': empty,
  'settings/get': empty,
  'settings/save': obj({ settings: settingsShape }),
  'thread/lookup': obj(threadRef),
  'thread/open': obj({ thread: mailThreadShape, url: mailUrl }),
  'thread/track': obj({ thread: mailThreadShape, url: mailUrl }),
  'threads/seen': obj({ host: hostShape, rows: arr(obj({ threadId: nullable(str), subject: str, senders: arr(str, 20), unread: bool }), 500) }),
  'thread/dismiss': obj({ ...threadRef, subject: str, url: mailUrl }),
  'notes/save': obj({ interviewId: recordId, interviewer: nullable(str), notes: notesShape }),
  'contact/log': obj({
    applicationId: recordId,
    kind: literal('email', 'phone-call', 'voicemail'),
    direction: literal('sent', 'received'),
    at: optional(isoInstant),
    checkInKey: nullable(str),
    to: arr(str, 50),
  }),
  'checkIn/complete': obj({ id: recordId }),
  'checkIn/snooze': obj({ id: recordId, until: isoInstant }),
  'checkIns/list': empty,
  'applications/list': empty,
  'application/add': obj({ company: str, role: str, stage: stageShape, interviewAt: nullable(isoInstant), interviewers: arr(str, 20) }),
  'application/update': obj({ id: recordId, changes: changesOf(applicationEditable) }),
  'application/delete': obj({ id: recordId }),
  'contact/update': obj({ id: recordId, changes: changesOf(contactEditable) }),
  'interview/add': obj({ applicationId: recordId, at: nullable(isoInstant), durationMinutes: optional(num), interviewers: arr(str, 20) }),
  'interview/update': obj({ id: recordId, changes: changesOf(interviewEditable) }),
  'draft/lint': obj({ applicationId: recordId, draft: obj({ kind: draftKindShape, subject: str, body: str, to: arr(str, 50) }), recipient: nullable(personShape) }),
  'draft/save': obj({ applicationId: recordId, kind: draftKindShape, checkInKey: nullable(str), subject: str, body: str, to: arr(str, 50) }),
  'backup/export': empty,
  'backup/import': obj({ json: str }),
  'calendar/export': empty,
  'data/deleteAll': obj({ confirm: literal('delete everything') }),
} satisfies Record<string, Check<unknown>>;



export type RequestShapes = typeof requestShapes;
