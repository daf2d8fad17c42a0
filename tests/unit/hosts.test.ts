import { describe, expect, it } from 'vitest';
import { mailHostOf } from '../../src/core/mail-hosts';

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
});
