import type { Speller } from '../core/drafts';
import type { AfterviewDb } from '../store/db';
import type { CommandContext } from './command';
import type { SyncControl } from './sync';
import { loadKnown, localKeys, stampLocalEdits } from '../store/sync';

export interface ContextOptions {
  now?: () => Date;
  speller?: () => Promise<Speller | undefined>;
  /** Runs after every write: badge, alarms. */
  afterWrite?: () => Promise<void>;
  openOptions?: () => Promise<void>;
  /** This device's sync id (docs/sync.md): given, every write stamps the synced facts it changed. */
  syncDevice?: () => Promise<string>;
  /** Runs after a write that changed a synced record: the background schedules a write to storage.sync. */
  afterSyncedChange?: () => Promise<void>;
  /** Runs after delete-everything: the background clears the synced copy, or sends the tombstones. */
  clearSyncedCopy?: () => Promise<void>;
  sync?: SyncControl;
}

/** Where there is no background (unit tests): sync is off and has nothing to say. */
const NO_SYNC: SyncControl = {
  status: async () => ({ enabled: false, problem: null, detail: null, leftOut: [] }),
  setEnabled: async () => undefined,
};

/** Every table a command may write; deleting everything clears exactly these. */
export const WRITE_TABLES = ['applications', 'contacts', 'interviews', 'checkIns', 'contactEvents', 'drafts', 'threads', 'settings', 'planExpiry', 'corrections'] as const;

export function createContext(db: AfterviewDb, options: ContextOptions = {}): CommandContext {
  const afterWrite = options.afterWrite ?? (async () => undefined);
  const afterSyncedChange = options.afterSyncedChange ?? (async () => undefined);
  // The known synced records go in every write's transaction: the plan reads the states they hold, and
  // the device's edits are stamped in the same transaction as the change.
  const tables = [...WRITE_TABLES, 'syncRecords'].map((t) => db.table(t));
  const now = options.now ?? (() => new Date());
  return {
    db,
    now,
    speller: options.speller ?? (async () => undefined),
    openOptions: options.openOptions ?? (async () => undefined),
    clearSyncedCopy: options.clearSyncedCopy ?? (async () => undefined),
    sync: options.sync ?? NO_SYNC,
    async write(change) {
      // Outside the transaction: a promise that is not Dexie's would end it.
      const device = options.syncDevice ? await options.syncDevice() : null;
      let synced = false;
      const result = await db.transaction('rw', tables, async () => {
        const before = device ? await localKeys(db) : null;
        const known = device ? await loadKnown(db) : null;
        const value = await change();
        if (device && before && known) synced = await stampLocalEdits(db, before, known, now().getTime(), device);
        return value;
      });
      await afterWrite();
      if (synced) await afterSyncedChange();
      return result;
    },
  };
}
