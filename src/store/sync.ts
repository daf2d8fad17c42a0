// The database's side of sync (docs/sync.md): the merged records this device knows, its own edits
// stamped after each command, and remote changes written back to the tables. The background moves the
// records to and from storage.sync; everything here runs inside the caller's transaction.
import Dexie from 'dexie';
import type { LearnedKind, LearnedScope } from '../core/corrections/learned';
import type { Application, CheckIn, ContactEvent } from '../core/model';
import {
  applicationFields,
  applicationIdOfKey,
  applicationKey,
  expireTombstones,
  learnedFields,
  learnedRecordKey,
  mergeIncoming,
  readApplication,
  readLearned,
  readSettings as readSyncedSettings,
  readThread,
  SETTINGS_KEY,
  settingsFields,
  stampLocalChanges,
  threadFields,
  threadRecordKey,
  valuesOf,
  type CheckInState,
  type Fields,
  type SyncRecord,
  type SyncState,
} from '../core/sync';
import type { AfterviewDb } from './db';
import { groupBy } from './plan';
import { readSettings, writeSettings } from './queries';

/** One record as this device knows it, fields and tombstone. */
export interface SyncRecordRow {
  key: string;
  record: SyncRecord;
}

/** True when the running transaction can read the known records (callers that predate sync leave them out). */
const inScope = () => {
  const tx = Dexie.currentTransaction;
  return !tx || tx.storeNames.includes('syncRecords');
};

/** Drops tombstones past their lifetime from the known records; returns what is left. */
export async function expireKnown(db: AfterviewDb, now: number): Promise<Map<string, SyncRecord>> {
  const known = await loadKnown(db);
  const kept = expireTombstones(known, now);
  const gone = [...known.keys()].filter((key) => !kept.has(key));
  if (gone.length > 0) await db.syncRecords.bulkDelete(gone);
  return kept;
}

/** Sync turned off and its copy cleared: this device starts again from its own facts. */
export const forgetKnown = (db: AfterviewDb) => db.syncRecords.clear();

export async function loadKnown(db: AfterviewDb): Promise<Map<string, SyncRecord>> {
  return new Map((await db.syncRecords.toArray()).map((row) => [row.key, row.record]));
}

/** The keys of the synced records this device holds now: deleting one is a deletion to sync. */
export async function localKeys(db: AfterviewDb): Promise<Set<string>> {
  // One read after the other: reads started together let the transaction around them commit early (Chromium's worker and fake-indexeddb alike).
  const apps = await db.applications.toCollection().primaryKeys();
  const threads = await db.threads.toArray();
  const learned = await db.corrections.toCollection().primaryKeys();
  const settings = await db.settings.get('settings');
  return new Set([
    ...apps.map(applicationKey),
    ...threads.filter((t) => t.applicationId !== null || t.dismissed).map((t) => threadRecordKey(t.key)),
    ...learned.map(learnedRecordKey),
    ...(settings ? [SETTINGS_KEY] : []),
  ]);
}

/** Every synced fact this device holds, as record fields (facts.ts). */
async function localFacts(db: AfterviewDb, known: SyncState): Promise<Map<string, Fields>> {
  const apps = await db.applications.toArray();
  const checkIns = await db.checkIns.toArray();
  const events = await db.contactEvents.toArray();
  const threads = await db.threads.toArray();
  const learned = await db.corrections.toArray();
  const checkInsOf = groupBy<CheckIn>(checkIns);
  const eventsOf = groupBy<ContactEvent>(events);
  const facts = new Map<string, Fields>();
  for (const app of apps) {
    const key = applicationKey(app.id);
    facts.set(key, applicationFields(app, checkInsOf.get(app.id) ?? [], eventsOf.get(app.id) ?? [], valuesOf(known.get(key))));
  }
  for (const link of threads) {
    const key = threadRecordKey(link.key);
    if (link.applicationId !== null || link.dismissed || known.has(key)) facts.set(key, threadFields(link));
  }
  for (const rule of learned) facts.set(learnedRecordKey(rule.key), learnedFields(rule));
  if (await db.settings.get('settings')) facts.set(SETTINGS_KEY, settingsFields(await readSettings(db)));
  return facts;
}

/**
 * Stamps this device's edits since `before` (the keys held before the command): changed fields get new
 * stamps, records gone since get tombstones. Returns whether any record changed.
 */
export async function stampLocalEdits(db: AfterviewDb, before: ReadonlySet<string>, known: SyncState, now: number, device: string): Promise<boolean> {
  const after = await localKeys(db);
  const deleted = [...before].filter((key) => !after.has(key));
  const stamped = stampLocalChanges(known, await localFacts(db, known), now, device, deleted);
  const changed = [...stamped].filter(([key, record]) => known.get(key) !== record);
  await db.syncRecords.bulkPut(changed.map(([key, record]) => ({ key, record })));
  return changed.length > 0;
}

/** The check-in states the known record of an application holds, by check-in key (a plan takes them up). */
export async function syncedCheckInStates(db: AfterviewDb, applicationIds: readonly string[]): Promise<Map<string, CheckInState>> {
  const states = new Map<string, CheckInState>();
  if (applicationIds.length === 0 || !inScope()) return states;
  const rows = await db.syncRecords.bulkGet(applicationIds.map(applicationKey));
  rows.forEach((row, i) => {
    const read = row ? readApplication(applicationIds[i] as string, valuesOf(row.record)) : null;
    for (const state of read?.checkIns ?? []) states.set(state.key, state);
  });
  return states;
}

/**
 * Merges a remote state into the known records and writes what changed to the tables; returns the
 * applications to re-plan (deleted ones among them, so their check-ins go). Call inside a read-write
 * transaction over every table.
 */
export async function applyRemote(db: AfterviewDb, remote: SyncState): Promise<{ changed: string[]; applications: string[] }> {
  const known = await loadKnown(db);
  const { merged, changed } = mergeIncoming(known, remote);
  const applications = new Set<string>();
  for (const key of changed) {
    const record = merged.get(key) as SyncRecord;
    await db.syncRecords.put({ key, record });
    const fields = valuesOf(record);
    const applicationId = applicationIdOfKey(key);
    if (applicationId !== null) {
      applications.add(applicationId);
      await applyApplication(db, applicationId, fields);
    } else if (key.startsWith('t:')) {
      const link = await db.threads.get(key.slice(2));
      const thread = readThread(fields);
      // A thread this device has not read waits in the known records until it does.
      if (link && thread) {
        if (link.applicationId) applications.add(link.applicationId);
        if (thread.applicationId) applications.add(thread.applicationId);
        await db.threads.put({ ...link, applicationId: thread.applicationId, dismissed: thread.dismissed });
      }
    } else if (key.startsWith('l:')) {
      const rule = readLearned(fields);
      const [kind, scope, ...target] = key.slice(2).split('|');
      if (!rule) await db.corrections.delete(key.slice(2));
      else if (isKind(kind) && isScope(scope)) await db.corrections.put({ key: key.slice(2), kind, scope, target: target.join('|'), value: rule.value, learnedAt: rule.learnedAt });
    } else if (key === SETTINGS_KEY && Object.keys(fields).length > 0) {
      await writeSettings(db, readSyncedSettings(fields, await readSettings(db)));
    }
  }
  return { changed, applications: [...applications] };
}

const isKind = (k: string | undefined): k is LearnedKind => k === 'company' || k === 'role' || k === 'relevance';
const isScope = (s: string | undefined): s is LearnedScope => s === 'domain' || s === 'thread';

async function applyApplication(db: AfterviewDb, applicationId: string, fields: Fields): Promise<void> {
  const local = await db.applications.get(applicationId);
  if (Object.keys(fields).length === 0) {
    if (local) await deleteApplicationRows(db, applicationId);
    return;
  }
  const read = readApplication(applicationId, fields);
  if (!read) return;
  const { decisionWindow, corrected, ...facts } = read.facts;
  const quote = local?.decisionWindow && decisionWindow && local.decisionWindow.earliest === decisionWindow.earliest && local.decisionWindow.latest === decisionWindow.latest ? local.decisionWindow.quote : '';
  const at = new Date().toISOString();
  const base: Application = local ?? {
    id: applicationId,
    source: 'manual',
    lastEmployerMessageAt: null,
    updatedAt: at,
    ...facts,
    decisionWindow: null,
  };
  await db.applications.put({ ...base, ...facts, decisionWindow: decisionWindow ? { ...decisionWindow, quote } : null, ...(corrected.length > 0 || base.corrected ? { corrected } : {}) });
  const checkIns = await db.checkIns.where('applicationId').equals(applicationId).toArray();
  const byKey = new Map(checkIns.map((c) => [c.key, c]));
  const updates: CheckIn[] = [];
  for (const state of read.checkIns) {
    const checkIn = byKey.get(state.key);
    if (checkIn && (checkIn.status !== state.status || checkIn.snoozedUntil !== state.snoozedUntil || checkIn.doneAt !== state.doneAt)) updates.push({ ...checkIn, status: state.status, snoozedUntil: state.snoozedUntil, doneAt: state.doneAt });
  }
  await db.checkIns.bulkPut(updates);
  const events = await db.contactEvents.bulkGet(read.contacts.map((c) => c.id));
  const fresh = read.contacts.filter((_, i) => events[i] === undefined);
  await db.contactEvents.bulkAdd(fresh.map((c) => ({ ...c, applicationId, direction: 'sent' as const, to: [] })));
}

/** As application/delete does: the application and every row that belongs to it; its threads stay, unlinked. */
export async function deleteApplicationRows(db: AfterviewDb, id: string): Promise<void> {
  for (const table of [db.contacts, db.interviews, db.checkIns, db.contactEvents, db.drafts]) await table.where('applicationId').equals(id).delete();
  await db.threads.where('applicationId').equals(id).modify({ applicationId: null });
  await db.planExpiry.delete(id);
  await db.applications.delete(id);
}
