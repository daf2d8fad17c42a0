// Which of the user's facts sync, as records of short fields (docs/sync.md, "What syncs"). Mail text,
// drafts, contacts, interviews and the plan never appear here: the plan is recomputed on each device,
// and the rest stays where the mail was read.
import type { Application, CheckIn, CheckInStatus, CompetingOffer, ContactEvent, ContactEventKind, CorrectableField, EmployerStyle, Reference, Settings, Stage, StoredDecisionWindow } from '../model';
import { dateToDay, dayToDate, instantToMinutes, longId, minutesToInstant, optionalInstant, optionalMinutes, shortId } from './compact';
import type { SyncValue } from './record';

export const SETTINGS_KEY = 's';
export const applicationKey = (id: string) => `a:${shortId(id)}`;
export const threadRecordKey = (threadKey: string) => `t:${threadKey}`;
export const learnedRecordKey = (ruleKey: string) => `l:${ruleKey}`;
/** The application a record key names, or null for a record that belongs to none. */
export const applicationIdOfKey = (key: string): string | null => (key.startsWith('a:') ? longId(key.slice(2)) : null);

export type Fields = Record<string, SyncValue>;

const STATUS_CODES: Record<CheckInStatus, string> = { pending: 'p', done: 'd', snoozed: 's', dismissed: 'x' };
const STAGE_CODES: Record<Stage, string> = { scheduling: 'g', scheduled: 'd', 'awaiting-decision': 'a', delayed: 'l', offer: 'o', rejected: 'r' };
const STYLE_CODES: Record<EmployerStyle, string> = { tech: 't', traditional: 'r' };
const CORRECTED_CODES: Record<CorrectableField, string> = { company: 'c', role: 'r', stage: 's', interviewers: 'i', interviewAt: 'a', decisionWindow: 'w' };
const EVENT_CODES: Record<ContactEventKind, string> = { email: 'e', 'phone-call': 'p', voicemail: 'v' };
const decode = <T extends string>(codes: Record<T, string>, code: SyncValue): T | null => (Object.keys(codes) as T[]).find((k) => codes[k] === code) ?? null;

/**
 * A check-in's key, shorter: the application's id (which the record already names) as "~", any other
 * id as "*" and its short form; a segment that starts with "~" or "*" gets a "~" more, so every key
 * comes back as it was.
 */
export const compactCheckInKey = (checkInKey: string, applicationId: string) =>
  checkInKey
    .split(':')
    .map((s) => (s === applicationId ? '~' : s.startsWith('~') || s.startsWith('*') ? `~${s}` : shortId(s).startsWith('=') ? s : `*${shortId(s)}`))
    .join(':');
const checkInKeyOf = (compact: string, applicationId: string) =>
  compact
    .split(':')
    .map((s) => (s === '~' ? applicationId : s.startsWith('~') ? s.slice(1) : s.startsWith('*') ? (longId(s.slice(1)) ?? s) : s))
    .join(':');
export const checkInField = (checkInKey: string, applicationId: string) => `K:${compactCheckInKey(checkInKey, applicationId)}`;

/** What the user did to a check-in; the plan's own fields (due dates, reasons) are recomputed. */
export interface CheckInState {
  key: string;
  status: CheckInStatus;
  snoozedUntil: string | null;
  doneAt: string | null;
}

/** A message sent or a call made, as the follow-up rules count them (only the user's own are synced). */
export type LoggedContact = Pick<ContactEvent, 'id' | 'kind' | 'at' | 'checkInKey'>;

export type ApplicationFacts = Pick<Application, 'company' | 'role' | 'stage' | 'employerStyle' | 'finalStage' | 'competingOffer' | 'delayedSince' | 'createdAt' | 'references'> & {
  /** The window's dates without the employer's words: mail text stays on the device that read it. */
  decisionWindow: Omit<StoredDecisionWindow, 'quote'> | null;
  corrected: CorrectableField[];
};

export interface SyncedApplication {
  facts: ApplicationFacts;
  checkIns: CheckInState[];
  contacts: LoggedContact[];
}

/**
 * The application's synced fields; `syncedBefore` is its record's values as the device knows them. A
 * pending check-in is left out (it is what every plan starts with) unless it was synced before, so
 * taking back a snooze or a "done" still travels.
 */
export function applicationFields(app: Application, checkIns: readonly CheckIn[], events: readonly ContactEvent[], syncedBefore: Readonly<Fields> = {}): Fields {
  const fields: Fields = { c: app.company, r: app.role, s: STAGE_CODES[app.stage], y: STYLE_CODES[app.employerStyle], n: instantToMinutes(app.createdAt) };
  // Fields at their usual value are left out (a reader takes a missing one, or null, as that value),
  // unless they were synced before: then null says the value went back to usual.
  const optional: Fields = {
    f: app.finalStage ? 1 : null,
    o: app.competingOffer ? [app.competingOffer.company, instantToMinutes(app.competingOffer.deadline), instantToMinutes(app.competingOffer.notedAt)] : null,
    w: app.decisionWindow ? [dateToDay(app.decisionWindow.earliest), dateToDay(app.decisionWindow.latest), dateToDay(app.decisionWindow.statedOn)] : null,
    x: app.corrected && app.corrected.length > 0 ? app.corrected.map((field) => CORRECTED_CODES[field]).join('') : null,
    d: optionalMinutes(app.delayedSince),
  };
  for (const [name, value] of Object.entries(optional)) if (value !== null || (syncedBefore[name] ?? null) !== null) fields[name] = value;
  // A reference synced before and gone now was removed here: the options page edits the whole list.
  for (const name of Object.keys(syncedBefore)) if (name.startsWith('R:')) fields[name] = null;
  for (const ref of app.references) fields[`R:${shortId(ref.id)}`] = [ref.name, ref.email, ref.relation, optionalMinutes(ref.lastBriefedAt)];
  for (const checkIn of checkIns) {
    const name = checkInField(checkIn.key, app.id);
    if (checkIn.status === 'pending' && (syncedBefore[name] ?? null) === null) continue;
    fields[name] = [STATUS_CODES[checkIn.status], optionalMinutes(checkIn.snoozedUntil), optionalMinutes(checkIn.doneAt)];
  }
  for (const event of events) {
    if (event.direction === 'sent') fields[`E:${shortId(event.id)}`] = [EVENT_CODES[event.kind], instantToMinutes(event.at), event.checkInKey === null ? null : compactCheckInKey(event.checkInKey, app.id)];
  }
  return fields;
}

/**
 * Closed: the employer said no, or the offer came and the user recorded it (a pending offer becomes the
 * stage only when the user accepts it: store/pending-stage.ts). The plan stops following up there
 * (core/schedule/plan.ts), so these matter least on another device, and quota.ts lets them go first.
 */
export const isClosedStage = (stageField: SyncValue | undefined) => stageField === STAGE_CODES.rejected || stageField === STAGE_CODES.offer;

const isString = (v: SyncValue | undefined): v is string => typeof v === 'string';
const isMinutes = (v: SyncValue | undefined): v is number => typeof v === 'number' && Number.isSafeInteger(v) && Math.abs(v) <= 8.64e15;
const isMinutesOrNull = (v: SyncValue | undefined): v is number | null => v === null || isMinutes(v);
const tuple = (v: SyncValue | undefined, length: number): SyncValue[] | null => (Array.isArray(v) && v.length === length ? v : null);

const STYLES: readonly EmployerStyle[] = ['tech', 'traditional'];

/**
 * The application back from its fields, or null when a field it cannot do without is missing or
 * malformed (a record written by a broken or foreign writer): the device keeps what it has.
 * References, check-ins and contacts that are malformed or removed (null) are skipped one by one.
 */
export function readApplication(applicationId: string, fields: Readonly<Fields>): SyncedApplication | null {
  const { c, r, n } = fields;
  const [f, o, w, x, d] = [fields.f ?? 0, fields.o ?? null, fields.w ?? null, fields.x ?? '', fields.d ?? null];
  const stage = decode(STAGE_CODES, fields.s ?? null);
  const style = decode(STYLE_CODES, fields.y ?? null);
  if (!isString(c) || !isString(r) || !stage || !style || (f !== 0 && f !== 1) || !isMinutesOrNull(d) || !isMinutes(n) || !isString(x)) return null;
  const offer = readOffer(o);
  const window = readWindow(w);
  if (offer === undefined || window === undefined) return null;
  const facts: ApplicationFacts = {
    company: c,
    role: r,
    stage,
    employerStyle: style,
    finalStage: f === 1,
    competingOffer: offer,
    decisionWindow: window,
    corrected: (Object.keys(CORRECTED_CODES) as CorrectableField[]).filter((field) => x.includes(CORRECTED_CODES[field])),
    delayedSince: optionalInstant(d),
    createdAt: minutesToInstant(n),
    references: [],
  };
  const checkIns: CheckInState[] = [];
  const contacts: LoggedContact[] = [];
  for (const name of Object.keys(fields).sort()) {
    const value = fields[name];
    const id = longId(name.slice(2));
    if (name.startsWith('R:')) {
      const ref = tuple(value, 4);
      if (id && ref && isString(ref[0]) && isString(ref[1]) && isString(ref[2]) && isMinutesOrNull(ref[3])) facts.references.push({ id, name: ref[0], email: ref[1], relation: ref[2], lastBriefedAt: optionalInstant(ref[3]) } satisfies Reference);
    } else if (name.startsWith('K:')) {
      const state = tuple(value, 3);
      const status = state ? decode(STATUS_CODES, state[0] ?? null) : null;
      if (state && status && isMinutesOrNull(state[1]) && isMinutesOrNull(state[2])) checkIns.push({ key: checkInKeyOf(name.slice(2), applicationId), status, snoozedUntil: optionalInstant(state[1]), doneAt: optionalInstant(state[2]) });
    } else if (name.startsWith('E:')) {
      const event = tuple(value, 3);
      const kind = event ? decode(EVENT_CODES, event[0] ?? null) : null;
      if (id && event && kind && isMinutes(event[1]) && (event[2] === null || isString(event[2]))) contacts.push({ id, kind, at: minutesToInstant(event[1]), checkInKey: event[2] === null ? null : checkInKeyOf(event[2], applicationId) });
    }
  }
  return { facts, checkIns, contacts };
}

/** undefined when malformed, as null is a valid "none". */
function readOffer(o: SyncValue | undefined): CompetingOffer | null | undefined {
  if (o === null) return null;
  const offer = tuple(o, 3);
  return offer && isString(offer[0]) && isMinutes(offer[1]) && isMinutes(offer[2]) ? { company: offer[0], deadline: minutesToInstant(offer[1]), notedAt: minutesToInstant(offer[2]) } : undefined;
}

function readWindow(w: SyncValue | undefined): ApplicationFacts['decisionWindow'] | undefined {
  if (w === null) return null;
  const days = tuple(w, 3);
  if (!days || !days.every((day) => typeof day === 'number' && Number.isSafeInteger(day) && Math.abs(day) < 1e8)) return undefined;
  const [earliest, latest, statedOn] = (days as number[]).map(dayToDate);
  return earliest && latest && statedOn ? { earliest, latest, statedOn } : undefined;
}

export function settingsFields(settings: Settings): Fields {
  const { profile } = settings;
  return { pn: profile.name, pe: [...profile.emails], pp: profile.phone, ps: profile.signature, c: settings.cadence, y: settings.defaultEmployerStyle, h: settings.holidays.map(dateToDay), n: settings.notifications ? 1 : 0, z: settings.timeZone };
}

/** Settings back from their fields; a field missing or malformed keeps the device's own value. */
export function readSettings(fields: Readonly<Fields>, own: Settings): Settings {
  const { pn, pe, pp, ps, c, y, h, n, z } = fields;
  return {
    profile: {
      name: isString(pn) ? pn : own.profile.name,
      emails: Array.isArray(pe) && pe.every(isString) ? pe : own.profile.emails,
      phone: isString(pp) ? pp : own.profile.phone,
      signature: isString(ps) ? ps : own.profile.signature,
    },
    cadence: c === 'standard' || c === 'patient' ? c : own.cadence,
    defaultEmployerStyle: STYLES.includes(y as EmployerStyle) ? (y as EmployerStyle) : own.defaultEmployerStyle,
    holidays: Array.isArray(h) && h.every((day) => typeof day === 'number' && Number.isSafeInteger(day) && Math.abs(day) < 1e8) ? (h as number[]).map(dayToDate) : own.holidays,
    notifications: n === 0 || n === 1 ? n === 1 : own.notifications,
    timeZone: z === null || isString(z) ? z : own.timeZone,
  };
}

/** A thread the user tracked (linked to an application) or dismissed ("Not an interview"); never its subject. */
export interface ThreadFacts {
  applicationId: string | null;
  dismissed: boolean;
}

export const threadFields = (thread: ThreadFacts): Fields => ({ a: thread.applicationId === null ? null : shortId(thread.applicationId), x: thread.dismissed ? 1 : 0 });

/** The record key of the application a thread record is tracked for, if any (quota.ts keeps them together). */
export const threadApplicationKey = (fields: Readonly<Fields>): string | null => (isString(fields.a) ? `a:${fields.a}` : null);

export function readThread(fields: Readonly<Fields>): ThreadFacts | null {
  const { a, x } = fields;
  const applicationId = isString(a) ? longId(a) : null;
  return (a === null || applicationId !== null) && (x === 0 || x === 1) ? { applicationId, dismissed: x === 1 } : null;
}

/** A learned rule's value and time; its kind, scope and target are in the record's key. */
export const learnedFields = (rule: { value: string; learnedAt: string }): Fields => ({ v: rule.value, t: instantToMinutes(rule.learnedAt) });

export function readLearned(fields: Readonly<Fields>): { value: string; learnedAt: string } | null {
  const { v, t } = fields;
  return isString(v) && isMinutes(t) ? { value: v, learnedAt: minutesToInstant(t) } : null;
}
