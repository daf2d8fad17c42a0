import type { Speller } from '../core/drafts';
import type { AfterviewDb } from '../store/db';
import { memoryAnalysisCache, type AnalysisCache, type CommandContext } from './command';
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
  /** Where the last analysis of each thread is kept; by default in memory, for this context's life. */
  analyses?: AnalysisCache;
  insertIntoThread?: CommandContext['insertIntoThread'];
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
  // The known synced records go in every write's transaction: the plan reads the states they hold.
  const tables = [...WRITE_TABLES, 'syncRecords'].map((t) => db.table(t));
  const now = options.now ?? (() => new Date());
  return {
    db,
    now,
    speller: options.speller ?? (async () => undefined),
    openOptions: options.openOptions ?? (async () => undefined),
    clearSyncedCopy: options.clearSyncedCopy ?? (async () => undefined),
    sync: options.sync ?? NO_SYNC,
    analyses: options.analyses ?? memoryAnalysisCache(),
    insertIntoThread:
      options.insertIntoThread ??
      (async () => {
        throw new Error('There is no mail tab to insert into here.');
      }),
    async write(change) {
      // Outside the transaction: a promise that is not Dexie's would end it.
      const device = options.syncDevice ? await options.syncDevice() : null;
      // The synced keys before the change, then the change, then its stamps: three transactions, because
      // stamping inside the change's own transaction let Chromium's worker commit it early.
      const before = device ? await db.transaction('r', tables, async () => await localKeys(db)) : null;
      // An async scope, awaiting the change: Dexie keeps a transaction open across native awaits only for
      // a scope it can see is async; handed a plain function returning the change's promise, it commits early.
      const result = await db.transaction('rw', tables, async () => await change());
      const synced = device && before ? await db.transaction('rw', tables, async () => stampLocalEdits(db, before, await loadKnown(db), now().getTime(), device)) : false;
      await afterWrite();
      if (synced) await afterSyncedChange();
      return result;
    },
  };
}
