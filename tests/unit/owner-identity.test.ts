// The owner the mail page names is left out of the employer's side even where the page shows them with
// another address or none (Outlook), and never becomes an interviewer.
import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../src/core/analyze';
import type { MailThread } from '../../src/core/model';
import { sightingOf } from '../../src/store/threads';

const thread: MailThread = {
  host: 'outlook',
  id: 'AAQk',
  subject: 'Thank you',
  messages: [
    {
      from: { name: 'Michael Okafor', email: 'michael@work-alias.example' },
      to: [{ name: 'Sandra Lewis', email: 'slewis@crestmontbank.com' }],
      cc: [],
      sentAt: '2026-10-28T09:00:00Z',
      text: 'Hi Sandra,\n\nThank you for meeting with me yesterday about the Financial Analyst role.\n\nBest,\nMichael',
    },
    {
      from: { name: 'Sandra Lewis', email: 'slewis@crestmontbank.com' },
      to: [{ name: 'Michael Okafor', email: 'm.okafor@live.com' }],
      cc: [],
      sentAt: '2026-10-29T09:00:00Z',
      text: 'Hi Michael,\n\nThank you for interviewing with Sandra Lewis and Michael Okafor. We will be in touch within two weeks.\n\nSandra Lewis\nHR Business Partner\nCrestmont Bank',
    },
  ],
};

describe('the owner the page names', () => {
  it('is not a participant nor a correspondent, by name as well as by address', () => {
    const analysis = analyzeThread(thread);
    const sighting = sightingOf(thread, analysis, 'https://outlook.office.com/mail/id/AAQk', { email: 'm.okafor@live.com', name: 'Michael Okafor' });
    expect(sighting.participants.map((p) => p.email)).toEqual(['slewis@crestmontbank.com']);
    expect(sighting.correspondents).toEqual(['slewis@crestmontbank.com']);
  });

  it('is never an interviewer, though the page shows them without the address', () => {
    const [sent, received] = thread.messages;
    if (!sent || !received) throw new Error('fixture');
    const addressless: MailThread = { ...thread, userEmail: 'm.okafor@live.com', messages: [sent, { ...received, to: [{ name: 'Michael Okafor', email: '' }] }] };
    expect(analyzeThread(addressless).interviewers).toContain('Michael Okafor');
    expect(analyzeThread(addressless, { ownerName: 'Michael Okafor' }).interviewers).toEqual(['Sandra Lewis']);
  });
});
