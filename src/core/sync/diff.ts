// The writes that bring storage.sync from what it holds to what it should: only the items whose
// content differs (keys in any order: Chrome returns objects with its own), and the removal of the items
// no longer used. Keys outside the encoding are left alone.
import { isSyncItemKey } from './encoding';
import { canonicalJson, type SyncValue } from './record';

export interface SyncWrite {
  /** For one storage.sync.set call: one write operation, however many items. */
  set: Record<string, SyncValue>;
  /** For one storage.sync.remove call. */
  remove: string[];
}

export function diffItems(next: Readonly<Record<string, SyncValue>>, stored: Readonly<Record<string, unknown>>): SyncWrite {
  const set: Record<string, SyncValue> = {};
  for (const [key, value] of Object.entries(next)) {
    if (!Object.hasOwn(stored, key) || canonicalJson(stored[key] as SyncValue) !== canonicalJson(value)) set[key] = value;
  }
  const remove = Object.keys(stored).filter((key) => isSyncItemKey(key) && !Object.hasOwn(next, key)).sort();
  return { set, remove };
}

export const isEmptyWrite = (write: SyncWrite) => write.remove.length === 0 && Object.keys(write.set).length === 0;
