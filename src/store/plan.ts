// Re-planning: the rules' plan for an application merged with what the user did to its check-ins.
import { planExpiresAt, planFollowUps } from '../core/schedule';
import type { Table } from 'dexie';
import type { Application, ApplicationDossier, CheckIn, Contact, ContactEvent, Interview, PlannedCheckIn, Settings } from '../core/model';
import type { AfterviewDb, PlanExpiry } from './db';
import { newId } from './ids';
import { readSettings } from './queries';
import { syncedCheckInStates } from './sync';
import type { CheckInState } from '../core/sync';

export async function dossierOf(db: AfterviewDb, applicationId: string): Promise<ApplicationDossier | null> {
  const application = await db.applications.get(applicationId);
  if (!application) return null;
  const [contacts, interviews] = await Promise.all([
    db.contacts.where('applicationId').equals(applicationId).toArray(),
    db.interviews.where('applicationId').equals(applicationId).sortBy('at'),
  ]);
  return { application, contacts, interviews };
}

const changed = (old: CheckIn, plan: PlannedCheckIn) =>
  old.notBefore !== plan.notBefore || old.dueAt !== plan.dueAt || old.reason !== plan.reason || old.contactName !== plan.contactName || old.kind !== plan.kind;

/** The plan merged with the stored check-ins: ids, snoozes and completions kept by key. */
function merge(planned: PlannedCheckIn[], existing: CheckIn[], events: ContactEvent[], now: Date, synced: ReadonlyMap<string, CheckInState>): { put: CheckIn[]; remove: string[] } {
  const byKey = new Map(existing.map((c) => [c.key, c]));
  const put: CheckIn[] = [];
  for (const plan of planned) {
    const old = byKey.get(plan.key);
    byKey.delete(plan.key);
    // What another device's user did to this check-in before this device planned it (store/sync.ts).
    const state = synced.get(plan.key);
    if (!old) put.push({ ...plan, id: newId(), status: state?.status ?? 'pending', snoozedUntil: state?.snoozedUntil ?? null, doneAt: state?.doneAt ?? null, notifiedAt: null });
    else if (changed(old, plan)) put.push({ ...old, ...plan });
  }
  const answeredKeys = new Set(events.map((e) => e.checkInKey).filter((k): k is string => k !== null));
  const remove: string[] = [];
  for (const old of byKey.values()) {
    if (old.status === 'done' || old.status === 'dismissed') continue;
    // A pending check-in the plan no longer has: done when a contact answered it, else gone.
    if (answeredKeys.has(old.key)) put.push({ ...old, status: 'done', doneAt: old.doneAt ?? now.toISOString() });
    else remove.push(old.id);
  }
  return { put, remove };
}

/** Pending and snoozed check-ins: the only ones a re-plan can move or remove. */
async function activeCheckIns(db: AfterviewDb): Promise<CheckIn[]> {
  const [pending, snoozed] = await Promise.all([db.checkIns.where('status').equals('pending').toArray(), db.checkIns.where('status').equals('snoozed').toArray()]);
  return [...pending, ...snoozed];
}

export function groupBy<T extends { applicationId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.applicationId);
    if (group) group.push(row);
    else groups.set(row.applicationId, [row]);
  }
  return groups;
}

/** What a re-plan reads: the applications with their rounds, contacts, events, check-ins and expiries. */
interface Loaded {
  /** The ids asked for; an id without an application was deleted, and its check-ins go. */
  ids: string[];
  applications: Map<string, Application>;
  contacts: Map<string, Contact[]>;
  interviews: Map<string, Interview[]>;
  events: Map<string, ContactEvent[]>;
  checkIns: Map<string, CheckIn[]>;
  /** False when only the active check-ins were read: planned keys found nowhere are then looked up. */
  allCheckIns: boolean;
  expiry: Map<string, string | null>;
}

interface Rows {
  applications: Application[];
  contacts: Contact[];
  interviews: Interview[];
  events: ContactEvent[];
  checkIns: CheckIn[];
  expiry: PlanExpiry[];
}

function loaded(ids: string[], rows: Rows, allCheckIns: boolean): Loaded {
  return {
    ids,
    applications: new Map(rows.applications.map((a) => [a.id, a])),
    contacts: groupBy(rows.contacts),
    interviews: groupBy(rows.interviews),
    events: groupBy(rows.events),
    checkIns: groupBy(rows.checkIns),
    allCheckIns,
    expiry: new Map(rows.expiry.map((e) => [e.applicationId, e.expiresAt])),
  };
}

async function loadAll(db: AfterviewDb): Promise<Loaded> {
  const [applications, contacts, interviews, events, active, expiry] = await Promise.all([
    db.applications.toArray(),
    db.contacts.toArray(),
    db.interviews.toArray(),
    db.contactEvents.toArray(),
    activeCheckIns(db),
    db.planExpiry.toArray(),
  ]);
  const ids = [...new Set([...applications.map((a) => a.id), ...expiry.map((e) => e.applicationId), ...active.map((c) => c.applicationId)])];
  return loaded(ids, { applications, contacts, interviews, events, checkIns: active, expiry }, false);
}

async function loadSome(db: AfterviewDb, ids: string[]): Promise<Loaded> {
  // One getAll per id, all in flight at once: anyOf over several ids walks a cursor, four times slower here in Chromium.
  const of = async <T extends { applicationId: string }>(table: Table<T, string, unknown>) =>
    (await Promise.all(ids.map((id) => table.where('applicationId').equals(id).toArray()))).flat();
  const [applications, contacts, interviews, events, checkIns, expiry] = await Promise.all([
    db.applications.bulkGet(ids),
    of(db.contacts),
    of(db.interviews),
    of(db.contactEvents),
    of(db.checkIns),
    db.planExpiry.bulkGet(ids),
  ]);
  return loaded(ids, { applications: applications.filter((a) => a !== undefined), contacts, interviews, events, checkIns, expiry: expiry.filter((e) => e !== undefined) }, true);
}

const byStart = (a: Interview, b: Interview) => (a.at ?? '').localeCompare(b.at ?? '');

/** Plans what was loaded, merges it with the stored check-ins and writes only what changed. */
async function replanLoaded(db: AfterviewDb, loaded: Loaded, settings: Settings, now: Date): Promise<void> {
  const at = now.toISOString();
  const plans = [...loaded.applications.values()].map((application) => {
    const dossier = { application, contacts: loaded.contacts.get(application.id) ?? [], interviews: [...(loaded.interviews.get(application.id) ?? [])].sort(byStart) };
    const events = loaded.events.get(application.id) ?? [];
    return { dossier, events, planned: planFollowUps(dossier, events, settings, at) };
  });
  let existing = loaded.checkIns;
  if (!loaded.allCheckIns) {
    // Done and dismissed check-ins, most of the table in long use, are read only where the plan names them again.
    const known = new Set([...existing.values()].flat().map((c) => c.key));
    const unknown = plans.flatMap((p) => p.planned.map((c) => c.key)).filter((key) => !known.has(key));
    if (unknown.length > 0) existing = groupBy([...[...existing.values()].flat(), ...(await db.checkIns.where('key').anyOf(unknown).toArray())]);
  }
  const put: CheckIn[] = [];
  const remove: string[] = [];
  const expiries: PlanExpiry[] = [];
  const synced = await syncedCheckInStates(db, plans.map((p) => p.dossier.application.id));
  for (const { dossier, events, planned } of plans) {
    const id = dossier.application.id;
    const merged = merge(planned, existing.get(id) ?? [], events, now, synced);
    put.push(...merged.put);
    remove.push(...merged.remove);
    const expiresAt = planExpiresAt(dossier, at);
    if (loaded.expiry.get(id) !== expiresAt) expiries.push({ applicationId: id, expiresAt });
  }
  const gone = loaded.ids.filter((id) => !loaded.applications.has(id));
  for (const id of gone) remove.push(...(existing.get(id) ?? []).map((c) => c.id));
  await db.checkIns.bulkDelete(remove);
  await db.checkIns.bulkPut(put);
  await db.planExpiry.bulkDelete(gone);
  await db.planExpiry.bulkPut(expiries);
}

/**
 * Plans one application again (after every write that concerns it). Call inside a read-write
 * transaction over applications, contacts, interviews, checkIns, contactEvents, settings and planExpiry.
 */
export async function replan(db: AfterviewDb, applicationId: string, now: Date, known?: Settings): Promise<void> {
  await replanLoaded(db, await loadSome(db, [applicationId]), known ?? (await readSettings(db)), now);
}

/**
 * Plans again the applications whose plan time has changed (start-up and alarms: every write re-plans
 * its own application already); returns how many. Everything when an application has no plan expiry
 * yet, or when a fifth or more expired at once (after a long sleep one full pass reads less).
 */
export async function replanExpired(db: AfterviewDb, now: Date): Promise<number> {
  const [ids, planned, applications] = await Promise.all([db.planExpiry.where('expiresAt').belowOrEqual(now.toISOString()).primaryKeys(), db.planExpiry.count(), db.applications.count()]);
  if (planned !== applications || ids.length * 5 > planned) await replanAll(db, now);
  else if (ids.length > 0) await replanLoaded(db, await loadSome(db, ids), await readSettings(db), now);
  return ids.length;
}

/** Plans every application again: install, start-up, a settings change, a restored backup. */
export async function replanAll(db: AfterviewDb, now: Date): Promise<void> {
  await replanLoaded(db, await loadAll(db), await readSettings(db), now);
}
