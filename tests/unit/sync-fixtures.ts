// Job searches of any size as synced records, for the sync tests and bench/sync.bench.ts.
import { DEFAULT_SETTINGS, type Application, type CheckIn, type ContactEvent, type Stage } from '../../src/core/model';
import { applicationFields, applicationKey, learnedRecordKey, SETTINGS_KEY, settingsFields, threadFields, threadRecordKey, type Fields } from '../../src/core/sync/facts';
import type { SyncRecord } from '../../src/core/sync/record';

export const BASE = Date.UTC(2026, 5, 1);
const HOUR = 3_600_000;
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
/** An id of the form store/ids.ts makes, the same for the same number. */
export const idOf = (n: number, kind = 0) => `${hex(n, 8)}-${hex(kind, 4)}-4000-8000-${hex(n * 7919 + kind, 12)}`;

export const recordOf = (fields: Fields, t: number, d: string): SyncRecord => ({ fields: Object.fromEntries(Object.entries(fields).map(([name, v]) => [name, { v, t, d }])), deleted: null });

const STAGES: Stage[] = ['awaiting-decision', 'rejected', 'scheduled', 'offer', 'delayed', 'rejected', 'awaiting-decision', 'scheduling'];
const ROLES = ['Senior Data Engineer', 'Product Designer', 'Backend Engineer', 'Engineering Manager', 'Analyst'];

/** A typical application: a reference, three check-ins the user acted on, two logged messages. */
export function typicalApplication(i: number): { app: Application; checkIns: CheckIn[]; events: ContactEvent[] } {
  const id = idOf(i);
  const interview = idOf(i, 1);
  const at = new Date(BASE + i * HOUR).toISOString();
  const app: Application = {
    id,
    company: `Company ${i} Holdings`,
    role: ROLES[i % ROLES.length] as string,
    stage: STAGES[i % STAGES.length] as Stage,
    source: 'detected',
    employerStyle: i % 3 === 0 ? 'traditional' : 'tech',
    decisionWindow: i % 2 === 0 ? { earliest: '2026-10-01', latest: '2026-10-14', quote: 'within two weeks', statedOn: '2026-09-30' } : null,
    delayedSince: null,
    competingOffer: null,
    finalStage: i % 5 === 0,
    references: [{ id: idOf(i, 2), name: 'Ann Lee', email: 'ann.lee@example.com', relation: 'former manager', lastBriefedAt: i % 4 === 0 ? at : null }],
    lastEmployerMessageAt: at,
    corrected: i % 7 === 0 ? ['company'] : [],
    createdAt: at,
    updatedAt: at,
  };
  const checkIn = (key: string, status: CheckIn['status']): CheckIn => ({ id: idOf(i, 3), key, applicationId: id, kind: 'thank-you', channel: 'email', notBefore: at, dueAt: at, contactName: null, interviewId: null, reason: '', status, snoozedUntil: status === 'snoozed' ? at : null, doneAt: status === 'done' ? at : null, notifiedAt: null });
  const checkIns = [checkIn(`thank-you:${interview}:Ben Ortiz`, 'done'), checkIn(`status-check:${id}:2026-10-14`, 'snoozed'), checkIn(`check-in:${id}:1`, 'done')];
  const event = (n: number, checkInKey: string | null): ContactEvent => ({ id: idOf(i, 10 + n), applicationId: id, kind: 'email', direction: 'sent', at, checkInKey, to: [] });
  return { app, checkIns, events: [event(0, `thank-you:${interview}:Ben Ortiz`), event(1, `check-in:${id}:1`)] };
}

/** The largest application a user plausibly keeps: long names, five references, twelve check-ins, twelve logged contacts. */
export function worstApplication(i: number): { app: Application; checkIns: CheckIn[]; events: ContactEvent[] } {
  const { app, checkIns } = typicalApplication(i);
  const long = (what: string, n: number) => `${what} ${'x'.repeat(n)}`.slice(0, n);
  const at = app.createdAt;
  const big: Application = {
    ...app,
    company: long('International Consolidated Holdings', 100),
    role: long('Principal Staff Software Engineer, Distributed Data Platform', 120),
    stage: 'delayed',
    delayedSince: at,
    competingOffer: { company: long('Another Company', 80), deadline: at, notedAt: at },
    decisionWindow: { earliest: '2026-10-01', latest: '2026-10-14', quote: '', statedOn: '2026-09-30' },
    corrected: ['company', 'role', 'stage', 'interviewers', 'interviewAt', 'decisionWindow'],
    references: Array.from({ length: 5 }, (_, n) => ({ id: idOf(i, 20 + n), name: long('Reference Person', 40), email: long('reference.person', 40) + '@example.com', relation: long('former manager at', 60), lastBriefedAt: at })),
  };
  const template = checkIns[0] as CheckIn;
  const many = Array.from({ length: 12 }, (_, n) => ({ ...template, key: `thank-you:${idOf(i, 40 + n)}:${long('Interviewer Name', 40)}`, status: 'done' as const, doneAt: at }));
  const events = Array.from({ length: 12 }, (_, n): ContactEvent => ({ id: idOf(i, 60 + n), applicationId: app.id, kind: n % 2 ? 'phone-call' : 'email', direction: 'sent', at, checkInKey: many[n]?.key ?? null, to: [] }));
  return { app: big, checkIns: many, events };
}

/** A job search: `count` applications (each with a tracked thread), settings, 20 learned rules and 10 dismissed threads. */
export function searchState(count: number, make = typicalApplication): Map<string, SyncRecord> {
  const state = new Map<string, SyncRecord>();
  state.set(SETTINGS_KEY, recordOf(settingsFields({ ...DEFAULT_SETTINGS, profile: { name: 'Dana Park', emails: ['dana@example.com'], phone: '', signature: 'Dana Park\nData engineer' } }), BASE, 'lap'));
  for (let n = 0; n < 20; n++) state.set(learnedRecordKey(`company|domain|employer${n}.com`), recordOf({ v: `Employer ${n}`, t: BASE }, BASE, 'lap'));
  for (let n = 0; n < 10; n++) state.set(threadRecordKey(`gmail:FMfcgzQXdismissed${n}`), recordOf(threadFields({ applicationId: null, dismissed: true }), BASE, 'lap'));
  for (let i = 0; i < count; i++) {
    const { app, checkIns, events } = make(i);
    const t = BASE + i * HOUR;
    state.set(applicationKey(app.id), recordOf(applicationFields(app, checkIns, events), t, i % 2 ? 'lap' : 'desk'));
    state.set(threadRecordKey(`gmail:FMfcgzQX${hex(i, 12)}`), recordOf(threadFields({ applicationId: app.id, dismissed: false }), t, 'lap'));
  }
  return state;
}
