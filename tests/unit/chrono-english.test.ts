// src/core/timeline/chrono-english.ts: chrono's readers with its two costliest parsers guarded and every
// pattern built cheaply (lowered, without the i flag) on first use, same results.
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { dayFirst, monthFirst } from '../../src/core/timeline/chrono-english';
import { loadCorpus } from './analyze-corpus';

const SENTENCES = [
  'The panel is 3 days later than planned, on Tuesday at 2pm.',
  'We met two weeks ago; a decision follows a couple of days after the debrief.',
  'Interview in 2 hrs, then 30 mins later a wrap-up.',
  'Half an hour before the call, the link goes out.',
  'Please reach out before Friday, 12/4 at 10:00.',
  'Looking forward to meeting you on 3 November at 14:00 BST.',
  'Several months earlier we paused; five years from now is far.',
  'CONFIRMED: TUESDAY, NOVEMBER 17TH AT 10:00 AM PT, or Wed the 18th of Nov 2025 AD at Noon.',
  'Date: 2025-11-20T14:30 / Mon 24 Nov, 9.30am-10.15am GMT (this Friday or next Tuesday at 4 P.M.)',
];

describe('the guarded chrono readers', () => {
  it('guard exactly the two time-unit parsers ("later", "ago") of each reader', () => {
    const context = new chrono.ParsingContext('No date or time here.', new Date(0));
    for (const [reader, original] of [[monthFirst, chrono.en.casual], [dayFirst, chrono.en.GB]] as const) {
      expect(reader.parsers).toHaveLength(original.parsers.length);
      expect(reader.parsers.filter((p) => p.pattern(context).source === '(?!)')).toHaveLength(2);
    }
  });

  const ref = { instant: new Date('2025-11-03T15:00:00Z'), timezone: -300 };
  const shape = (results: chrono.ParsedResult[]) => results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString(), r.tags()]);
  const readAlike = (sentence: string) => {
    for (const forwardDate of [true, false]) {
      expect(shape(monthFirst.parse(sentence, ref, { forwardDate }))).toEqual(shape(chrono.en.casual.parse(sentence, ref, { forwardDate })));
      expect(shape(dayFirst.parse(sentence, ref, { forwardDate }))).toEqual(shape(chrono.en.GB.parse(sentence, ref, { forwardDate })));
    }
  };

  it('read every sentence as chrono-node does', () => {
    for (const sentence of SENTENCES) readAlike(sentence);
  });

  it('read every line of the hand-written threads as chrono-node does', () => {
    const lines = new Set(loadCorpus().flatMap((c) => c.thread.messages.flatMap((m) => m.text.split('\n'))));
    for (const line of lines) if (/\d|day|morrow|noon/i.test(line)) readAlike(line.slice(0, 300));
  });
});
