// The mailbox owner is the candidate: never among the interviewers, and found from the mail itself when the
// mail app does not give the address.
import { describe, expect, it } from 'vitest';
import { analyzeThread, ownerOf } from '../../src/core/analyze';
import type { MailThread } from '../../src/core/model';
import { loadCorpus } from './analyze-corpus';
import { corpusSplit, loadBatch } from './blind-corpus';

const split = corpusSplit();
// Held-out batches too: this checks a promise about every thread, and prints no field misses.
const threads: { id: string; thread: MailThread; timeZone: string }[] = [...loadCorpus(), ...[...split.dev, ...split.heldOut].flatMap(loadBatch)];

/** The owner's name as the thread writes it: the display name on the owner's address. */
function ownerName(thread: MailThread): string {
  const owner = ownerOf(thread);
  const people = thread.messages.flatMap((m) => [m.from, ...m.to, ...m.cc]);
  return people.find((p) => p.email.toLowerCase() === owner && p.name.trim())?.name.trim() ?? '';
}

describe('the owner', () => {
  it.each(threads.map((t) => [t.id, t] as const))('%s: the owner is never an interviewer', (_id, { thread, timeZone }) => {
    const name = ownerName(thread).toLowerCase();
    const interviewers = analyzeThread(thread, { timeZone }).interviewers.map((n) => n.toLowerCase());
    if (name) expect(interviewers).not.toContain(name);
  });

  it('is found without the mail app’s address in at least nine threads of ten', () => {
    const withAddress = threads.filter((t) => t.thread.userEmail);
    const found = withAddress.filter(({ thread }) => {
      const { userEmail, ...rest } = thread;
      return ownerOf(rest) === userEmail?.toLowerCase();
    });
    expect(found.length / withAddress.length).toBeGreaterThanOrEqual(0.9);
  });

  it('is the person the employer greets, though the recruiter writes more often', () => {
    const person = (name: string, email: string) => ({ name, email });
    const sam = person('Sam Ito', 'sam.ito@gmail.com');
    const maya = person('Maya Ortiz', 'maya@northwind.com');
    const message = (from: typeof sam, to: typeof sam, text: string) => ({ from, to: [to], cc: [], sentAt: '2026-11-24T10:00:00Z', text });
    const thread: MailThread = {
      host: 'gmail',
      id: 't',
      subject: 'Interview',
      messages: [message(maya, sam, 'Hi Sam,\n\nWe would like to invite you to interview.'), message(maya, sam, 'Hi Sam,\n\nA reminder.'), message(sam, maya, 'Hi Maya,\n\nTuesday works for me.')],
    };
    expect(ownerOf(thread)).toBe('sam.ito@gmail.com');
  });

  it('is who forwards the employer’s mail, not the mentor it goes to, whom the forward greets', () => {
    const forward = (subject: string, text: string): MailThread => ({
      host: 'outlook',
      id: 'f',
      subject,
      messages: [{ from: { name: 'Sam Ito', email: 'sam.ito@outlook.com' }, to: [{ name: 'Harold Pinsky', email: 'hpinsky.mentor@gmail.com' }], cc: [], sentAt: '2026-11-24T10:00:00Z', text }],
    });
    expect(ownerOf(forward('FW: Update on your application', 'Hi Harold,\n\nThis came yesterday, what do you think?'))).toBe('sam.ito@outlook.com');
    expect(ownerOf(forward('Interview', 'Hi Harold,\n\n---------- Forwarded message ---------\nFrom: Maya Ortiz'))).toBe('sam.ito@outlook.com');
    expect(ownerOf(forward('Interview', 'Hi Harold,\n\nWhat do you think?'))).toBe('hpinsky.mentor@gmail.com');
  });
});
