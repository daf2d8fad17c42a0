import { describe, expect, it } from 'vitest';
import { parseGmailDate, parseOutlookDate, writesDayFirst } from '../../src/mail/dates';
import { gmailAccountPath, gmailComposeUrl, gmailThreadIdFromUrl } from '../../src/mail/gmail/routes';
import { outlookComposeUrl, outlookItemIdFromUrl } from '../../src/mail/outlook/routes';

describe('Gmail routes', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr', 'FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr'],
    ['https://mail.google.com/mail/u/1/#label/Jobs/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr', 'FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr'],
    ['https://mail.google.com/mail/u/0/#search/interview/FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr?compose=new', 'FMfcgzQXJkcLPCXjzvlvtbTRQpGQkFsr'],
    ['https://mail.google.com/mail/u/0/#inbox', null],
    ['https://mail.google.com/mail/u/0/#inbox/p2', null],
    ['https://mail.google.com/mail/u/0/', null],
  ])('reads the thread id of %s', (url, id) => {
    expect(gmailThreadIdFromUrl(url)).toBe(id);
  });

  it('keeps the account of the current URL in the compose deeplink, every field encoded', () => {
    expect(gmailAccountPath('https://mail.google.com/mail/u/2/#inbox')).toBe('/mail/u/2/');
    expect(gmailComposeUrl('https://mail.google.com/mail/u/1/#inbox', ['a@x.com', 'b+c@y.com'], 'Re: Data & AI', 'Hi Ben,\n\nThanks!')).toBe(
      'https://mail.google.com/mail/u/1/?tf=cm&to=a%40x.com%2Cb%2Bc%40y.com&su=Re%3A%20Data%20%26%20AI&body=Hi%20Ben%2C%0A%0AThanks!',
    );
  });
});

describe('Outlook routes', () => {
  it.each([
    ['https://outlook.office.com/mail/id/AAQkAGI2TG93AAA%3D', 'AAQkAGI2TG93AAA='],
    ['https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hNTQ', 'AQQkADAwATM0MDAAMS1hNTQ'],
    ['https://outlook.cloud.microsoft/mail/inbox/id/AAQkAGI2', 'AAQkAGI2'],
    ['https://outlook.office.com/mail/inbox', null],
  ])('reads the item id of %s', (url, id) => {
    expect(outlookItemIdFromUrl(url)).toBe(id);
  });

  it('builds the compose deeplink on the host the user is on', () => {
    expect(outlookComposeUrl('https://outlook.live.com/mail/0/inbox', ['a@x.com'], 'Hello', 'Body')).toBe('https://outlook.live.com/mail/0/deeplink/compose?to=a%40x.com&subject=Hello&body=Body');
    expect(outlookComposeUrl('https://outlook.office.com/mail/inbox', [], 'S', 'B')).toBe('https://outlook.office.com/mail/deeplink/compose?to=&subject=S&body=B');
  });
});

describe('dates as the mail apps show them', () => {
  /** Runs with the process in New York's zone, as a page there would read its dates. */
  function inNewYork(check: () => void): void {
    const original = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      check();
    } finally {
      process.env.TZ = original;
    }
  }

  it('reads Gmail and Outlook dates in the page’s own zone', () => {
    inNewYork(() => {
      expect(parseGmailDate('Tue, Mar 3, 2026, 9:14 AM')).toBe('2026-03-03T14:14:00.000Z');
      expect(parseGmailDate('3 Mar 2026, 21:14')).toBe('2026-03-04T02:14:00.000Z');
      expect(parseOutlookDate('Tue 3/3/2026 9:14 AM')).toBe('2026-03-03T14:14:00.000Z');
      expect(parseOutlookDate('Wed 11/11/2026 2:30 PM')).toBe('2026-11-11T19:30:00.000Z');
      expect(parseGmailDate('yesterday')).toBeNull();
    });
  });

  it('reads them in German and Spanish pages too, day first where the language writes it so', () => {
    inNewYork(() => {
      expect(parseGmailDate('Di., 3. März 2026, 09:14')).toBe('2026-03-03T14:14:00.000Z');
      expect(parseGmailDate('mar, 3 mar 2026, 9:14')).toBe('2026-03-03T14:14:00.000Z');
      expect(parseGmailDate('Mi., 11. Dez. 2026, 14:30')).toBe('2026-12-11T19:30:00.000Z');
      expect(parseOutlookDate('Mi 11.11.2026 14:30', writesDayFirst('de'))).toBe('2026-11-11T19:30:00.000Z');
      expect(parseOutlookDate('mar 03/11/2026 9:14', writesDayFirst('es-ES'))).toBe('2026-11-03T14:14:00.000Z');
      expect(parseOutlookDate('Tue 11/3/2026 9:14 AM', writesDayFirst('en-US'))).toBe('2026-11-03T14:14:00.000Z');
      expect(parseGmailDate('3 Foo 2026, 9:14')).toBeNull();
    });
  });

  it('tells which languages write numeric dates day first', () => {
    expect(['en', 'en-US', 'EN-us', ''].map(writesDayFirst)).toEqual([false, false, false, false]);
    expect(['en-GB', 'de', 'de-DE', 'es', 'fr-CA'].map(writesDayFirst)).toEqual([true, true, true, true, true]);
  });
});
