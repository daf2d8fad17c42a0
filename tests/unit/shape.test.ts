import { describe, expect, it } from 'vitest';
import { arr, isoDate, isoInstant, literal, nullable, obj, ShapeError, str } from '../../src/core/shape';
import { settingsShape } from '../../src/core/settings-shape';
import { DEFAULT_SETTINGS } from '../../src/core/model';

describe('shape checks', () => {
  const person = obj({ name: str, tags: arr(literal('a', 'b')), at: nullable(isoInstant) });

  it('returns the checked value and drops unknown fields', () => {
    expect(person({ name: 'Ann', tags: ['a'], at: null, extra: '<script>' })).toEqual({ name: 'Ann', tags: ['a'], at: null });
  });

  it('names the path that is wrong', () => {
    expect(() => person({ name: 'Ann', tags: ['a', 'c'], at: null })).toThrow(new ShapeError('tags[1]', 'one of "a", "b"'));
    expect(() => person({ name: 1, tags: [], at: null })).toThrow('name: expected a string');
  });

  it('accepts real dates and refuses impostors', () => {
    expect(isoDate('2026-12-04')).toBe('2026-12-04');
    expect(() => isoDate('2026-13-40')).toThrow(ShapeError);
    expect(isoInstant('2026-11-24T15:02:00-05:00')).toBe('2026-11-24T15:02:00-05:00');
    expect(() => isoInstant('yesterday')).toThrow(ShapeError);
  });

  it('accepts the default settings and refuses a wrong cadence', () => {
    expect(settingsShape(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(() => settingsShape({ ...DEFAULT_SETTINGS, cadence: 'daily' })).toThrow('cadence');
  });
});
