// Records packed into storage.sync items, with a manifest that names every item and the digest of its
// content, and a schema version (docs/sync.md, "Encoding"). Decoding reads everything or nothing: a
// newer version, a missing item or a damaged one is a problem in words, never a part of the records.
import { itemBytes, PLANNED_LIMITS, utf8Bytes, type SyncLimits } from './item-size';
import { mergeRecords } from './merge';
import { canonicalJson, DEVICE_ID, laterEntry, type FieldEntry, type SyncRecord, type SyncState, type SyncValue } from './record';

/** 1: the first format. A decoder refuses a greater one rather than misread it. */
export const SYNC_SCHEMA_VERSION = 1;
export const MANIFEST_KEY = 'm';
const ITEM_KEY = /^i(?:0|[1-9]\d{0,3})$/;
/** The storage.sync keys this encoding owns; anything else in the area is someone else's. */
export const isSyncItemKey = (key: string) => key === MANIFEST_KEY || ITEM_KEY.test(key);
const itemKey = (n: number) => `i${n}`;
/** Times are written as ms since 2026-01-01: two digits fewer than since 1970, for every stamp. */
const EPOCH = Date.UTC(2026, 0, 1);
/** The longest item key a plan can use ("i9999"). */
const MAX_ITEM_KEY_BYTES = 5;

/** One record (or part of one too large for an item): key, its fields grouped by stamp, its tombstone or 0. */
type Group = [time: number, device: string, fields: Record<string, SyncValue>];
type Piece = [key: string, groups: Group[], deleted: 0 | [time: number, device: string]];

interface EncodedPiece {
  key: string;
  value: Piece;
  bytes: number;
}

export interface Manifest {
  v: number;
  /** Each item's key → [how many pieces it holds, digest of its JSON]. */
  i: Record<string, [number, string]>;
}

export interface Encoded {
  /** Every item to hold in storage.sync, the manifest among them. */
  items: Record<string, SyncValue>;
  /** Which items hold each record: the next encoding keeps records where they are, so fewer items change. */
  layout: Map<string, string[]>;
  /** The bytes storage.sync counts for all the items. */
  bytes: number;
  /** Fields whose value alone would not fit in an item: left out, for the options page to name. */
  tooLarge: { key: string; field: string }[];
}

/**
 * FNV-1a, 32 bits, of the item's JSON with sorted keys: Chrome hands objects back with their keys in its
 * own order, so the text as stored is not the text as written. Enough to tell an item the manifest does
 * not describe; not a defence against forgery.
 */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

function piece(key: string, entries: [string, FieldEntry][], record: SyncRecord, withTombstone: boolean): EncodedPiece {
  const groups = new Map<string, Group>();
  for (const [name, entry] of entries) {
    const id = `${entry.t}|${entry.d}`;
    const group = groups.get(id) ?? [entry.t - EPOCH, entry.d, {}];
    group[2][name] = entry.v;
    groups.set(id, group);
  }
  const ordered = [...groups.values()].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const deleted: Piece[2] = withTombstone && record.deleted ? [record.deleted.t - EPOCH, record.deleted.d] : 0;
  const value: Piece = [key, ordered, deleted];
  return { key, value, bytes: utf8Bytes(JSON.stringify(value)) };
}

/** A record as pieces that each fit an item: one piece unless its fields must be split. */
function piecesOf(key: string, record: SyncRecord, maxBytes: number, tooLarge: Encoded['tooLarge']): EncodedPiece[] {
  const entries = Object.entries(record.fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const whole = piece(key, entries, record, true);
  if (whole.bytes <= maxBytes) return [whole];
  const pieces: EncodedPiece[] = [];
  let current: [string, FieldEntry][] = [];
  const close = () => {
    if (current.length > 0 || (pieces.length === 0 && record.deleted)) pieces.push(piece(key, current, record, pieces.length === 0));
    current = [];
  };
  for (const entry of entries) {
    if (piece(key, [entry], record, pieces.length === 0 && current.length === 0).bytes > maxBytes) {
      tooLarge.push({ key, field: entry[0] });
      continue;
    }
    if (current.length > 0 && piece(key, [...current, entry], record, pieces.length === 0).bytes > maxBytes) close();
    current.push(entry);
  }
  close();
  return pieces;
}

/** The bytes a record adds to the items that hold it (each piece and its comma), for quota.ts to weigh. */
export function encodedRecordBytes(key: string, record: SyncRecord, limits: SyncLimits = PLANNED_LIMITS): number {
  return piecesOf(key, record, limits.itemBytes - MAX_ITEM_KEY_BYTES - 2, []).reduce((sum, p) => sum + p.bytes + 1, 0);
}

interface Bin {
  key: string;
  pieces: EncodedPiece[];
  bytes: number;
}

/**
 * The records as items of at most `limits.itemBytes` each. A record stays in the item `previous` put
 * it in while it fits there; the others fill the first item with room. Totals are not checked here:
 * quota.ts decides what goes in.
 */
export function encodeState(state: SyncState, previous: ReadonlyMap<string, readonly string[]> = new Map(), limits: SyncLimits = PLANNED_LIMITS): Encoded {
  const tooLarge: Encoded['tooLarge'] = [];
  const maxPiece = limits.itemBytes - MAX_ITEM_KEY_BYTES - 2;
  const bins = new Map<string, Bin>();
  const fits = (bin: Bin, p: EncodedPiece) => bin.bytes + p.bytes + (bin.pieces.length > 0 ? 1 : 0) <= limits.itemBytes;
  const put = (bin: Bin, p: EncodedPiece) => {
    bin.bytes += p.bytes + (bin.pieces.length > 0 ? 1 : 0);
    bin.pieces.push(p);
  };
  const binFor = (key: string) => bins.get(key) ?? bins.set(key, { key, pieces: [], bytes: utf8Bytes(key) + 2 }).get(key) as Bin;

  const unplaced: EncodedPiece[] = [];
  for (const key of [...state.keys()].sort()) {
    const record = state.get(key) as SyncRecord;
    if (Object.keys(record.fields).length === 0 && record.deleted === null) continue;
    const homes = [...(previous.get(key) ?? [])].filter((home) => ITEM_KEY.test(home));
    for (const p of piecesOf(key, record, maxPiece, tooLarge)) {
      const home = homes.map(binFor).find((bin) => fits(bin, p));
      if (home) put(home, p);
      else unplaced.push(p);
    }
  }
  for (const p of unplaced) {
    const open = [...bins.values()].sort((a, b) => Number(a.key.slice(1)) - Number(b.key.slice(1))).find((bin) => fits(bin, p));
    if (open) put(open, p);
    else {
      let n = 0;
      while (bins.has(itemKey(n))) n++;
      put(binFor(itemKey(n)), p);
    }
  }

  const items: Record<string, SyncValue> = {};
  const manifest: Manifest = { v: SYNC_SCHEMA_VERSION, i: {} };
  const layout = new Map<string, string[]>();
  let bytes = 0;
  for (const bin of [...bins.values()].sort((a, b) => Number(a.key.slice(1)) - Number(b.key.slice(1)))) {
    if (bin.pieces.length === 0) continue;
    const value = bin.pieces.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((p) => p.value);
    items[bin.key] = value;
    manifest.i[bin.key] = [value.length, digest(canonicalJson(value))];
    bytes += bin.bytes;
    for (const p of bin.pieces) layout.set(p.key, [...(layout.get(p.key) ?? []), bin.key]);
  }
  items[MANIFEST_KEY] = manifest as unknown as SyncValue;
  bytes += itemBytes(MANIFEST_KEY, manifest);
  return { items, layout, bytes, tooLarge };
}

export type SyncProblem =
  | { kind: 'newer-version'; version: number; message: string }
  | { kind: 'incomplete'; message: string }
  | { kind: 'corrupt'; message: string };

export type Decoded = { ok: true; state: Map<string, SyncRecord>; layout: Map<string, string[]> } | { ok: false; problem: SyncProblem };

const KEPT = 'Nothing on this computer was changed.';
const corrupt = (what: string): Decoded => ({ ok: false, problem: { kind: 'corrupt', message: `The synced copy is damaged (${what}). ${KEPT}` } });
const incomplete = (what: string): Decoded => ({ ok: false, problem: { kind: 'incomplete', message: `The synced copy is not all here yet (${what}); the browser may still be delivering it. ${KEPT}` } });

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && Math.abs(v) <= 8.64e15;
const isDevice = (v: unknown): v is string => typeof v === 'string' && DEVICE_ID.test(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The records storage.sync holds (all of its items, as `storage.sync.get(null)` gives them). An empty
 * area is no records; anything else is read whole or refused.
 */
export function decodeItems(stored: Readonly<Record<string, unknown>>): Decoded {
  const manifest = stored[MANIFEST_KEY];
  const itemKeys = Object.keys(stored).filter((key) => ITEM_KEY.test(key));
  if (manifest === undefined) return itemKeys.length === 0 ? { ok: true, state: new Map(), layout: new Map() } : incomplete('items without their manifest');
  if (!isObject(manifest) || !Number.isSafeInteger(manifest.v) || (manifest.v as number) < 1) return corrupt('the manifest has no valid version');
  const version = manifest.v as number;
  if (version > SYNC_SCHEMA_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version, message: `Another computer syncs with a newer Afterview (format ${version}; this one reads up to ${SYNC_SCHEMA_VERSION}). Update Afterview here to sync again. ${KEPT}` } };
  }
  if (!isObject(manifest.i)) return corrupt('the manifest lists no items');
  const state = new Map<string, SyncRecord>();
  const layout = new Map<string, string[]>();
  for (const [key, entry] of Object.entries(manifest.i)) {
    if (!ITEM_KEY.test(key) || !Array.isArray(entry) || entry.length !== 2 || !Number.isSafeInteger(entry[0]) || typeof entry[1] !== 'string') return corrupt(`the manifest's entry for "${key.slice(0, 20)}"`);
    const item = stored[key];
    if (item === undefined) return incomplete(`item ${key} is missing`);
    if (digest(canonicalJson(item as SyncValue)) !== entry[1]) return incomplete(`item ${key} is not the one the manifest describes`);
    if (!Array.isArray(item) || item.length !== entry[0]) return corrupt(`item ${key} holds ${Array.isArray(item) ? item.length : 'no'} records, the manifest says ${String(entry[0])}`);
    for (const [i, raw] of item.entries()) {
      const read = readPiece(raw);
      if (typeof read === 'string') return corrupt(`item ${key}, record ${i + 1}: ${read}`);
      state.set(read.key, mergeRecords(state.get(read.key), read.record));
      layout.set(read.key, [...(layout.get(read.key) ?? []), key]);
    }
  }
  return { ok: true, state, layout };
}

/** A piece back as a record, or what is wrong with it. */
function readPiece(raw: unknown): { key: string; record: SyncRecord } | string {
  if (!Array.isArray(raw) || raw.length !== 3) return 'not a record';
  const [key, groups, deletedRaw] = raw as unknown[];
  if (typeof key !== 'string' || key.length === 0) return 'no key';
  if (!Array.isArray(groups)) return 'no fields';
  let deleted: SyncRecord['deleted'] = null;
  if (deletedRaw !== 0) {
    if (!Array.isArray(deletedRaw) || deletedRaw.length !== 2 || !isTime(deletedRaw[0]) || !isDevice(deletedRaw[1])) return 'a malformed deletion';
    deleted = { t: deletedRaw[0] + EPOCH, d: deletedRaw[1] };
  }
  const fields: Record<string, FieldEntry> = {};
  for (const group of groups as unknown[]) {
    if (!Array.isArray(group) || group.length !== 3 || !isTime(group[0]) || !isDevice(group[1]) || !isObject(group[2])) return 'a malformed field group';
    const t = (group[0] as number) + EPOCH;
    for (const [name, v] of Object.entries(group[2])) {
      // JSON.parse keeps "__proto__" as a key; assigning it would set a prototype and lose the field.
      if (name === '__proto__') return 'a field named "__proto__"';
      const entry: FieldEntry = { v: v as SyncValue, t, d: group[1] as string };
      fields[name] = Object.hasOwn(fields, name) ? laterEntry(fields[name] as FieldEntry, entry) : entry;
    }
  }
  return { key, record: mergeRecords(undefined, { fields, deleted }) };
}
