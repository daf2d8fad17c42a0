import { describe, expect, it } from 'vitest';
import { changedFields, sameValue } from '../../src/core/changes';

describe('what an editor changed', () => {
  it('compares record values all the way down, whatever the key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });

  it('names only the editable fields that differ', () => {
    const editable = ['company', 'references', 'stage'] as const;
    const before = { id: 'a', company: 'Acme', references: [{ name: 'Ann' }], stage: 'scheduled', updatedAt: '1' };
    const after = { ...before, references: [{ name: 'Ann' }], stage: 'offer', updatedAt: '2' };
    expect(changedFields(editable, before, after)).toEqual({ stage: 'offer' });
    expect(changedFields(editable, before, { ...before })).toEqual({});
  });
});
