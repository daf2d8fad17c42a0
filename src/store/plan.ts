// Re-planning: the rules' plan for an application merged with what the user did to its check-ins.
import { planFollowUps } from '../core/schedule';
import type { ApplicationDossier, CheckIn, Settings } from '../core/model';
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

/**
 * Plans one application again. Keeps each check-in's id, snooze and completion by its stable key;
 * a pending check-in the plan no longer has is done when a contact answered it, else removed.
 * Call inside a read-write transaction over applications, contacts, interviews, checkIns, contactEvents, settings.
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
  const planned = planFollowUps(dossier, events, settings, now.toISOString());
  const byKey = new Map(existing.map((c) => [c.key, c]));
  const next: CheckIn[] = planned.map((plan) => {
    const old = byKey.get(plan.key);
    byKey.delete(plan.key);
    return old
      ? { ...old, ...plan }
      : { ...plan, id: newId(), status: 'pending', snoozedUntil: null, doneAt: null, notifiedAt: null };
  });
  const answeredKeys = new Set(events.map((e) => e.checkInKey).filter((k): k is string => k !== null));
  const gone: string[] = [];
  for (const old of byKey.values()) {
    if (old.status === 'done' || old.status === 'dismissed') continue;
    if (answeredKeys.has(old.key)) next.push({ ...old, status: 'done', doneAt: old.doneAt ?? now.toISOString() });
    else gone.push(old.id);
  }
  await db.checkIns.bulkDelete(gone);
  await db.checkIns.bulkPut(next);
}

export async function replanAll(db: AfterviewDb, now: Date): Promise<void> {
  const settings = await readSettings(db);
  const ids = (await db.applications.toCollection().primaryKeys()) as string[];
  for (const id of ids) await replan(db, id, now, settings);
}
