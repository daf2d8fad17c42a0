import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeItems, digest, encodeState, MANIFEST_KEY, SYNC_SCHEMA_VERSION } from '../../src/core/sync/encoding';
import { BROWSER_LIMITS, itemBytes, PLANNED_LIMITS, utf8Bytes } from '../../src/core/sync/item-size';
import { mergeAll } from '../../src/core/sync/merge';
import { canonicalJson, type SyncRecord, type SyncState, type SyncValue } from '../../src/core/sync/record';

/** Property runs and 500-application plans take seconds on a busy machine: a bound on hangs, not a speed target. */
const SLOW = { timeout: 60_000 };

const json: fc.Arbitrary<SyncValue> = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as SyncValue);
const device = fc.stringMatching(/^[a-z0-9]{1,16}$/);
const time = fc.integer({ min: 0, max: 4_000_000_000_000 });
const fieldName = fc.string({ maxLength: 12 }).filter((n) => n !== '__proto__');

const record: fc.Arbitrary<SyncRecord> = fc
  .tuple(fc.array(fc.tuple(fieldName, json, time, device), { maxLength: 8 }), fc.option(fc.tuple(time, device)))
  .map(([fields, deleted]) => mergeAll([new Map([['k', { fields: Object.fromEntries(fields.map(([n, v, t, d]) => [n, { v, t, d }])), deleted: deleted ? { t: deleted[0], d: deleted[1] } : null }]])]).get('k') as SyncRecord)
  .filter((r) => Object.keys(r.fields).length > 0 || r.deleted !== null);

const state: fc.Arbitrary<Map<string, SyncRecord>> = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), record), { maxLength: 30 }).map((entries) => new Map(entries));

const decoded = (items: Record<string, unknown>) => {
  const result = decodeItems(items);
  if (!result.ok) throw new Error(result.problem.message);
  return result;
};

describe('the storage.sync encoding', SLOW, () => {
  it('gives back every record it packed, whatever the keys, fields and values', () => {
    fc.assert(fc.property(state, (records) => {
      expect(decoded(encodeState(records).items).state).toEqual(records);
    }), { numRuns: 300 });
  });

  it('keeps each item under the limit, splitting records that would not fit, and still gives every record back', () => {
    const limits = { ...PLANNED_LIMITS, itemBytes: 600 };
    fc.assert(fc.property(state, (records) => {
      const encoded = encodeState(records, new Map(), limits);
      for (const [key, value] of Object.entries(encoded.items)) if (key !== MANIFEST_KEY) expect(itemBytes(key, value)).toBeLessThanOrEqual(600);
      const tooLarge = new Set(encoded.tooLarge.map((t) => `${t.key}\u0000${t.field}`));
      const expected = new Map([...records].map(([key, r]) => [key, { deleted: r.deleted, fields: Object.fromEntries(Object.entries(r.fields).filter(([name]) => !tooLarge.has(`${key}\u0000${name}`))) }] as const).filter(([, r]) => r.deleted !== null || Object.keys(r.fields).length > 0));
      expect(decoded(encoded.items).state).toEqual(expected);
      expect(Object.values(encoded.items).reduce<number>((sum, v, i) => sum + itemBytes(Object.keys(encoded.items)[i] as string, v), 0)).toBe(encoded.bytes);
    }), { numRuns: 300 });
  });

  it('measures an item as Chrome does: key plus JSON value, in UTF-8 bytes', () => {
    expect(utf8Bytes('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(itemBytes('i0', ['Émile'])).toBe(2 + '["Émile"]'.length + 1);
    expect(BROWSER_LIMITS).toEqual({ totalBytes: 102_400, itemBytes: 8_192, items: 512 });
  });

  it('writes compactly: short keys, times as numbers and fields that share a stamp together', () => {
    const t = Date.UTC(2026, 10, 24, 15);
    const records = new Map([['a:1', { fields: { c: { v: 'Acme', t, d: 'lap' }, r: { v: 'Engineer', t, d: 'lap' } }, deleted: null }]]);
    const { items } = encodeState(records);
    expect(items.i0).toEqual([['a:1', [[t - Date.UTC(2026, 0, 1), 'lap', { c: 'Acme', r: 'Engineer' }]], 0]]);
    expect(items[MANIFEST_KEY]).toEqual({ v: SYNC_SCHEMA_VERSION, i: { i0: [1, expect.any(String)] } });
  });

  it('keeps records in the items they were in, so one change rewrites one item', () => {
    const records = new Map<string, SyncRecord>();
    for (let i = 0; i < 200; i++) records.set(`a:${String(i).padStart(3, '0')}`, { fields: { c: { v: `Company ${i}`, t: 1_800_000_000_000 + i, d: 'lap' } }, deleted: null });
    const first = encodeState(records);
    const changed = new Map(records).set('a:100', { fields: { c: { v: 'A much longer company name than before', t: 1_900_000_000_000, d: 'desk' } }, deleted: null });
    const second = encodeState(changed, decoded(first.items).layout);
    const differing = Object.keys(second.items).filter((key) => JSON.stringify(second.items[key]) !== JSON.stringify(first.items[key]));
    expect(differing.sort()).toEqual([MANIFEST_KEY, first.layout.get('a:100')?.[0]].sort());
  });

  it('reads items whose objects come back with their keys in another order, as Chrome returns them', () => {
    fc.assert(fc.property(state, (records) => {
      const { items } = encodeState(records);
      const reordered = JSON.parse(JSON.stringify(items, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v))) as Record<string, unknown>;
      expect(decoded(reordered).state).toEqual(records);
    }), { numRuns: 100 });
  });

  it('reads an empty area as no records', () => {
    expect(decodeItems({})).toEqual({ ok: true, state: new Map(), layout: new Map() });
    expect(decodeItems({ unrelated: 1 })).toMatchObject({ ok: true });
  });
});

describe('what the decoder refuses, in words, giving no records', () => {
  const records: SyncState = new Map([['a:1', { fields: { c: { v: 'Acme', t: 1_800_000_000_000, d: 'lap' } }, deleted: null }]]);
  const items = () => structuredClone(encodeState(records).items) as Record<string, unknown>;

  it('refuses a newer format clearly, rather than misreading it', () => {
    const newer = { ...items(), [MANIFEST_KEY]: { v: SYNC_SCHEMA_VERSION + 1, i: {}, more: 'fields a newer Afterview writes' } };
    expect(decodeItems(newer)).toEqual({ ok: false, problem: { kind: 'newer-version', version: 2, message: expect.stringMatching(/newer Afterview .*Update Afterview here.*Nothing on this computer was changed/) } });
  });

  it('says a listed item is missing, or is not the one the manifest describes', () => {
    const missing = items();
    delete missing.i0;
    expect(decodeItems(missing)).toMatchObject({ ok: false, problem: { kind: 'incomplete', message: expect.stringContaining('item i0 is missing') } });
    const stale = items();
    stale.i0 = [['a:1', [[1, 'lap', { c: 'Other' }]], 0]];
    expect(decodeItems(stale)).toMatchObject({ ok: false, problem: { kind: 'incomplete' } });
    const orphans = items();
    delete orphans.m;
    expect(decodeItems(orphans)).toMatchObject({ ok: false, problem: { kind: 'incomplete', message: expect.stringContaining('without their manifest') } });
  });

  it.each([
    ['a manifest without a version', { [MANIFEST_KEY]: { i: {} } }],
    ['a manifest that is not an object', { [MANIFEST_KEY]: 'm' }],
    ['a manifest entry that is not [count, digest]', { [MANIFEST_KEY]: { v: 1, i: { i0: 'x' } }, i0: [] }],
  ])('calls %s damaged', (_, stored) => {
    expect(decodeItems(stored)).toMatchObject({ ok: false, problem: { kind: 'corrupt', message: expect.stringContaining('Nothing on this computer was changed') } });
  });

  it.each([
    ['a record that is not a list', 'x'],
    ['a record without a key', ['', [], 0]],
    ['a malformed deletion', ['a:1', [], [1]]],
    ['a device id of the wrong form', ['a:1', [[1, 'NOT A DEVICE', { c: 1 }]], 0]],
    ['a time that is not a whole number', ['a:1', [[1.5, 'lap', { c: 1 }]], 0]],
    ['a field named __proto__', ['a:1', [[1, 'lap', JSON.parse('{"__proto__": 1}') as unknown]], 0]],
  ])('calls an item with %s damaged, even when its digest matches', (_, bad) => {
    const value = [bad];
    const withDigest = { i0: value, [MANIFEST_KEY]: { v: 1, i: { i0: [1, digest(canonicalJson(value as SyncValue))] } } };
    expect(decodeItems(withDigest)).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
  });
});
