import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icalendarText } from '../../src/core/icalendar';

const utf8 = (text: string) => new TextEncoder().encode(text).length;
/** What a reader does with a TEXT value (RFC 5545 §3.3.11). */
const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
const unfold = (text: string) => text.replace(/\r\n /g, '');
/** Text rich in what an .ics writer can get wrong: every kind of line break, the escaped characters, controls, multi-byte and broken characters. */
const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom('\r', '\n', '\r\n', '\\', ';', ',', '\u2028', '\u0085', '\v', '\u0000', '\u007f', '\t', 'é', '😀', '\uD800', 'ATTACH:'),
      fc.string({ maxLength: 3 }),
      fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
const hasLoneSurrogate = (text: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('iCalendar TEXT values', () => {
  it.each([
    ['a\\b;c,d', 'a\\\\b\\;c\\,d'],
    ['one\r\ntwo', 'one\\ntwo'],
    ['one\ntwo', 'one\\ntwo'],
    ['one\rtwo', 'one\\ntwo'],
    ['one\u2028two\u0085three\vfour', 'one\\ntwo\\nthree\\nfour'],
    ['bell\u0007 and nul\u0000 and tab\t', 'bell and nul and tab\t'],
    ['Acme\rATTACH:https://evil.example/x', 'Acme\\nATTACH:https://evil.example/x'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });

  it('never lets a line break or control character through, and reads back with every printable character in place', () => {
    const unsafe = (char: string) => (char < ' ' && char !== '\t') || ['\u007f', '\u0085', '\u2028', '\u2029'].includes(char);
    const printable = (text: string) => [...text].filter((char) => !unsafe(char)).join('');
    const lineBreaks = (text: string) => text.split('\r\n').join('\n').split('').filter((char) => ['\n', '\r', '\v', '\f', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029'].includes(char)).length;
    fc.assert(
      fc.property(trickyText, (text) => {
        const escaped = escapeText(text);
        expect([...escaped].filter(unsafe)).toEqual([]);
        const read = unescapeText(escaped);
        expect(printable(read)).toBe(printable(text));
        expect(read.split('\n').length - 1).toBe(lineBreaks(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('folding content lines', () => {
  it('folds at 75 octets, not 75 UTF-16 units, and keeps multi-byte characters whole', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'😀'.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');
    // 'SUMMARY:' and 33 é make 74 octets: a 34th would straddle the limit, so it opens the next line.
    expect(folded.map(utf8)).toEqual([74, 75, 21]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.some(hasLoneSurrogate)).toBe(false);
    expect(unfold(foldLine(line))).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    expect(foldLine(`X:${'a'.repeat(73)}`)).toBe(`X:${'a'.repeat(73)}`);
    expect(foldLine(`X:${'a'.repeat(74)}`)).toBe(`X:${'a'.repeat(73)}\r\n a`);
  });

  it('keeps every line within 75 octets, splits no character, and unfolds to the line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (value) => {
        const line = `DESCRIPTION:${escapeText(value)}`;
        const file = icalendarText([line]);
        expect(file.endsWith('\r\n')).toBe(true);
        const physical = file.slice(0, -2).split('\r\n');
        expect(physical.every((l) => utf8(l) <= 75)).toBe(true);
        expect(physical.some(hasLoneSurrogate)).toBe(false);
        expect(unfold(file)).toBe(`${line}\r\n`);
      }),
      { numRuns: 300 },
    );
  });
});
