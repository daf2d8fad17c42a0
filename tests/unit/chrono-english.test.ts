// src/core/timeline/chrono-english.ts: chrono's readers with its two costliest parsers guarded and every
// pattern built cheaply (lowered, without the i flag) on first use, same results.
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { interviewConfiguration, interviewDayFirst, interviewMonthFirst, monthFirst } from '../../src/core/timeline/chrono-english';
import { fromOneByte, mailAsOneByte } from '../../src/core/one-byte';
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

const READERS = [
  [monthFirst, chrono.en.casual],
  [interviewMonthFirst, new chrono.Chrono(interviewConfiguration(false))],
  [interviewDayFirst, new chrono.Chrono(interviewConfiguration(true))],
] as const;

describe('the guarded chrono readers', () => {
  it('guard exactly the two time-unit parsers ("later", "ago") of each reader', () => {
    const context = new chrono.ParsingContext('No date or time here.', new Date(0));
    for (const [reader, original] of READERS) {
      expect(reader.parsers).toHaveLength(original.parsers.length);
      expect(reader.parsers.filter((p) => p.pattern(context).source === '(?!)')).toHaveLength(2);
    }
  });

  const ref = { instant: new Date('2025-11-03T15:00:00Z'), timezone: -300 };
  const shape = (results: chrono.ParsedResult[]) => results.map((r) => [r.index, fromOneByte(r.text), r.start.date().toISOString(), r.end?.date().toISOString(), r.tags()]);
  // The guarded readers read text as the engine does, its typographic characters as one-byte twins.
  const readAlike = (sentence: string) => {
    for (const forwardDate of [true, false]) {
      for (const [reader, original] of READERS) expect(shape(reader.parse(mailAsOneByte(sentence), ref, { forwardDate }))).toEqual(shape(original.parse(sentence, ref, { forwardDate })));
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

describe('the interview readers', () => {
  const ref = { instant: new Date('2026-08-10T15:00:00Z'), timezone: -360 };
  const day = (reader: chrono.Chrono, sentence: string, forwardDate = true) =>
    reader
      .parse(sentence, ref, { forwardDate })
      .filter((r) => r.start.isCertain('day'))
      .map((r) => r.start.date().toISOString().slice(0, 10));

  it('read a month name before a two-digit day as a date, day first too', () => {
    expect(day(interviewDayFirst, 'on Wednesday, September 30 at 10:00 AM')).toEqual(['2026-09-30']);
    expect(day(interviewDayFirst, '12/08 at 9:00')).toEqual(['2026-08-12']);
    expect(day(interviewMonthFirst, '12/08 at 9:00')).toEqual(['2026-12-08']);
  });

  it('read a day of the month without its month, on its weekday, ahead or back', () => {
    expect(day(interviewDayFirst, 'Thursday the 27th it is!')).toEqual(['2026-08-27']);
    expect(day(interviewMonthFirst, 'Could we do the 3rd at 2pm?')).toEqual(['2026-09-03']);
    expect(day(interviewMonthFirst, 'thanks for coming in on the 6th.', false)).toEqual(['2026-08-06']);
    expect(day(interviewMonthFirst, 'Meet us on the 14th floor, for the 2nd round.')).toEqual([]);
  });

  it('read a German day-first date without its year', () => {
    expect(day(interviewDayFirst, 'see you on 11.12. at 15:00')).toEqual(['2026-12-11']);
    expect(day(interviewDayFirst, 'the call at 10.30. Thanks')).toEqual([]);
  });
});
