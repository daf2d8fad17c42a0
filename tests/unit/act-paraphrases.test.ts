// The act reader against rewordings of the act sentences it was tuned on: synonyms, passive voice, terse
// notes, non-native English, lower case, British spelling. Unseen mail words its acts in ways the dev
// corpus does not, so each act should rest on several cues, not on one fixed phrase.
import { describe, expect, it } from 'vitest';
import { actsOf, type Act } from '../../src/core/analyze/acts';
import { sentencesOf } from '../../src/core/analyze/sentences';
import paraphrases from '../fixtures/acts/paraphrases.json';

/** A booking reads as a confirmation, or as a description of the meeting that books it unless times are still asked (stage.ts). */
const ACCEPTED: Record<string, Act[]> = { booked: ['confirm', 'describeInterview'] };

const actsIn = (text: string, speaker: 'employer' | 'owner') => sentencesOf(text).flatMap((s) => actsOf(s, speaker));
const accepted = (name: string) => ACCEPTED[name] ?? [name as Act];

describe('act paraphrases', () => {
  for (const speaker of ['employer', 'owner'] as const) {
    for (const [name, texts] of Object.entries(paraphrases[speaker] as Record<string, string[]>)) {
      it(`reads ${speaker} "${name}" however it is worded`, () => {
        const missed = texts.filter((text) => !actsIn(text, speaker).some((act) => accepted(name).includes(act)));
        expect(missed).toEqual([]);
      });
    }
  }

  it('reads nothing into conditionals, questions of fact, requests and policies', () => {
    for (const speaker of ['employer', 'owner'] as const) {
      const wrong = paraphrases.assertsNothing[speaker].filter(([name = '', text = '']) => actsIn(text, speaker).some((act) => accepted(name).includes(act)));
      expect(wrong).toEqual([]);
    }
  });
});
