import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../src/core/analyze';
import { splitMessage } from '../../src/core/analyze/message-text';
import type { MailThread } from '../../src/core/model';
import { loadCorpus } from './analyze-corpus';
import { FIELDS, fieldMatches } from './analyze-fields';

const corpus = loadCorpus();

describe('the thread corpus', () => {
  it('has at least 80 threads, 30 of them hard negatives', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(corpus.filter((c) => !c.expect.relevant).length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus.map((c) => [c.id, c] as const))('%s', (_id, item) => {
    const analysis = analyzeThread(item.thread, { timeZone: item.timeZone });
    expect(analysis.relevant).toBe(item.expect.relevant);
    if (!item.expect.relevant) return;
    for (const field of FIELDS) expect({ field, ok: fieldMatches(field, analysis, item.expect), analysis }).toMatchObject({ ok: true });
  });
});

const thread = (messages: { from: string; text: string; at?: string }[], subject = 'Re: Interview'): MailThread => ({
  host: 'gmail',
  id: 't',
  subject,
  userEmail: 'me@gmail.com',
  messages: messages.map((m) => ({
    from: { name: m.from === 'me@gmail.com' ? 'Me Candidate' : 'Sam Recruiter', email: m.from },
    to: [{ name: '', email: m.from === 'me@gmail.com' ? 'sam@acme.com' : 'me@gmail.com' }],
    cc: [],
    sentAt: m.at ?? '2026-11-24T10:00:00-05:00',
    text: m.text,
  })),
});

describe('signals', () => {
  it('decides the stage from the latest message, not from what it quotes', () => {
    const analysis = analyzeThread(
      thread([
        {
          from: 'sam@acme.com',
          text: 'Thanks for interviewing for the Data Analyst role today. We will be in touch within a week.\n\nOn Mon, Nov 23, 2026 at 9:00 AM Sam wrote:\n> We are pleased to extend an offer letter to another candidate.',
        },
      ]),
    );
    expect(analysis.stage).toBe('awaiting-decision');
  });

  it('reads the owner’s thank-you as waiting for the decision', () => {
    const analysis = analyzeThread(thread([{ from: 'me@gmail.com', text: 'Hi Sam,\n\nThank you for taking the time to interview me today for the Data Analyst role.\n\nBest,\nMe' }]));
    expect(analysis).toMatchObject({ relevant: true, stage: 'awaiting-decision' });
  });

  it('names the ATS a thread came through, but never as the company', () => {
    const analysis = analyzeThread({
      ...thread([{ from: 'no-reply@greenhouse.io', text: 'Hi, we would like to invite you to interview for the Data Analyst role at Acme Robotics. Please pick a time.' }]),
    });
    expect(analysis.reasons).toContain('Sent through Greenhouse');
    expect(analysis.company).toBe('Acme Robotics');
  });

  it('refuses a thread where the owner is the interviewer', () => {
    const analysis = analyzeThread(thread([{ from: 'sam@acme.com', text: 'Please submit your scorecard for the candidate you interviewed today for the Data Analyst role.' }]));
    expect(analysis.relevant).toBe(false);
    expect(analysis.reasons).toContain('You are the interviewer here');
  });

  it('reads interview times in the zone the mail names', () => {
    const at = (zone: string) =>
      analyzeThread(thread([{ from: 'sam@acme.com', text: `Your interview for the Data Analyst role is confirmed for Tuesday, December 1 at 9:00 AM ${zone}.` }])).interviewAt;
    expect(at('ET')).toBe('2026-12-01T14:00:00.000Z');
    expect(at('PT')).toBe('2026-12-01T17:00:00.000Z');
    expect(at('CET')).toBe('2026-12-01T08:00:00.000Z');
    expect(at('IST')).toBe('2026-12-01T03:30:00.000Z');
    expect(at('GMT+2')).toBe('2026-12-01T07:00:00.000Z');
  });

  it('reads a time without a zone in the user’s zone, across a DST change', () => {
    const text = 'Your interview for the Data Analyst role is confirmed for Monday, November 2 at 10:00 AM.';
    const analysis = analyzeThread(thread([{ from: 'sam@acme.com', text, at: '2026-10-28T10:00:00-04:00' }]), { timeZone: 'America/New_York' });
    expect(analysis.interviewAt).toBe('2026-11-02T15:00:00.000Z');
  });
});

describe('splitMessage', () => {
  it('drops Outlook and Gmail quoted replies and keeps the signature apart', () => {
    const parts = splitMessage('Thanks, see you then.\n\nBest,\nSam Lee\nRecruiter, Acme\n\nFrom: Me\nSent: Monday\nTo: Sam\nSubject: Hi\n\nold text');
    expect(parts.body).toBe('Thanks, see you then.');
    expect(parts.signature).toBe('Best,\nSam Lee\nRecruiter, Acme');
  });
});

describe('properties', () => {
  const person = fc.record({ name: fc.string({ maxLength: 30 }), email: fc.string({ maxLength: 40 }) });
  const message = fc.record({
    from: person,
    to: fc.array(person, { maxLength: 3 }),
    cc: fc.array(person, { maxLength: 2 }),
    sentAt: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string({ maxLength: 30 })),
    text: fc.string({ maxLength: 800 }),
  });
  const arbitraryThread = fc.record({
    host: fc.constantFrom('gmail' as const, 'outlook' as const),
    id: fc.string({ maxLength: 20 }),
    subject: fc.string({ maxLength: 120 }),
    messages: fc.array(message, { maxLength: 6 }),
  });

  it('never throws, and stays in its ranges', () => {
    fc.assert(
      fc.property(arbitraryThread, fc.constantFrom(undefined, 'UTC', 'America/New_York', 'Not/AZone'), (t, timeZone) => {
        const analysis = analyzeThread(t, timeZone ? { timeZone } : {});
        expect(analysis.confidence).toBeGreaterThanOrEqual(0);
        expect(analysis.confidence).toBeLessThanOrEqual(1);
        if (!analysis.relevant) expect(analysis.stage).toBeNull();
        if (analysis.decisionWindow) expect(analysis.decisionWindow.earliest <= analysis.decisionWindow.latest).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    for (const item of corpus.slice(0, 20)) expect(analyzeThread(item.thread, { timeZone: item.timeZone })).toEqual(analyzeThread(item.thread, { timeZone: item.timeZone }));
  });
});

describe('a "Candidate:" line', () => {
  const booking = (to: { name: string; email: string }, candidate: string): MailThread => ({
    host: 'gmail',
    id: 'candidate-line',
    subject: 'Interview scheduled: Payroll Specialist',
    userEmail: to.email,
    messages: [
      {
        from: { name: 'Harbourline Careers', email: 'harbourline@myworkday.com' },
        to: [to],
        cc: [],
        sentAt: '2026-11-02T09:00:00-05:00',
        text: `Interview scheduled.\n\nCandidate: ${candidate}\nPosition: Payroll Specialist\nWhen: Tuesday, November 10, 2026, 2:00 PM - 3:00 PM EST\nWhere: Microsoft Teams (link in the calendar invitation)\n\nHarbourline Talent Acquisition`,
      },
    ],
  });
  const read = (thread: MailThread) => analyzeThread(thread, { timeZone: 'America/New_York' });

  it("names the owner's own booking when the mail goes to that candidate", () => {
    expect(read(booking({ name: '', email: 'lena.fischer@example.net' }, 'Lena Fischer'))).toMatchObject({ relevant: true, stage: 'scheduled' });
    expect(read(booking({ name: 'Lena Fischer', email: 'lf1988@example.net' }, 'Lena Fischer'))).toMatchObject({ relevant: true, stage: 'scheduled' });
  });

  it("names someone else's interview when it names another person", () => {
    expect(read(booking({ name: 'Lena Fischer', email: 'lena.fischer@example.net' }, 'Omar Haddad')).relevant).toBe(false);
  });
});
