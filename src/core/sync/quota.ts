// What syncs when everything would not fit storage.sync: the oldest closed applications leave first and
// stay on this device only, and the options page names them. Settings, learned corrections, dismissed
// threads and deletions always sync: they are small, and every device needs them.
import { encodedRecordBytes, encodeState, type Encoded } from './encoding';
import { applicationIdOfKey, isClosedStage, threadApplicationKey } from './facts';
import { PLANNED_LIMITS, type SyncLimits } from './item-size';
import { isLive, lastChangeOf, valuesOf, type SyncRecord, type SyncState } from './record';

export interface LeftOut {
  applicationId: string;
  /** 'closed' as the issue asks; 'open' only when leaving out every closed one was not enough. */
  reason: 'closed' | 'open';
  /** Its last change (ms): the options page can say "applications closed before …". */
  lastChange: number;
}

export interface QuotaPlan {
  /** The records to keep in storage.sync. */
  synced: Map<string, SyncRecord>;
  encoded: Encoded;
  /** Oldest first. */
  leftOut: LeftOut[];
}

/** The key of the application record a record goes with: its own, or the one a tracked thread is for. */
function ownerOf(key: string, record: SyncRecord): string | null {
  if (applicationIdOfKey(key) !== null) return isLive(record) ? key : null;
  return key.startsWith('t:') ? threadApplicationKey(valuesOf(record)) : null;
}

/** What items and the manifest add to the records' own bytes: a key, brackets and a manifest entry each. */
const ITEM_OVERHEAD = 32;
const MANIFEST_OVERHEAD = 24;
const estimate = (recordBytes: number, limits: SyncLimits) => recordBytes + Math.ceil(recordBytes / (limits.itemBytes * 0.95)) * ITEM_OVERHEAD + MANIFEST_OVERHEAD;

export function planQuota(state: SyncState, previousLayout: ReadonlyMap<string, readonly string[]> = new Map(), limits: SyncLimits = PLANNED_LIMITS): QuotaPlan {
  const fits = (encoded: Encoded) => encoded.bytes <= limits.totalBytes && Object.keys(encoded.items).length <= limits.items;
  const sizes = new Map([...state].map(([key, record]) => [key, encodedRecordBytes(key, record, limits)] as const));
  let total = 0;
  for (const size of sizes.values()) total += size;
  if (estimate(total, limits) <= limits.totalBytes) {
    const encoded = encodeState(state, previousLayout, limits);
    if (fits(encoded)) return { synced: new Map(state), encoded, leftOut: [] };
  }

  const groups = new Map<string, { keys: string[]; bytes: number; lastChange: number; closed: boolean }>();
  for (const [key, record] of state) {
    const owner = ownerOf(key, record);
    if (owner === null) continue;
    const group = groups.get(owner) ?? { keys: [], bytes: 0, lastChange: 0, closed: false };
    group.keys.push(key);
    group.bytes += sizes.get(key) ?? 0;
    group.lastChange = Math.max(group.lastChange, lastChangeOf(record));
    if (key === owner) group.closed = isClosedStage(record.fields.s?.v);
    groups.set(owner, group);
  }
  const candidates = [...groups.entries()]
    .filter(([owner]) => isLive(state.get(owner)))
    .sort(([a, x], [b, y]) => Number(y.closed) - Number(x.closed) || x.lastChange - y.lastChange || (a < b ? -1 : a > b ? 1 : 0));

  const synced = new Map(state);
  let left = 0;
  const leave = () => {
    const [, group] = candidates[left++] as (typeof candidates)[number];
    for (const key of group.keys) synced.delete(key);
    total -= group.bytes;
  };
  const giveBack = () => {
    const [, group] = candidates[--left] as (typeof candidates)[number];
    for (const key of group.keys) synced.set(key, state.get(key) as SyncRecord);
    total += group.bytes;
  };
  // Weigh first, then check by encoding: the weights are estimates either way, by an item or so.
  while (estimate(total, limits) > limits.totalBytes && left < candidates.length) leave();
  let encoded = encodeState(synced, previousLayout, limits);
  while (!fits(encoded) && left < candidates.length) {
    leave();
    encoded = encodeState(synced, previousLayout, limits);
  }
  // Room left over: the newest of those left out come back while they fit, so the oldest stay out.
  while (left > 0 && encoded.bytes + ((candidates[left - 1] as (typeof candidates)[number])[1].bytes + ITEM_OVERHEAD) <= limits.totalBytes) {
    giveBack();
    const attempt = encodeState(synced, previousLayout, limits);
    if (!fits(attempt)) {
      leave();
      break;
    }
    encoded = attempt;
  }
  const leftOut = candidates.slice(0, left).map(([owner, group]): LeftOut => ({ applicationId: applicationIdOfKey(owner) ?? owner, reason: group.closed ? 'closed' : 'open', lastChange: group.lastChange }));
  return { synced, encoded, leftOut };
}
