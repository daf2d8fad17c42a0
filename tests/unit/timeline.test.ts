import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, findDecisionWindow, isBusinessDay, localDate, nextBusinessDay, parseDecisionWindow } from '../../src/core/timeline';
import cases from '../fixtures/windows/cases.json';

describe('parseDecisionWindow: the spec table', () => {
  it.each(cases.windows)('%s', (text, earliest, latest) => {
    expect(parseDecisionWindow(text as string, cases.reference)).toEqual({ earliest, latest });
  });
});

describe('parseDecisionWindow: no window', () => {
  it.each(cases.none)('%j is not an employer window', (text) => {
    expect(parseDecisionWindow(text, cases.reference)).toBeNull();
  });
});

describe('parseDecisionWindow: month, year, weekend and DST edges', () => {
  it.each(cases.edges)('%s (written %s)', (text, reference, earliest, latest) => {
    expect(parseDecisionWindow(text as string, reference as string)).toEqual({ earliest, latest });
  });

  it('gives the same dates in any time zone of the runtime', () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['America/New_York', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC']) {
        process.env.TZ = zone;
        expect(parseDecisionWindow('We will decide within 5 business days.', '2026-03-06')).toEqual({ earliest: '2026-03-09', latest: '2026-03-13' });
        expect(parseDecisionWindow('Decision by end of next week.', '2026-10-23')).toEqual({ earliest: '2026-10-26', latest: '2026-10-30' });
      }
    } finally {
      process.env.TZ = original;
    }
  });

  it('skips the user’s holidays when counting business days', () => {
    expect(parseDecisionWindow('We will decide within 3 business days.', '2026-12-23', { holidays: ['2026-12-24', '2026-12-25'] })).toEqual({
      earliest: '2026-12-28',
      latest: '2026-12-30',
    });
  });
});

describe('findDecisionWindow', () => {
  it('quotes the sentence the window came from', () => {
    const text = 'Thanks for coming in today! The team enjoyed it. We expect to make a decision within the next week to ten business days. Best, Sam';
    expect(findDecisionWindow(text, '2026-11-24')).toEqual({
      earliest: '2026-12-01',
      latest: '2026-12-08',
      quote: 'We expect to make a decision within the next week to ten business days.',
      aboutDecision: true,
    });
  });

  it('quotes the decision, not the meeting, when a sentence names both', () => {
    const text = 'Thanks again for today. The panel meets early next week; you’ll hear from us by the end of next week.';
    expect(findDecisionWindow(text, '2026-11-24')).toMatchObject({
      earliest: '2026-11-30',
      latest: '2026-12-04',
      quote: 'The panel meets early next week; you’ll hear from us by the end of next week.',
    });
  });

  it('prefers the decision over other dates in the same message', () => {
    const text = 'Your onsite is on Monday. Please confirm by Friday. After the onsite we will decide by December 11.';
    expect(findDecisionWindow(text, '2026-11-24')).toMatchObject({ earliest: '2026-11-25', latest: '2026-12-11' });
  });
});

describe('business days', () => {
  it('count Monday to Friday only', () => {
    expect(nextBusinessDay('2026-11-27')).toBe('2026-11-30');
    expect(addBusinessDays('2026-11-27', 5)).toBe('2026-12-04');
  });

  it('skip the user’s holidays, across the year end', () => {
    const holidays = ['2026-12-25', '2027-01-01'];
    expect(isBusinessDay('2026-12-25', holidays)).toBe(false);
    expect(isBusinessDay('2026-12-28', holidays)).toBe(true);
    expect(nextBusinessDay('2026-12-31', holidays)).toBe('2027-01-04');
    expect(addBusinessDays('2026-12-24', 3, holidays)).toBe('2026-12-30');
  });
});

describe('localDate', () => {
  it('gives the calendar date in the zone asked for, across DST changes and half-hour offsets', () => {
    expect(localDate('2026-03-08T04:30:00Z', 'America/New_York')).toBe('2026-03-07');
    expect(localDate('2026-03-08T07:30:00Z', 'America/New_York')).toBe('2026-03-08');
    expect(localDate('2026-11-01T05:30:00Z', 'America/New_York')).toBe('2026-11-01');
    expect(localDate('2026-12-31T18:29:00Z', 'Asia/Kolkata')).toBe('2026-12-31');
    expect(localDate('2026-12-31T18:30:00Z', 'Asia/Kolkata')).toBe('2027-01-01');
    expect(localDate('2026-12-31T11:00:00Z', 'Pacific/Auckland')).toBe('2027-01-01');
  });

  it('falls back to the runtime’s zone for a zone it does not know', () => {
    expect(localDate('2026-06-15T12:00:00Z', 'Not/AZone')).toBe(localDate('2026-06-15T12:00:00Z', null));
  });
});

describe('properties', () => {
  it('never throws, and earliest ≤ latest, both after the reference', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (text, date) => {
        const reference = date.toISOString().slice(0, 10);
        const window = parseDecisionWindow(text, reference);
        if (window) {
          expect(window.earliest <= window.latest).toBe(true);
          expect(window.earliest > reference).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on phrases built from the grammar', () => {
    const phrase = fc
      .tuple(
        fc.constantFrom('within', 'in', 'by', 'by the end of', 'early', 'mid', 'late', ''),
        fc.constantFrom('5', 'ten', 'a couple of', 'a few', '7-10', 'one to two', 'next', 'this', 'December', '12/4', 'Friday', '0', '999'),
        fc.constantFrom('business days', 'days', 'weeks', 'week', 'month', 'hours', ''),
      )
      .map((parts) => `We will decide ${parts.join(' ')}.`);
    fc.assert(
      fc.property(phrase, (text) => {
        const window = parseDecisionWindow(text, '2026-11-24');
        if (window) expect(window.earliest <= window.latest).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('completing the selection is the decision', () => {
  it.each([
    ['We hope to complete our selection within ten days of the final interview.', '2026-04-06', '2026-04-16'],
    ['The committee expects to finish the recruitment by the end of next week.', '2026-04-06', '2026-04-17'],
    ['Once references are in, we aim to complete the hiring within two weeks.', '2026-04-06', '2026-04-20'],
  ])('%s', (text, reference, latest) => {
    const window = findDecisionWindow(text, reference);
    expect(window?.latest).toBe(latest);
    expect(window?.aboutDecision).toBe(true);
  });

  it('but completing interviews is not', () => {
    expect(findDecisionWindow('We are completing interviews with the other candidates within the next two weeks.', '2026-04-06')?.aboutDecision ?? false).toBe(false);
  });
});
