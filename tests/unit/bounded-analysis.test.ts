// Issue 12: every pattern that reads mail runs in bounded time. The security review's attack inputs,
// each against the pattern family it hurt, then generators built to hurt, all with a time bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../src/core/analyze';
import { extractCompany } from '../../src/core/analyze/extract-company';
import { extractInterviewers } from '../../src/core/analyze/extract-people';
import { extractRole } from '../../src/core/analyze/extract-role';
import { interviewInstant } from '../../src/core/analyze/extract-time';
import { MAX_MESSAGE_CHARS } from '../../src/core/bounded-text';
import { lintDraft } from '../../src/core/drafts';
import { nameFindings } from '../../src/core/drafts/lint/names';
import { roleAndCompanyFindings } from '../../src/core/drafts/lint/role-company';
import { staleFindings } from '../../src/core/drafts/lint/stale';
import { weekdayFindings } from '../../src/core/drafts/lint/weekdays';
import { parseDecisionWindow } from '../../src/core/timeline';
import { context } from './drafts-context';
import { commaList, fastestOf, names, hostileLines, INITIALS, LONG_LINE, nameLists, threadOf, titledList } from './support/hostile-text';

// Far above what the engine takes on a quiet machine (bench/bounded.bench.ts prints it), far below
// what the review measured (seconds to minutes), so a busy 2-core machine does not fail them.
const PATTERN_BOUND_MS = 150;
const THREAD_BOUND_MS = 400;

const interviewersIn = (body: string) => extractInterviewers({ employerBodies: [body], ownerNotes: [], participants: [], owner: { name: '', email: null } });
const companyIn = (body: string) =>
  extractCompany({ subject: 'Interview', employerBodies: [body], employerSignatures: [], employerSenders: [], ownerEmail: null, ownerSignatures: [], ownerBodies: [] });

describe('the review’s attack inputs', () => {
  it.each([24, 35, 200])('reads a comma-separated list of %i names in bounded time, and its names', (count) => {
    const body = `You'll meet with ${commaList(count)}`;
    expect(fastestOf(3, () => interviewersIn(body))).toBeLessThan(PATTERN_BOUND_MS);
    expect(interviewersIn(body)).toEqual(expect.arrayContaining(names(2)));
    expect(fastestOf(3, () => interviewersIn(commaList(count)))).toBeLessThan(PATTERN_BOUND_MS);
  });

  it('reads the 497-character line of names and titles in bounded time', () => {
    expect(LONG_LINE).toHaveLength(497);
    expect(fastestOf(3, () => interviewersIn(LONG_LINE))).toBeLessThan(PATTERN_BOUND_MS);
    expect(fastestOf(3, () => interviewersIn(`You'll meet with ${LONG_LINE}`))).toBeLessThan(PATTERN_BOUND_MS);
  });

  it('reads a list of titled names followed by what they will do, as before', () => {
    expect(interviewersIn('Priya Natarajan (Engineering Manager) and Tom Becker will interview you on Tuesday.')).toEqual(['Priya Natarajan', 'Tom Becker']);
    expect(fastestOf(3, () => interviewersIn(`${titledList(200)} will interview you`))).toBeLessThan(PATTERN_BOUND_MS);
  });

  it('reads "A." repeated to 100 KB, as much of it as a message holds, in bounded time', () => {
    expect(INITIALS).toHaveLength(100_000);
    expect(fastestOf(3, () => companyIn(INITIALS.slice(0, MAX_MESSAGE_CHARS)))).toBeLessThan(PATTERN_BOUND_MS);
  });

  it.each([
    ['24 names', commaList(24)],
    ['200 names', commaList(200)],
    ['the 497-character line', LONG_LINE],
    ['"A." × 100 KB', INITIALS],
  ])('analyzes a thread with %s in bounded time', (_label, text) => {
    const thread = threadOf(text);
    expect(analyzeThread(thread).relevant).toBe(true);
    expect(fastestOf(3, () => analyzeThread(thread))).toBeLessThan(THREAD_BOUND_MS);
  });
});

describe('generators built to hurt', () => {
  it('reads lists of 10–200 names with titles and commas in bounded time', () => {
    fc.assert(
      fc.property(nameLists, (list) => {
        expect(fastestOf(2, () => interviewersIn(`You'll meet with ${list}`))).toBeLessThan(PATTERN_BOUND_MS);
        expect(fastestOf(2, () => interviewersIn(`${list} will interview you`))).toBeLessThan(PATTERN_BOUND_MS);
      }),
      { numRuns: 40 },
    );
  });

  it('reads lines of repeated traps in bounded time in every extractor', () => {
    fc.assert(
      fc.property(hostileLines, ({ text: line }) => {
        // The extractors read what a message holds: analyzeThread cuts the rest.
        const text = line.slice(0, MAX_MESSAGE_CHARS);
        expect(fastestOf(2, () => interviewersIn(text))).toBeLessThan(PATTERN_BOUND_MS);
        expect(fastestOf(2, () => companyIn(text))).toBeLessThan(PATTERN_BOUND_MS);
        expect(fastestOf(2, () => extractRole(text.slice(0, 200), [text], () => false))).toBeLessThan(PATTERN_BOUND_MS);
        expect(fastestOf(2, () => interviewInstant(text, '2026-11-24T10:00:00Z', 'UTC'))).toBeLessThan(PATTERN_BOUND_MS);
        expect(fastestOf(2, () => parseDecisionWindow(text, '2026-11-24'))).toBeLessThan(PATTERN_BOUND_MS);
      }),
      { numRuns: 25 },
    );
  });

  it('analyzes a 100 KB thread of repeated traps in bounded time', () => {
    fc.assert(
      fc.property(hostileLines, ({ text }) => {
        expect(fastestOf(2, () => analyzeThread(threadOf(text, text.slice(0, 300))))).toBeLessThan(THREAD_BOUND_MS);
      }),
      { numRuns: 25 },
    );
  });
});

describe('the draft linter’s fact checks (issue 17)', () => {
  const ctx = context({ otherApplications: [{ company: 'Harbor & Pine', role: 'Product Designer' }] });
  const checks = [weekdayFindings, staleFindings, nameFindings, roleAndCompanyFindings];
  const draft = (body: string) => ({ subject: 'Thank you — Senior Data Engineer interview', body, to: [], kind: 'thank-you' as const });
  const traps = [
    'Tuesday, November 23, 2026 Tue Nov 23rd Tuesday the 23rd of November ',
    'Thank you for speaking with me and the team and everyone there on Tuesday ',
    'yesterday’s interview our conversation this morning speaking with me yesterday ',
    'Hi Benn Carter Lucy Wnag Tom Carter Katherine Kate José Jose ',
    'the Data Engineer Data Engineer Data Engineer role as a Senior Data Data ',
    'Northwnd Labs Harbor & Pine NorthWind Labs St. Luke’s ',
    'A A A A A A A A A role ',
  ];

  it.each(traps)('reads “%s” repeated to 100 KB in bounded time', (piece) => {
    const body = piece.repeat(Math.ceil(100_000 / piece.length));
    for (const check of checks) expect(fastestOf(2, () => check(draft(body), ctx))).toBeLessThan(PATTERN_BOUND_MS);
    expect(fastestOf(2, () => lintDraft(draft(body), ctx))).toBeLessThan(THREAD_BOUND_MS);
  });

  it('reads lines of repeated traps in bounded time, and never points outside the body', () => {
    fc.assert(
      fc.property(hostileLines, ({ text }) => {
        for (const check of checks) expect(fastestOf(2, () => check(draft(text), ctx))).toBeLessThan(PATTERN_BOUND_MS);
        for (const finding of checks.flatMap((check) => check(draft(text), ctx))) {
          const [start, end] = finding.fix?.span ?? [0, 0];
          expect(text.slice(start, end)).toBe(finding.fix?.original ?? '');
        }
      }),
      { numRuns: 25 },
    );
  });
});
