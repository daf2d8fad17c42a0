// Re-planning: the rules' plan for an application merged with what the user did to its check-ins.
import { planFollowUps } from '../core/schedule';
import type { ApplicationDossier, CheckIn, ContactEvent, PlannedCheckIn, Settings } from '../core/model';
import type { AfterviewDb } from './db';
import { newId } from './ids';
import { readSettings } from './queries';

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
function merge(planned: PlannedCheckIn[], existing: CheckIn[], events: ContactEvent[], now: Date): { put: CheckIn[]; remove: string[] } {
  const byKey = new Map(existing.map((c) => [c.key, c]));
  const put: CheckIn[] = [];
  for (const plan of planned) {
    const old = byKey.get(plan.key);
    byKey.delete(plan.key);
    if (!old) put.push({ ...plan, id: newId(), status: 'pending', snoozedUntil: null, doneAt: null, notifiedAt: null });
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

/**
 * Plans one application again. Call inside a read-write transaction over applications, contacts,
 * interviews, checkIns, contactEvents and settings.
 */
export async function replan(db: AfterviewDb, applicationId: string, now: Date, known?: Settings): Promise<void> {
  const dossier = await dossierOf(db, applicationId);
  const existing = await db.checkIns.where('applicationId').equals(applicationId).toArray();
  if (!dossier) {
    await db.checkIns.bulkDelete(existing.map((c) => c.id));
    return;
  }
  const settings = known ?? (await readSettings(db));
  const events = await db.contactEvents.where('applicationId').equals(applicationId).toArray();
  const { put, remove } = merge(planFollowUps(dossier, events, settings, now.toISOString()), existing, events, now);
  await db.checkIns.bulkDelete(remove);
  await db.checkIns.bulkPut(put);
}

function groupBy<T extends { applicationId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.applicationId);
    if (group) group.push(row);
    else groups.set(row.applicationId, [row]);
  }
  return groups;
}

/** Plans every application again, reading each table once (start-up, alarms, settings changes). */
export async function replanAll(db: AfterviewDb, now: Date): Promise<void> {
  const [settings, applications, contacts, interviews, checkIns, events] = await Promise.all([
    readSettings(db),
    db.applications.toArray(),
    db.contacts.toArray().then(groupBy),
    db.interviews.toArray().then(groupBy),
    db.checkIns.toArray().then(groupBy),
    db.contactEvents.toArray().then(groupBy),
  ]);
  const put: CheckIn[] = [];
  const remove: string[] = [];
  for (const application of applications) {
    const own = events.get(application.id) ?? [];
    const dossier = { application, contacts: contacts.get(application.id) ?? [], interviews: (interviews.get(application.id) ?? []).sort((a, b) => (a.at ?? '').localeCompare(b.at ?? '')) };
    const merged = merge(planFollowUps(dossier, own, settings, now.toISOString()), checkIns.get(application.id) ?? [], own, now);
    put.push(...merged.put);
    remove.push(...merged.remove);
  }
  await db.checkIns.bulkDelete(remove);
  await db.checkIns.bulkPut(put);
}
