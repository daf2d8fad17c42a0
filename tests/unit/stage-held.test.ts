// A booked interview whose time the thread's latest message comes after has taken place (docs/analysis.md:
// awaiting-decision is after the interview), whatever that message says of it.
import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../src/core/analyze';
import type { MailMessage, MailThread } from '../../src/core/model';

const recruiter = { name: 'Dana Whitcombe', email: 'dana@fernhollow-analytics.com' };
const owner = { name: 'Lior Abramov', email: 'lior.abramov@example.com' };

const booking: MailMessage = {
  from: recruiter,
  to: [owner],
  cc: [],
  sentAt: '2026-03-02T09:00:00-05:00',
  text: 'Hi Lior,\n\nYour interview for the Data Analyst role is confirmed for Thursday, March 5 at 2:00 PM Eastern, at our Boston office. You will meet Priya Natarajan, our analytics lead.\n\nDana Whitcombe\nRecruiter, Fernhollow Analytics',
};

const thread = (latest: MailMessage): MailThread => ({
  host: 'gmail',
  id: 'held-probe',
  subject: 'Interview: Data Analyst',
  userEmail: owner.email,
  messages: [booking, latest],
});

const note = (sentAt: string): MailMessage => ({
  from: recruiter,
  to: [owner],
  cc: [],
  sentAt,
  text: 'Hi Lior,\n\nAttached is the expense form for your travel to our office; please send it back with your receipts.\n\nDana',
});

describe('a booked interview and the time of the latest message', () => {
  it('stays booked while the interview is still ahead', () => {
    expect(analyzeThread(thread(note('2026-03-04T16:00:00-05:00')), { timeZone: 'America/New_York' }).stage).toBe('scheduled');
  });

  it('awaits the decision once the latest message comes well after the interview', () => {
    expect(analyzeThread(thread(note('2026-03-09T10:00:00-05:00')), { timeZone: 'America/New_York' }).stage).toBe('awaiting-decision');
  });
});

const fromRecruiter = (sentAt: string, text: string): MailMessage => ({ from: recruiter, to: [owner], cc: [], sentAt, text });

describe('a decision promised before the booked interview', () => {
  it('keeps the thread booked: the promise is about the process after the interview', () => {
    const ahead = fromRecruiter('2026-03-03T11:00:00-05:00', 'Hi Lior,\n\nEverything is still set for Thursday. We aim to make a decision within a week of the panel, by March 13 at the latest.\n\nDana');
    expect(analyzeThread(thread(ahead), { timeZone: 'America/New_York' }).stage).toBe('scheduled');
    const heads = fromRecruiter('2026-03-04T09:00:00-05:00', 'Hi Lior,\n\nJust so you can plan ahead: the hiring manager expects to give everyone an answer by March 12.\n\nDana');
    expect(analyzeThread(thread(heads), { timeZone: 'America/New_York' }).stage).toBe('scheduled');
  });

  it('keeps a second round booked after thanks for the first', () => {
    const thanks = fromRecruiter('2026-02-20T10:00:00-05:00', 'Hi Lior,\n\nThank you for the phone screen yesterday, the team enjoyed it.\n\nDana');
    const promise = fromRecruiter('2026-03-03T11:00:00-05:00', 'Hi Lior,\n\nA quick note before Thursday: you will hear our final decision within a week of the onsite.\n\nDana');
    const analysis = analyzeThread({ ...thread(promise), messages: [thanks, booking, promise] }, { timeZone: 'America/New_York' });
    expect(analysis.stage).toBe('scheduled');
  });

  it('awaits the decision when the promise comes with thanks for the interview', () => {
    const after = fromRecruiter('2026-03-04T17:00:00-05:00', 'Hi Lior,\n\nThank you for meeting with Priya today. We will get back to you with our decision by March 13.\n\nDana');
    expect(analyzeThread(thread(after), { timeZone: 'America/New_York' }).stage).toBe('awaiting-decision');
  });
});
