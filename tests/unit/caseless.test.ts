// src/core/caseless.ts: a pattern without the i flag on lowered text matches where the i pattern
// matches the text itself, for every case-insensitive pattern of the engine and of chrono's readers.
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseless, caselessTest, lowerAscii } from '../../src/core/caseless';
import { scanSource } from './support/engine-patterns';

describe('lowerAscii', () => {
  it('lowers A–Z only, so every index into it is an index into the text', () => {
    expect(lowerAscii('Hello WORLD')).toBe('hello world');
    expect(lowerAscii('İstanbul \u212Aelvin ſ Été')).toBe('İstanbul \u212Aelvin ſ Été');
    expect(lowerAscii('Zoë AND Ω')).toBe('zoë and Ω');
  });
});

describe('caseless', () => {
  it('drops the i flag only where the lowered text reads the same', () => {
    expect(caseless(/\bthank(?:s| you)[^.]{0,40}\b[a-z]+/i).flags).toBe('');
    expect(caseless(/[\w-]+ (?:re-?org|q&a)/gi).flags).toBe('g');
    expect(caseless(/\bHR\b|[A-Z][a-z]+/i).source).toBe('\\bhr\\b|[a-z][a-z]+');
    expect(caseless(/(?<Title>Dr|MR)\.? (?<=[A-Z]{2}) /i).source).toBe('(?<Title>dr|mr)\\.? (?<=[a-z]{2}) ');
    expect(caseless(/[A-z]/i).flags).toBe('i'); // holds [ \\ ] ^ _ ` too, which lowering would lose
    expect(caseless(/résumé/i).flags).toBe('i');
    expect(caseless(/[;-_]/i).flags).toBe('i'); // a range that holds A–Z but names no letter
    expect(caseless(/\x41/i).flags).toBe('i');
    expect(caseless(/[\x41-\x43]/i).flags).toBe('i');
    expect(caseless(/[\b-x]/i).flags).toBe('i'); // \b in a class is a backspace: a range to x
    expect(caseless(/[\w-Z.]/i).source).toBe('[\\w-z.]'); // after \w a dash is a dash
    expect(caseless(/\p{L}/iu).flags).toBe('iu');
    expect(caseless(/[.!:,—–-]$/i).flags).toBe('');
  });

  const chronoContexts = [true, false].map((forwardDate) => new chrono.ParsingContext('', new Date(0), { forwardDate }));
  const chronoPatterns = [...chrono.en.casual.parsers, ...chrono.en.GB.parsers].flatMap((parser) =>
    chronoContexts.map((context) => ({ where: `chrono ${parser.constructor.name}`, regexp: parser.pattern(context) })),
  );
  const patterns = [...scanSource().literals, ...chronoPatterns].filter(({ regexp }) => regexp.flags.includes('i'));
  const pieces = [...new Set(patterns.flatMap(({ regexp }) => regexp.source.match(/[a-z]{2,}/gi) ?? []))];
  const separator = fc.constantFrom(' ', ' ', '  ', '\n', '. ', ', ', "'", '’', '-', '?', '3', ' 3rd ', '10:00 ', ' 12/4 ', ' 2026 ', 'ſ', '\u212A', 'İ', 'é');
  const casing = fc.constantFrom<(word: string) => string>(
    (w) => w,
    (w) => w.toUpperCase(),
    (w) => (w[0] ?? '').toUpperCase() + w.slice(1),
  );
  const text = fc.array(fc.tuple(fc.constantFrom(...pieces), casing, separator), { maxLength: 24 }).map((words) => words.map(([w, c, s]) => c(w) + s).join(''));

  it('matches at the same place as the i pattern, for every case-insensitive pattern of the engine and of chrono', () => {
    const compared = patterns.map(({ where, regexp }) => ({ where, regexp, lowered: caseless(new RegExp(regexp.source, regexp.flags)) }));
    fc.assert(
      fc.property(text, (sample) => {
        const lowered = lowerAscii(sample);
        for (const { where, regexp, lowered: pattern } of compared) {
          regexp.lastIndex = 0;
          pattern.lastIndex = 0;
          const expected = regexp.exec(sample);
          const found = pattern.exec(lowered);
          expect([where, found?.index, found?.[0].length]).toEqual([where, expected?.index, expected?.[0].length]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('caselessTest', () => {
  it('answers as the i pattern does on the text as written, whichever text it read before', () => {
    const willMeet = caselessTest(/\bI(?:'ll| will) (?:MEET|see) you\b/i);
    expect(willMeet.pattern.flags).toBe('');
    const texts = ['i will meet you', "I'LL See You", 'I will meet yours', "I'LL See You", 'Résumé: I will SEE YOU'];
    expect(texts.map((text) => willMeet.test(text))).toEqual([true, true, false, true, true]);
    const accented = caselessTest(/\bYOUR RÉSUMÉ/i);
    expect(accented.pattern.flags).toBe('i');
    expect(['Your résumé', 'your RÉSUMÉ', 'your resume'].map((text) => accented.test(text))).toEqual([true, true, false]);
  });
});
