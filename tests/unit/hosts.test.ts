import { describe, expect, it } from 'vitest';
import { mailHostOf, mailUrl } from '../../src/core/mail-hosts';
import { insertIntoThread, openThread } from '../../src/thread-tabs';

describe('mailHostOf', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr', 'gmail'],
    ['https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hNTQ', 'outlook'],
    ['https://outlook.office.com/mail/id/AAQkAGI2TG93AAA%3D', 'outlook'],
    ['https://outlook.office365.com/mail/inbox', 'outlook'],
    ['https://outlook.cloud.microsoft/mail/inbox/id/AAQkAGI2', 'outlook'],
  ] as const)('knows %s is %s', (url, host) => {
    expect(mailHostOf(url)).toBe(host);
  });

  it.each(['https://example.com/', 'http://mail.google.com/mail/u/0/', 'https://google.com/mail', 'not a url', 'https://mail.google.com.evil.test/'])(
    'refuses %s',
    (url) => {
      expect(mailHostOf(url)).toBeNull();
    },
  );

  it.each(['javascript:alert(1)', 'https://evil.example/x', 'data:text/html,<b>x</b>', `https://mail.google.com/${'x'.repeat(3_000)}`, 42])('refuses %s as a thread address', (url) => {
    expect(() => mailUrl(url, 'url')).toThrow('url: expected a Gmail or Outlook address');
  });
});

describe('the mail tab of a thread', () => {
  it.each(['javascript:alert(1)', 'https://evil.example/x', 'http://mail.google.com/mail/u/0/#inbox/abc'])('refuses to open or insert into %s, without looking at any tab', async (url) => {
    await expect(openThread(url)).rejects.toThrow('Afterview opens only Gmail and Outlook threads');
    await expect(insertIntoThread(url, { subject: 'Hi', body: 'Hello', to: [] })).rejects.toThrow('Afterview opens only Gmail and Outlook threads');
  });
});
