import { describe, expect, it } from 'vitest';
import { applicationForThread, type JoinQuestion } from '../../src/core/threads/join';
import { trackedThreadOfRow } from '../../src/core/threads/reply-row';

const northwind = { applicationId: 'northwind', email: 'maya.ortiz@northwindlabs.com' };
const ask = (correspondents: string[], more: Partial<JoinQuestion> = {}) =>
  applicationForThread({ chosenApplicationId: null, linkedApplicationId: null, correspondents, ownAddresses: ['dana.whitfield@gmail.com'], contacts: [northwind], ...more });

describe('which application a thread joins', () => {
  it('joins through a known contact’s exact address', () => {
    expect(ask(['Maya.Ortiz@NorthwindLabs.com'])).toEqual({ kind: 'known-contact', applicationId: 'northwind' });
  });

  it('joins through the employer’s own domain, and its subdomains', () => {
    expect(ask(['ben.carter@northwindlabs.com'])).toEqual({ kind: 'known-contact', applicationId: 'northwind' });
    expect(ask(['talent@careers.northwindlabs.com'])).toEqual({ kind: 'known-contact', applicationId: 'northwind' });
  });

  it('never joins through a look-alike domain', () => {
    for (const address of ['careers@northwind-labs.com', 'careers@northwind-labs.co', 'maya.ortiz@northwindlabs.com.evil.io', 'maya.ortiz@northwindlabs.co', 'hr@evilnorthwindlabs.com']) {
      expect(ask([address]), address).toEqual({ kind: 'new' });
    }
  });

  it('joins a free-mail or ATS address only when it is that very contact', () => {
    const contacts = [
      { applicationId: 'solo', email: 'founder@gmail.com' },
      { applicationId: 'ats', email: 'recruiting@greenhouse.io' },
    ];
    expect(ask(['stranger@gmail.com'], { contacts })).toEqual({ kind: 'new' });
    expect(ask(['someone-else@greenhouse.io', 'x@us.greenhouse-mail.io'], { contacts })).toEqual({ kind: 'new' });
    expect(ask(['founder@gmail.com'], { contacts })).toEqual({ kind: 'known-contact', applicationId: 'solo' });
    expect(ask(['recruiting@greenhouse.io'], { contacts })).toEqual({ kind: 'known-contact', applicationId: 'ats' });
  });

  it('is not tied by the user’s own address, even when it was once stored as a contact', () => {
    expect(ask(['dana.whitfield@gmail.com'], { contacts: [{ applicationId: 'mixed-up', email: 'dana.whitfield@gmail.com' }] })).toEqual({ kind: 'new' });
  });

  it('prefers the same person over the same domain, then the most ties', () => {
    const contacts = [
      { applicationId: 'data', email: 'lucy.wang@northwindlabs.com' },
      { applicationId: 'data', email: 'ben.carter@northwindlabs.com' },
      { applicationId: 'platform', email: 'omar@northwindlabs.com' },
    ];
    expect(ask(['omar@northwindlabs.com'], { contacts })).toEqual({ kind: 'known-contact', applicationId: 'platform' });
    expect(ask(['new.person@northwindlabs.com'], { contacts })).toEqual({ kind: 'known-contact', applicationId: 'data' });
  });

  it('keeps a linked thread where it is, and the user’s choice above all', () => {
    expect(ask(['stranger@elsewhere.com'], { linkedApplicationId: 'linked' })).toEqual({ kind: 'linked', applicationId: 'linked' });
    expect(ask(['maya.ortiz@northwindlabs.com'], { linkedApplicationId: 'linked', chosenApplicationId: 'chosen' })).toEqual({ kind: 'chosen', applicationId: 'chosen' });
  });
});

describe('which tracked thread an unread inbox row answers', () => {
  const threads = [{ hostThreadId: 'T1', subject: 'Senior Data Engineer interview', applicationId: 'northwind' }];
  const contacts = [{ applicationId: 'northwind', name: 'Maya Ortiz', email: 'maya.ortiz@northwindlabs.com' }];

  it('matches by the host’s thread id', () => {
    expect(trackedThreadOfRow({ threadId: 'T1', subject: 'anything', senders: [] }, threads, contacts)).toBe(threads[0]);
    expect(trackedThreadOfRow({ threadId: 'T2', subject: 'Senior Data Engineer interview', senders: ['maya.ortiz@northwindlabs.com'] }, threads, contacts)).toBeUndefined();
  });

  it('matches a row without an id only when a known contact sent it under the same subject', () => {
    const row = { threadId: null, subject: 'RE: Fwd: senior data engineer interview' };
    expect(trackedThreadOfRow({ ...row, senders: ['Maya.Ortiz@northwindlabs.com'] }, threads, contacts)).toBe(threads[0]);
    expect(trackedThreadOfRow({ ...row, senders: ['Maya Ortiz'] }, threads, contacts)).toBe(threads[0]);
    expect(trackedThreadOfRow({ ...row, senders: ['careers@northwind-labs.co'] }, threads, contacts)).toBeUndefined();
    expect(trackedThreadOfRow({ ...row, senders: [] }, threads, contacts)).toBeUndefined();
    expect(trackedThreadOfRow({ threadId: null, subject: 'Other subject', senders: ['maya.ortiz@northwindlabs.com'] }, threads, contacts)).toBeUndefined();
  });

  it('does not count a contact of another application', () => {
    const other = [{ applicationId: 'cobalt', name: 'Omar Haddad', email: 'omar@cobaltgrid.com' }];
    expect(trackedThreadOfRow({ threadId: null, subject: 'Senior Data Engineer interview', senders: ['omar@cobaltgrid.com'] }, threads, other)).toBeUndefined();
  });
});
