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
