import type { Speller } from '../core/drafts';
import type { AfterviewDb } from '../store/db';
import type { CommandContext } from './command';

export interface ContextOptions {
  now?: () => Date;
  speller?: () => Promise<Speller | undefined>;
  /** Runs after every write: badge, alarms. */
  afterWrite?: () => Promise<void>;
  openOptions?: () => Promise<void>;
}

/** Every table a command may write; deleting everything clears exactly these. */
export const WRITE_TABLES = ['applications', 'contacts', 'interviews', 'checkIns', 'contactEvents', 'drafts', 'threads', 'settings', 'planExpiry', 'corrections'] as const;

export function createContext(db: AfterviewDb, options: ContextOptions = {}): CommandContext {
  const afterWrite = options.afterWrite ?? (async () => undefined);
  const tables = WRITE_TABLES.map((t) => db.table(t));
  return {
    db,
    now: options.now ?? (() => new Date()),
    speller: options.speller ?? (async () => undefined),
    openOptions: options.openOptions ?? (async () => undefined),
    async write(change) {
      const result = await db.transaction('rw', tables, change);
      await afterWrite();
      return result;
    },
  };
}
