// An act rule with words runs only on sentences holding one of them (acts.ts): a word missing from the list
// would silently drop every match that needs it, so the words are checked against the patterns' sources
// and against every match the patterns make in the example sentences.
import { describe, expect, it } from 'vitest';
import { ACT_RULES } from '../../src/core/analyze/acts';
import { lowerAscii } from '../../src/core/caseless';
import { sentencesOf } from '../../src/core/analyze/sentences';
import paraphrases from '../fixtures/acts/paraphrases.json';

/** The alternatives at the top of a source, inside a `\b(?:…)` that wraps them all. */
function topAlternatives(source: string): string[] {
  const { alternatives } = splitTop(source);
  const wrapped = /^\\b\(\?:([\s\S]*)\)(?:\\b)?$/.exec(source);
  return alternatives.length === 1 && wrapped?.[1] && splitTop(wrapped[1]).balanced ? topAlternatives(wrapped[1]) : alternatives;
}

/** A source split at its top-level bars; balanced when no group closes that it did not open. */
function splitTop(source: string): { alternatives: string[]; balanced: boolean } {
  const alternatives: string[] = [];
  let balanced = true;
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') balanced &&= --depth >= 0;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return { alternatives, balanced };
}

/** A source's text with its escaped punctuation unescaped, as the words spell it. */
const unescaped = (source: string) => source.replace(/\\([^A-Za-z0-9])/g, '$1');

// One sentence at least that each rule matches, for the rules no paraphrase exercises.
const LISTED: Record<'employer' | 'owner', string[]> = {
  employer: ['This is a friendly reminder of your interview tomorrow at 10am.'],
  owner: [],
};

const allStrings = (value: unknown): string[] => (typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(allStrings) : []);

const examples = (speaker: 'employer' | 'owner') =>
  [...allStrings(paraphrases), ...LISTED[speaker]].flatMap((text) => sentencesOf(text)).map((sentence) => lowerAscii(sentence.text));

describe('act rules\' words', () => {
  for (const speaker of ['employer', 'owner'] as const) {
    ACT_RULES[speaker].forEach(({ act, words, pattern }, index) => {
      if (!words) return;
      const name = `${speaker} rule ${index} (${act})`;

      it(`${name}: its words are lower case and every alternative of its pattern holds one`, () => {
        expect(words.length).toBeGreaterThan(0);
        expect(words.filter((word) => word !== lowerAscii(word) || word.trim() !== word || word === '')).toEqual([]);
        const bare = topAlternatives(pattern.source).filter((alternative) => !words.some((word) => unescaped(alternative).includes(word)));
        expect(bare).toEqual([]);
      });

      it(`${name}: matches at least one example, and every match holds one of its words`, () => {
        const matches = examples(speaker).flatMap((text) => pattern.exec(text)?.[0] ?? []);
        expect(matches.length).toBeGreaterThan(0);
        expect(matches.filter((match) => !words.some((word) => match.includes(word)))).toEqual([]);
      });
    });
  }
});
