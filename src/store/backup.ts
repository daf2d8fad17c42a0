// Backup as one versioned JSON file. Import checks the whole file first, then replaces everything in
// one transaction, so a corrupt or foreign file changes nothing.
import { arr, isoInstant, literal, num, obj, ShapeError } from '../core/shape';
import type { AfterviewDb } from './db';
import { applicationShape, checkInShape, contactEventShape, contactShape, draftShape, interviewShape, settingsShape, threadLinkShape } from './shapes';

export const BACKUP_FORMAT = 'afterview-backup';
export const BACKUP_VERSION = 1;

const backupShape = obj({
  format: literal(BACKUP_FORMAT),
  version: num,
  exportedAt: isoInstant,
  data: obj({
    applications: arr(applicationShape, 100_000),
    contacts: arr(contactShape, 100_000),
    interviews: arr(interviewShape, 100_000),
    checkIns: arr(checkInShape, 500_000),
    contactEvents: arr(contactEventShape, 500_000),
    drafts: arr(draftShape, 100_000),
    threads: arr(threadLinkShape, 100_000),
    settings: arr(obj({ id: literal('settings'), value: settingsShape }), 1),
  }),
});

export type Backup = ReturnType<typeof backupShape>;

const TABLES = ['applications', 'contacts', 'interviews', 'checkIns', 'contactEvents', 'drafts', 'threads', 'settings'] as const;

export async function exportBackup(db: AfterviewDb, now: Date): Promise<Backup> {
  return db.transaction('r', TABLES.map((t) => db.table(t)), async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    data: {
      applications: await db.applications.toArray(),
      contacts: await db.contacts.toArray(),
      interviews: await db.interviews.toArray(),
      checkIns: await db.checkIns.toArray(),
      contactEvents: await db.contactEvents.toArray(),
      drafts: await db.drafts.toArray(),
      threads: await db.threads.toArray(),
      settings: await db.settings.toArray(),
    },
  }));
}

/** Reads a backup file's text, wholly checked; throws an Error whose message a person can act on. */
export function parseBackup(text: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error('This file is not a backup Afterview can read: it is not valid JSON. Nothing was changed.', { cause: error });
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new Error('This file is not an Afterview backup. Nothing was changed.');
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || version > BACKUP_VERSION) {
    throw new Error(`This backup was made by a newer Afterview (format ${String(version)}). Update Afterview, then import it. Nothing was changed.`);
  }
  try {
    return backupShape(raw);
  } catch (error) {
    if (error instanceof ShapeError) throw new Error(`This backup is damaged (${error.message}). Nothing was changed.`, { cause: error });
    throw error;
  }
}

/** Replaces everything with the backup's content, all or nothing. */
export async function importBackup(db: AfterviewDb, text: string): Promise<Record<string, number>> {
  const backup = parseBackup(text);
  await db.transaction('rw', TABLES.map((t) => db.table(t)), async () => {
    for (const table of TABLES) await db.table(table).clear();
    const d = backup.data;
    await db.applications.bulkAdd(d.applications);
    await db.contacts.bulkAdd(d.contacts);
    await db.interviews.bulkAdd(d.interviews);
    await db.checkIns.bulkAdd(d.checkIns);
    await db.contactEvents.bulkAdd(d.contactEvents);
    await db.drafts.bulkAdd(d.drafts);
    await db.threads.bulkAdd(d.threads);
    await db.settings.bulkAdd(d.settings);
  });
  return Object.fromEntries(TABLES.map((t) => [t, backup.data[t].length]));
}

