// Who may send what: every command from every kind of sender. Afterview's own pages may send all of
// them; the content script in a mail tab only what its sidebar needs; anyone else nothing. A refused
// call answers an error and never reaches the handler, so it writes nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createRouter } from '../../src/background/router';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { commands, type Caller, type Commands, type Payload, type RequestType } from '../../src/protocol';
import { createContext } from '../../src/protocol/context';
import { openDb, type AfterviewDb } from '../../src/store/db';
import { newApplication } from '../../src/store/new-application';
import { routerFor } from './support/router';
import { MAIL_CONTENT, SELF, SENDERS } from './support/senders';

const AT = '2026-11-24T12:00:00.000Z';
const application = newApplication({ company: 'Northwind Labs', role: 'Data Engineer', stage: 'awaiting-decision', source: 'manual' }, DEFAULT_SETTINGS, AT);
const INTERVIEW_ID = '4a0e8b1c-2f3d-4e5a-9b6c-7d8e9f0a1b2c';
const CHECK_IN_ID = '5b1f9c2d-3a4e-4f6b-8c7d-8e9f0a1b2c3d';
const CONTACT_ID = '6c2a0d3e-4b5f-4a7c-9d8e-9f0a1b2c3d4e';
const thread = { host: 'gmail' as const, id: 'FMfcgzQX', subject: 'Interview', messages: [] };

/** A well-formed payload for every command: the compiler insists on one per command. */
const PAYLOADS: { [K in RequestType]: Payload<K> } = {
  'thread/lookup': { host: 'gmail', hostThreadId: 'FMfcgzQX' },
  'thread/open': { thread, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQX' },
  'thread/track': { thread, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQX' },
  'threads/seen': { host: 'gmail', rows: [{ threadId: 'FMfcgzQX', subject: 'Interview', senders: [], unread: true }] },
  'thread/dismiss': { thread, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQX' },
  'thread/trackManual': { host: 'gmail', hostThreadId: 'FMfcgzQX', subject: 'Interview', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQX', company: 'Cobalt Grid', role: '', interviewAt: null },
  'profile/adopt': { name: 'Dana Whitfield', email: 'dana.whitfield@gmail.com' },
  'options/open': {},
  'contact/log': { applicationId: application.id, kind: 'email', direction: 'sent', checkInKey: null, to: [] },
  'checkIn/complete': { id: CHECK_IN_ID },
  'checkIn/snooze': { id: CHECK_IN_ID, until: '2026-11-25T12:00:00.000Z' },
  'checkIns/list': {},
  'applications/list': {},
  'application/add': { company: 'Cobalt Grid', role: '', stage: 'scheduled', interviewAt: null, interviewers: [] },
  'application/update': { id: application.id, changes: { role: 'Staff Data Engineer' } },
  'application/delete': { id: application.id },
  'application/confirmStage': { applicationId: application.id, accept: false },
  'contact/update': { id: CONTACT_ID, changes: { title: 'Recruiter' } },
  'interview/add': { applicationId: application.id, at: null, interviewers: [] },
  'interview/update': { id: INTERVIEW_ID, changes: { durationMinutes: 45 } },
  'notes/save': { interviewId: INTERVIEW_ID, interviewer: null, notes: { topics: 'pipelines' } },
  'draft/lint': { applicationId: application.id, draft: { kind: 'check-in', subject: 'Hello', body: 'Hi', to: [] }, recipient: null },
  'draft/save': { applicationId: application.id, kind: 'check-in', checkInKey: null, subject: 'Hello', body: 'Hi', to: [] },
  'overview/get': {},
  'settings/get': {},
  'settings/save': { settings: DEFAULT_SETTINGS },
  'backup/export': {},
  'backup/import': { json: '{}' },
  'calendar/export': {},
  'data/deleteAll': { confirm: 'delete everything' },
  'correction/apply': { applicationId: application.id, field: 'company', value: 'Northwind' },
  'corrections/list': {},
  'correction/forget': { key: 'company|domain|northwind.com' },
  'sync/status': {},
  'sync/setEnabled': { enabled: true },
  'offer/setDeadline': { applicationId: application.id, deadline: '2026-12-11T22:00:00.000Z' },
  'offer/panel': {},
  'offer/ask': { offerApplicationId: application.id, applicationIds: [] },
  'offer/insert': { applicationId: application.id, checkInKey: null, draft: { subject: 'S', body: 'B', to: [] } },
  'offer/timeline': { offerApplicationId: application.id },
  'offer/decide': { applicationId: application.id, decision: 'accepted' },
};

/** The content script's commands: the thread it shows, and what its sidebar does with that thread. */
const FROM_MAIL = ['thread/lookup', 'thread/open', 'thread/track', 'threads/seen', 'thread/dismiss', 'contact/log', 'checkIn/snooze', 'notes/save', 'draft/lint', 'draft/save', 'settings/get', 'application/confirmStage', 'thread/trackManual', 'profile/adopt', 'options/open', 'correction/apply', 'offer/setDeadline'];

const types = Object.keys(PAYLOADS) as RequestType[];
const callersOf = (type: RequestType): Caller[] => (FROM_MAIL.includes(type) ? ['mail-content', 'extension-page'] : ['extension-page']);
const SENDER_KINDS: Record<keyof typeof SENDERS, Caller | null> = {
  'the options page': 'extension-page',
  'the popup': 'extension-page',
  'the offer panel framed in Gmail': 'extension-page',
  'the content script in Gmail': 'mail-content',
  'the content script in Outlook': 'mail-content',
  'another extension’s page': null,
  'a content script on a page that is not mail': null,
  'a sender with no URL': null,
};

describe('the permission table', () => {
  it('names the allowed callers of every command, and no payload type is lost to `any`', () => {
    expect(Object.fromEntries(types.map((t) => [t, [...commands[t].callers].sort()]))).toEqual(Object.fromEntries(types.map((t) => [t, callersOf(t).sort()])));
    expect(types.sort()).toEqual(Object.keys(commands).sort());
    type AnyPayload = { [K in RequestType]: 0 extends 1 & Payload<K> ? K : never }[RequestType];
    expectTypeOf<AnyPayload>().toBeNever();
  });
});

describe('each command from each kind of sender', () => {
  const db = openDb('router-senders-unused');
  const reached = vi.fn(async () => 'reached');
  const spied = Object.fromEntries(Object.entries(commands).map(([type, c]) => [type, { ...c, handle: reached }])) as unknown as Commands;
  const route = createRouter(spied, createContext(db), SELF);
  beforeEach(() => reached.mockClear());

  const cases = types.flatMap((type) => Object.entries(SENDER_KINDS).map(([sender, caller]) => ({ type, sender: sender as keyof typeof SENDERS, allowed: caller !== null && callersOf(type).includes(caller) })));
  it.each(cases)('$type from $sender: allowed $allowed', async ({ type, sender, allowed }) => {
    const reply = await route({ type, payload: PAYLOADS[type] }, SENDERS[sender] as Runtime.MessageSender);
    if (allowed) {
      expect(reply).toEqual({ ok: true, value: 'reached' });
      expect(reached).toHaveBeenCalledTimes(1);
    } else {
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error).toMatch(/^Afterview (refused|answers only)/);
      expect(reached).not.toHaveBeenCalled();
    }
  });
});

describe('a compromised content script on Gmail', () => {
  let db: AfterviewDb;
  let route: ReturnType<typeof routerFor>;
  const counts = () => Promise.all(db.tables.map((t) => t.count()));

  beforeEach(async () => {
    db = openDb(`router-senders-${Math.random()}`);
    route = routerFor(db, { now: () => new Date(AT) });
    await route({ type: 'settings/save', payload: { settings: { ...DEFAULT_SETTINGS, notifications: true, holidays: ['2026-12-25'] } } });
    await route({ type: 'application/add', payload: PAYLOADS['application/add'] });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('cannot export, import, delete everything or change settings, and the data stays', async () => {
    const before = await counts();
    const settings = await route({ type: 'settings/get', payload: {} });
    for (const type of ['backup/export', 'backup/import', 'data/deleteAll', 'settings/save'] as const) {
      const reply = await route({ type, payload: PAYLOADS[type] }, MAIL_CONTENT);
      expect(reply).toEqual({ ok: false, error: `Afterview refused "${type}": only Afterview's own pages may ask for it. Nothing was done.` });
    }
    expect(await counts()).toEqual(before);
    expect(before.some((n) => n > 0)).toBe(true);
    expect(await route({ type: 'settings/get', payload: {} }, MAIL_CONTENT)).toEqual(settings);
  });

  it('is refused before its payload is even read', async () => {
    expect(await route({ type: 'data/deleteAll', payload: 'not a payload' }, MAIL_CONTENT)).toMatchObject({ ok: false, error: expect.stringMatching(/^Afterview refused "data\/deleteAll"/) });
  });

  it('may fill an empty profile with the page’s account, never overwrite one', async () => {
    const adopt = (name: string) => route({ type: 'profile/adopt', payload: { name, email: 'someone@example.com' } }, MAIL_CONTENT);
    expect(await adopt('Dana Whitfield')).toMatchObject({ ok: true, value: { profile: { name: 'Dana Whitfield', emails: ['someone@example.com'] } } });
    expect(await adopt('Mallory')).toEqual({ ok: false, error: 'Your profile is already filled in; change it on the options page. Nothing was changed.' });
    expect(await route({ type: 'settings/get', payload: {} }, MAIL_CONTENT)).toMatchObject({ ok: true, value: { profile: { name: 'Dana Whitfield' } } });
  });

  it('may track a thread it cannot read from the fields the user typed, linked to that thread', async () => {
    await route({ type: 'thread/trackManual', payload: { ...PAYLOADS['thread/trackManual'], interviewAt: '2026-11-30T15:00:00.000Z' } }, MAIL_CONTENT);
    const reply = await route({ type: 'thread/lookup', payload: PAYLOADS['thread/lookup'] }, MAIL_CONTENT);
    expect(reply).toMatchObject({ ok: true, value: { dismissed: false, dossier: { application: { company: 'Cobalt Grid', stage: 'scheduled', source: 'manual' }, interviews: [{ at: '2026-11-30T15:00:00.000Z' }] } } });
  });

  it('still tracks the thread it shows', async () => {
    const reply = await route({ type: 'thread/dismiss', payload: PAYLOADS['thread/dismiss'] }, MAIL_CONTENT);
    expect(reply).toMatchObject({ ok: true, value: { dismissed: true } });
  });
});
