import { describe, expect, it } from 'vitest';
import { diffItems, isEmptyWrite } from '../../src/core/sync/diff';
import { decodeItems, encodeState, MANIFEST_KEY } from '../../src/core/sync/encoding';
import { planQuota } from '../../src/core/sync/quota';
import type { SyncRecord } from '../../src/core/sync/record';
import { deletion } from '../../src/core/sync/tombstones';
import { searchState } from './sync-fixtures';

/** Property runs and 500-application plans take seconds on a busy machine: a bound on hangs, not a speed target. */
const SLOW = { timeout: 60_000 };

const layoutOf = (items: Record<string, unknown>) => {
  const decoded = decodeItems(items);
  if (!decoded.ok) throw new Error(decoded.problem.message);
  return decoded.layout;
};

describe('what to write to storage.sync', SLOW, () => {
  const state = searchState(60);
  const stored = encodeState(state).items;

  it('writes nothing when it holds the records already, whatever order its keys come back in', () => {
    const reordered = Object.fromEntries(Object.entries(stored).reverse());
    expect(isEmptyWrite(diffItems(encodeState(state, layoutOf(stored)).items, reordered))).toBe(true);
  });

  it('writes everything to an empty area', () => {
    expect(diffItems(stored, {})).toEqual({ set: stored, remove: [] });
  });

  it('writes one item and the manifest when one application changes', () => {
    const [key, record] = [...state].find(([k]) => k.startsWith('a:')) as [string, SyncRecord];
    const changed = new Map(state).set(key, { ...record, fields: { ...record.fields, c: { v: 'Renamed Ltd', t: 2e12, d: 'desk' } } });
    const write = diffItems(encodeState(changed, layoutOf(stored)).items, stored);
    expect(Object.keys(write.set).sort()).toEqual([layoutOf(stored).get(key)?.[0], MANIFEST_KEY].sort());
    expect(write.remove).toEqual([]);
  });

  it('removes the items no longer used, and leaves other keys in the area alone', () => {
    const few = new Map([...state].slice(0, 3));
    const write = diffItems(encodeState(few, layoutOf(stored)).items, { ...stored, 'someone-else': 1 });
    expect(write.remove.length).toBeGreaterThan(0);
    expect(write.remove).not.toContain('someone-else');
    expect(write.remove).not.toContain(MANIFEST_KEY);
  });

  it('writes a deletion as a change to the item that held the record', () => {
    const [key] = [...state].find(([k]) => k.startsWith('a:')) as [string, SyncRecord];
    const write = diffItems(encodeState(new Map(state).set(key, deletion({ t: 2e12, d: 'desk' })), layoutOf(stored)).items, stored);
    expect(Object.keys(write.set)).toHaveLength(2);
  });

  it('writes only what changed of a quota plan of 500 applications when one more closes', () => {
    const big = searchState(500);
    const first = planQuota(big).encoded.items;
    const [key, record] = [...big].filter(([k]) => k.startsWith('a:')).at(-1) as [string, SyncRecord];
    const next = planQuota(new Map(big).set(key, { ...record, fields: { ...record.fields, s: { v: 'r', t: 3e12, d: 'desk' } } }), layoutOf(first)).encoded.items;
    const write = diffItems(next, first);
    expect(Object.keys(write.set).length + write.remove.length).toBeLessThanOrEqual(4);
  });
});
