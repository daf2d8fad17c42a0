// An act rule with words runs only on sentences holding one word of each of its lists (acts.ts): a word missing
// from a list would silently drop every match that needs it, so each list is proven from the pattern's source
// (./support/required-words.ts) and checked against every match the patterns make in the example sentences.
import { describe, expect, it } from 'vitest';
import { ACT_RULES } from '../../src/core/analyze/acts';
import { lowerAscii } from '../../src/core/caseless';
import { sentencesOf } from '../../src/core/analyze/sentences';
import paraphrases from '../fixtures/acts/paraphrases.json';
import { everyMatchHolds } from './support/required-words';

// One sentence at least that each rule matches, for the rules no paraphrase exercises.
const LISTED: Record<'employer' | 'owner', string[]> = {
  employer: ['This is a friendly reminder of your interview tomorrow at 10am.', 'Please reply with your preferred time.'],
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

      it(`${name}: its words are lower case and every match of its pattern holds one of each list`, () => {
        expect(words.length).toBeGreaterThan(0);
        expect(words.filter((list) => list.length === 0)).toEqual([]);
        expect(words.flat().filter((word) => word !== lowerAscii(word) || word === '')).toEqual([]);
        expect(words.filter((list) => !everyMatchHolds(pattern.source, list))).toEqual([]);
      });

      it(`${name}: matches at least one example, and every match holds one of its words`, () => {
        const matches = examples(speaker).flatMap((text) => pattern.exec(text)?.[0] ?? []);
        expect(matches.length).toBeGreaterThan(0);
        expect(matches.filter((match) => !words.every((list) => list.some((word) => match.includes(word))))).toEqual([]);
      });
    });
  }
});
