import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/core/matches';

const asMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
const asMatchesOf = (pattern: RegExp, text: string) => matchesOf(pattern, text).map((m) => [m.index, ...m]);

describe('matchesOf', () => {
  it.each([
    [/\p{Lu}\p{L}+/gu, 'Meet Ana Lucía and Jun Park'],
    [/(?<word>[a-z]+)|(?<digit>\d)/g, 'a1 bc 2d'],
    // Empty matches move on by one character, by a whole code point in a unicode pattern.
    [/x*/g, 'axxb'],
    [/x*/gu, 'a😀xb'],
    [/x*/g, 'a😀xb'],
    [/$/gm, 'one\ntwo'],
  ])('gives what matchAll gives: %s on %j', (pattern, text) => {
    expect(asMatchesOf(pattern, text)).toEqual(asMatchAll(pattern, text));
    expect(pattern.lastIndex).toBe(0);
  });

  it('starts from the text start whatever the pattern last read', () => {
    const pattern = /\d/g;
    pattern.lastIndex = 3;
    expect(matchesOf(pattern, '12345').map((m) => m[0])).toEqual(['1', '2', '3', '4', '5']);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
  });
});
