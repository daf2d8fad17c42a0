import { describe, expect, it } from 'vitest';
import type { MailThread } from '../../src/core/model';
import { isNoReplyAddress, mailboxOwner, subjectKey } from '../../src/core/mail-identity';

const person = (email: string) => ({ name: email.split('@')[0] ?? '', email });
const message = (from: string, to: string[]) => ({ from: person(from), to: to.map(person), cc: [], sentAt: '2026-11-24T10:00:00Z', text: 'Hello' });
const thread = (messages: ReturnType<typeof message>[], userEmail?: string): MailThread => ({ host: 'gmail', id: 't', subject: 'Interview', messages, ...(userEmail ? { userEmail } : {}) });

describe('mailboxOwner', () => {
  const conversation = [message('maya@northwind.com', ['sam@gmail.com']), message('Sam@Gmail.com', ['maya@northwind.com']), message('maya@northwind.com', ['sam@gmail.com', 'ben@northwind.com'])];

  it('takes the address the mail app shows first', () => {
    expect(mailboxOwner(thread(conversation, 'sam.work@gmail.com'), ['sam@gmail.com'])).toBe('sam.work@gmail.com');
  });

  it('else takes the user’s own address that wrote in the thread, whatever its case', () => {
    expect(mailboxOwner(thread(conversation), ['other@me.com', 'sam@gmail.com'])).toBe('sam@gmail.com');
  });

  it('else guesses the participant in most messages', () => {
    expect(mailboxOwner(thread(conversation), [])).toBe('sam@gmail.com');
  });

  it('knows no owner of an empty thread', () => {
    expect(mailboxOwner(thread([]), ['sam@gmail.com'])).toBeUndefined();
  });
});

describe('isNoReplyAddress', () => {
  it.each(['noreply@greenhouse.io', 'no-reply@lever.co', 'NOTIFICATIONS@workday.com', 'notification@ashbyhq.com', 'MAILER-DAEMON@google.com'])('knows %s is automated', (email) => {
    expect(isNoReplyAddress(email)).toBe(true);
  });

  it.each(['maya.ortiz@northwindlabs.com', 'replyguy@example.com', 'notify.team@example.com'])('knows %s is a person', (email) => {
    expect(isNoReplyAddress(email)).toBe(false);
  });
});

describe('subjectKey', () => {
  it('drops stacked reply and forward prefixes, in any case and language', () => {
    expect(subjectKey('RE: Fwd: AW: WG: fw:  Next steps ')).toBe('next steps');
  });

  it('keeps a subject that only mentions a reply', () => {
    expect(subjectKey('Your reply: interview')).toBe('your reply: interview');
  });

  it('reads a very long subject in bounded time', () => {
    const started = performance.now();
    expect(subjectKey('re: '.repeat(100_000)).length).toBeLessThan(1_000);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
