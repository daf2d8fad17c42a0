import { describe, expect, it } from 'vitest';
import { arr, bool, changesOf, isoDate, isoInstant, literal, nullable, obj, record, recordId, ShapeError, str } from '../../src/core/shape';
import { newId } from '../../src/store/ids';
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

  it('accepts the ids Afterview makes and refuses any other', () => {
    const made = newId();
    expect(recordId(made)).toBe(made);
    for (const bad of ['', 'app-1', `${made}\r\nATTACH:x`, made.toUpperCase(), `${made} `, 42, null]) expect(() => recordId(bad, 'id')).toThrow('id: expected an Afterview id');
  });

  it('refuses a "__proto__" key instead of dropping it', () => {
    const notes = record(str);
    expect(notes(JSON.parse('{"Ann Lee":"a","constructor":"b"}'))).toEqual({ 'Ann Lee': 'a', constructor: 'b' });
    expect(() => notes(JSON.parse('{"Ann Lee":"a","__proto__":"b"}'), 'notes')).toThrow('notes.__proto__: expected no key named "__proto__"');
  });

  it('checks each changed field and refuses a field that cannot be changed', () => {
    const changes = changesOf({ company: str, finalStage: bool });
    expect(changes({ company: 'Acme' })).toEqual({ company: 'Acme' });
    expect(changes({})).toEqual({});
    expect(() => changes({ finalStage: 'yes' }, 'changes')).toThrow('changes.finalStage: expected true or false');
    expect(() => changes({ company: 'Acme', createdAt: '2026-01-01T00:00:00Z' }, 'changes')).toThrow('changes.createdAt: expected a field that can be changed (company, finalStage)');
    expect(() => changes(JSON.parse('{"__proto__":{"company":"x"}}'), 'changes')).toThrow('changes.__proto__');
  });
});
