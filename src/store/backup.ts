// Backup as one versioned JSON file. Import checks the whole file first, then replaces everything in
// one transaction, so a corrupt or foreign file changes nothing, and every refusal says so in words.
import { arr, isoInstant, literal, num, obj, optional, ShapeError } from '../core/shape';
import { mailHostOf } from '../core/mail-hosts';
import type { AfterviewDb } from './db';
import { threadKey } from './threads';
import { applicationShape, checkInShape, contactEventShape, contactShape, draftShape, interviewShape, learnedRuleShape, settingsShape, threadLinkShape } from './shapes';

export const BACKUP_FORMAT = 'afterview-backup';
/** 2: the rules learned from corrections came in; a version-1 file, without them, still restores. */
export const BACKUP_VERSION = 2;

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
    corrections: optional(arr(learnedRuleShape, 100_000)),
  }),
});

export type Backup = ReturnType<typeof backupShape>;

const TABLES = ['applications', 'contacts', 'interviews', 'checkIns', 'contactEvents', 'drafts', 'threads', 'settings', 'corrections'] as const;

/** A backup that was not restored; the message starts "Nothing was changed:" and gives the reason in words. */
export class BackupRefused extends Error {
  constructor(reason: string, options?: ErrorOptions) {
    super(`Nothing was changed: ${reason}`, options);
    this.name = 'BackupRefused';
  }
}

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
      corrections: await db.corrections.toArray(),
    },
  }));
}

/** Only a version this Afterview wrote (a whole number from 1 to BACKUP_VERSION) is read. */
function checkVersion(version: unknown): void {
  if (Number.isSafeInteger(version) && (version as number) >= 1 && (version as number) <= BACKUP_VERSION) return;
  if (Number.isSafeInteger(version) && (version as number) > BACKUP_VERSION) {
    throw new BackupRefused(`this backup was made by a newer Afterview (version ${String(version)}). Update Afterview, then import it.`);
  }
  const shown = JSON.stringify(version)?.slice(0, 40) ?? 'none';
  throw new BackupRefused(`this backup's version (${shown}) is not a valid version: Afterview writes a whole number from 1 to ${BACKUP_VERSION}.`);
}

/** Reads a backup file's text, wholly checked; throws BackupRefused, whose message a person can act on. */
export function parseBackup(text: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BackupRefused('this file is not valid JSON, so it is not a backup Afterview can read.', { cause: error });
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupRefused('this file is not an Afterview backup.');
  }
  checkVersion((raw as { version?: unknown }).version);
  let backup: Backup;
  try {
    backup = backupShape(raw);
  } catch (error) {
    if (error instanceof ShapeError) throw new BackupRefused(`this backup is damaged (${error.message}).`, { cause: error });
    throw error;
  }
  checkThreads(backup.data.threads);
  return backup;
}

/** A thread's key and address agree with its mail site, as Afterview writes them: "Open thread" goes where the link says. */
function checkThreads(threads: Backup['data']['threads']): void {
  threads.forEach((link, i) => {
    if (link.key !== threadKey(link.host, link.hostThreadId)) throw new BackupRefused(`this backup is damaged (data.threads[${i}].key: expected "${link.host}:" and the thread's id).`);
    if (mailHostOf(link.url) !== link.host) throw new BackupRefused(`this backup is damaged (data.threads[${i}].url: expected an address on ${link.host === 'gmail' ? 'Gmail' : 'Outlook'}).`);
  });
}

const TABLE_WORDS: Record<(typeof TABLES)[number], string> = {
  applications: 'applications',
  contacts: 'people',
  interviews: 'interviews',
  checkIns: 'check-ins',
  contactEvents: 'logged messages and calls',
  drafts: 'drafts',
  threads: 'mail threads',
  settings: 'settings',
  corrections: 'learned corrections',
};

/** The database's refusal in words; its own message only as a detail after them. */
function refusalOf(error: unknown, table: (typeof TABLES)[number] | null): BackupRefused {
  if (error instanceof BackupRefused) return error;
  const name = error instanceof Error ? error.name : '';
  if ((name === 'BulkError' || name === 'ConstraintError') && table) {
    return new BackupRefused(`two ${TABLE_WORDS[table]} in this backup share an id (or a key that must be unique), so it cannot be restored as it is.`, { cause: error });
  }
  if (name === 'QuotaExceededError') return new BackupRefused('the browser has no room left to store this backup.', { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new BackupRefused(`the browser's database refused to store this backup (${detail}).`, { cause: error });
}

/**
 * Replaces everything with the backup's content, all or nothing. `afterRestore` runs in the same
 * transaction (the re-planning), so whatever fails, it fails before anything is kept.
 */
export async function importBackup(db: AfterviewDb, text: string, afterRestore: () => Promise<void>): Promise<Record<string, number>> {
  const backup = parseBackup(text);
  try {
    await db.transaction('rw', TABLES.map((t) => db.table(t)), async () => {
      for (const table of TABLES) await db.table(table).clear();
      for (const table of TABLES) {
        await db.table(table).bulkAdd(backup.data[table] ?? []).catch((error: unknown) => {
          throw refusalOf(error, table);
        });
      }
      await afterRestore();
    });
  } catch (error) {
    throw refusalOf(error, null);
  }
  return Object.fromEntries(TABLES.map((t) => [t, backup.data[t]?.length ?? 0]));
}
