import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedFields } from '../../src/core/changes';
import { APPLICATION_EDITABLE_FIELDS, DEFAULT_SETTINGS, type MailThread } from '../../src/core/model';
import type { Payload, Reply, RequestType, Response } from '../../src/messaging';
import { ALARM, armNextAlarm } from '../../src/background/alarms';
import { openDb, SCHEMA_V1, SCHEMA_V2, type AfterviewDb } from '../../src/store/db';
import { replanExpired } from '../../src/store/plan';
import { alarms } from './support/fake-browser';
import { requester, routerFor } from './support/router';
import { loadCorpus } from './analyze-corpus';

let db: AfterviewDb;
let clock = new Date('2026-11-24T15:00:00.000Z');
let request: <K extends RequestType>(type: K, payload: Payload<K>) => Promise<Response<K>>;
let raw: (message: unknown) => Promise<Reply<RequestType>>;

beforeEach(async () => {
  db = openDb(`store-test-${Math.random()}`);
  clock = new Date('2026-11-24T15:00:00.000Z');
  const route = routerFor(db, { now: () => clock });
  raw = (message) => route(message);
  request = requester(raw);
  await request('settings/save', { settings: { ...DEFAULT_SETTINGS, timeZone: 'America/New_York' } });
});
afterEach(async () => {
  await db.delete();
});

const corpusThread = (id: string) => {
  const item = loadCorpus().find((c) => c.id === id);
  if (!item) throw new Error(id);
  return item;
};

const URL_OF = (thread: MailThread) => `https://mail.google.com/mail/u/0/#inbox/${thread.id}`;
const track = async (thread: MailThread) => (await request('thread/track', { thread, url: URL_OF(thread) })).state;

describe('tracking a thread', () => {
  it('creates the application, its contacts, the interview round and the plan', async () => {
    const { thread } = corpusThread('post-interview-window');
    const state = await track(thread);
    expect(state.dossier?.application).toMatchObject({ company: 'Northwind Labs', role: 'Senior Data Engineer', stage: 'awaiting-decision' });
    expect(state.dossier?.application.decisionWindow).toMatchObject({ earliest: '2026-11-30', latest: '2026-12-07', statedOn: '2026-11-23' });
    expect(state.dossier?.contacts.map((c) => c.email)).toEqual(['maya.ortiz@northwindlabs.com']);
    expect(state.dossier?.interviews[0]).toMatchObject({ at: '2026-11-23T18:00:00.000Z', interviewers: ['Ben Carter', 'Lucy Wang'] });
    expect(state.checkIns.map((c) => [c.kind, c.contactName])).toEqual([
      ['thank-you', 'Ben Carter'],
      ['thank-you', 'Lucy Wang'],
      ['status-check', null],
    ]);
    expect(await request('thread/lookup', { host: 'gmail', hostThreadId: thread.id })).toEqual(state);
  });

  it('answers with a view of the thread, never its stored link or draft rows', async () => {
    const state = await track(corpusThread('post-interview-window').thread);
    await request('draft/save', { applicationId: state.dossier?.application.id ?? '', kind: 'check-in', checkInKey: null, subject: 'Hello', body: 'Hi Maya', to: [] });
    const view = await request('thread/lookup', { host: 'gmail', hostThreadId: corpusThread('post-interview-window').thread.id });
    expect(Object.keys(view).sort()).toEqual(['checkIns', 'dismissed', 'dossier', 'drafts']);
    expect(view.drafts).toEqual([{ kind: 'check-in', checkInKey: null, subject: 'Hello', body: 'Hi Maya' }]);
    expect(JSON.stringify(view)).not.toContain('https://mail.google.com');
  });

  it('gives the application and its interview the same ids on another device that reads the same thread', async () => {
    const { thread } = corpusThread('post-interview-window');
    const here = await track(thread);
    const other = openDb(`store-test-other-${Math.random()}`);
    try {
      const requestThere = requester((message) => routerFor(other, { now: () => clock })(message));
      const there = (await requestThere('thread/track', { thread, url: URL_OF(thread) })).state;
      expect(there.dossier?.application.id).toBe(here.dossier?.application.id);
      expect(there.dossier?.interviews.map((i) => i.id)).toEqual(here.dossier?.interviews.map((i) => i.id));
      // The thank-you check-ins' keys hold the interview's id: the same on both, so their states can sync.
      expect(there.checkIns.map((c) => c.key)).toEqual(here.checkIns.map((c) => c.key));
    } finally {
      await other.delete();
    }
  });

  it('remembers "Not an interview"', async () => {
    const state = await request('thread/dismiss', { thread: { host: 'gmail', id: 'abc', subject: 'Weekly digest', messages: [] }, url: 'https://mail.google.com/mail/u/0/#inbox/abc' });
    expect(state).toMatchObject({ dismissed: true, dossier: null });
  });

  it('cancels the status check when a newer employer message shows up in the thread', async () => {
    const { thread } = corpusThread('post-interview-window');
    await track(thread);
    clock = new Date('2026-12-02T15:00:00.000Z');
    const offer = { from: { name: 'Maya Ortiz', email: 'maya.ortiz@northwindlabs.com' }, to: [{ name: 'Dana Whitfield', email: 'dana.whitfield@gmail.com' }], cc: [], sentAt: '2026-12-01T10:00:00-05:00', text: 'Hi Dana,\n\nGreat news: we are delighted to extend you an offer for the Senior Data Engineer role!\n\nMaya' };
    const state = (await request('thread/open', { thread: { ...thread, messages: [...thread.messages, offer] }, url: URL_OF(thread) })).state;
    expect(state.dossier?.application.stage).toBe('offer');
    expect(state.checkIns.filter((c) => c.status === 'pending')).toEqual([]);
  });
});

describe('the user’s actions', () => {
  it('logs a sent thank-you, which completes its check-in', async () => {
    const state = await track(corpusThread('post-interview-window').thread);
    const thanks = state.checkIns.find((c) => c.contactName === 'Ben Carter');
    const after = await request('contact/log', { applicationId: state.dossier?.application.id ?? '', kind: 'email', direction: 'sent', checkInKey: thanks?.key ?? null, to: [] });
    expect(after.checkIns.find((c) => c.key === thanks?.key)?.status).toBe('done');
  });

  it('snoozes a check-in until later, and refuses a snooze into the past', async () => {
    const state = await track(corpusThread('post-interview-window').thread);
    const id = state.checkIns[0]?.id ?? '';
    expect(await request('checkIn/snooze', { id, until: '2026-11-27T14:00:00.000Z' })).toMatchObject({ status: 'snoozed', snoozedUntil: '2026-11-27T14:00:00.000Z' });
    await expect(request('checkIn/snooze', { id, until: '2026-11-01T14:00:00.000Z' })).rejects.toThrow('Snooze until a moment in the future.');
  });

  it('adds an application by hand and plans its follow-ups', async () => {
    const app = await request('application/add', { company: 'Acme', role: 'Analyst', stage: 'awaiting-decision', interviewAt: '2026-11-20T15:00:00.000Z', interviewers: ['Jo Park'] });
    const list = await request('checkIns/list', {});
    expect(list.filter((i) => i.checkIn.applicationId === app.id).map((i) => i.checkIn.kind)).toEqual(['thank-you', 'check-in']);
  });

  it('adds a second interview round with its own interviewers and notes, leaving the first alone', async () => {
    const app = await request('application/add', { company: 'Acme', role: 'Analyst', stage: 'awaiting-decision', interviewAt: '2026-11-20T15:00:00.000Z', interviewers: ['Jo Park'] });
    const added = await request('interview/add', { applicationId: app.id, at: '2026-11-23T16:00:00.000Z', interviewers: ['Sam Lee'] });
    const second = added.interviews.find((i) => i.round === 2);
    expect(second?.interviewers).toEqual(['Sam Lee']);
    if (!second) return;
    const updated = await request('interview/update', { id: second.id, changes: { notesByInterviewer: { 'Sam Lee': { topics: 'the data pipeline' } } } });
    expect(updated.interviews.find((i) => i.id === second.id)?.notesByInterviewer['Sam Lee']?.topics).toBe('the data pipeline');
    expect(updated.interviews.find((i) => i.round === 1)?.interviewers).toEqual(['Jo Park']);
    expect(await raw({ type: 'interview/update', payload: { id: second.id, changes: { applicationId: app.id } } })).toMatchObject({
      ok: false,
      error: '"interview/update" was refused: payload.changes.applicationId: expected a field that can be changed (at, durationMinutes, interviewers, notes, notesByInterviewer).',
    });
  });

  it('keeps a change the background made while the editor held a stale copy', async () => {
    const { thread } = corpusThread('post-interview-window');
    const stale = (await track(thread)).dossier?.application;
    if (!stale) throw new Error('the thread was not tracked');
    // The background, meanwhile: the employer's offer arrives and moves the stage.
    clock = new Date('2026-12-02T15:00:00.000Z');
    const offer = { from: { name: 'Maya Ortiz', email: 'maya.ortiz@northwindlabs.com' }, to: [{ name: 'Dana Whitfield', email: 'dana.whitfield@gmail.com' }], cc: [], sentAt: '2026-12-01T10:00:00-05:00', text: 'Hi Dana,\n\nGreat news: we are delighted to extend you an offer for the Senior Data Engineer role!\n\nMaya' };
    await request('thread/open', { thread: { ...thread, messages: [...thread.messages, offer] }, url: URL_OF(thread) });
    // The editor, from its stale copy: the user changed the role only, and only the role is sent.
    const changes = changedFields(APPLICATION_EDITABLE_FIELDS, stale, { ...stale, role: 'Staff Data Engineer' });
    expect(changes).toEqual({ role: 'Staff Data Engineer' });
    const saved = await request('application/update', { id: stale.id, changes });
    expect(saved.application).toMatchObject({ stage: 'offer', role: 'Staff Data Engineer', createdAt: stale.createdAt });
    expect(await db.applications.get(stale.id)).toMatchObject({ stage: 'offer', role: 'Staff Data Engineer' });
  });

  it('changes one field of a person or an interview round and leaves the rest as stored', async () => {
    const state = await track(corpusThread('post-interview-window').thread);
    const [contact] = state.dossier?.contacts ?? [];
    const [interview] = state.dossier?.interviews ?? [];
    if (!contact || !interview) throw new Error('the tracked thread has no person or no interview');
    await db.contacts.update(contact.id, { phone: '+1 555 0100' });
    const afterContact = await request('contact/update', { id: contact.id, changes: { title: 'Recruiter' } });
    expect(afterContact.contacts.find((c) => c.id === contact.id)).toEqual({ ...contact, phone: '+1 555 0100', title: 'Recruiter' });
    await db.interviews.update(interview.id, { notes: { topics: 'streaming' } });
    const afterInterview = await request('interview/update', { id: interview.id, changes: { interviewers: ['Ben Carter'] } });
    expect(afterInterview.interviews.find((i) => i.id === interview.id)).toEqual({ ...interview, notes: { topics: 'streaming' }, interviewers: ['Ben Carter'] });
  });

  it.each([
    ['application/update', { changes: { createdAt: '2020-01-01T00:00:00.000Z' } }, 'payload.changes.createdAt: expected a field that can be changed (company, role, stage, employerStyle, decisionWindow, competingOffer, finalStage, references)'],
    ['application/update', { changes: { stage: 'hired' } }, 'payload.changes.stage: expected one of'],
    ['application/update', { changes: { finalStage: 'yes' } }, 'payload.changes.finalStage: expected true or false'],
    ['contact/update', { changes: { applicationId: '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b' } }, 'payload.changes.applicationId: expected a field that can be changed'],
    ['interview/update', { changes: { round: 7 } }, 'payload.changes.round: expected a field that can be changed'],
  ] as const)('refuses %s with %j', async (type, payload, message) => {
    const state = await track(corpusThread('post-interview-window').thread);
    const before = await db.applications.toArray();
    const ids = { 'application/update': state.dossier?.application.id, 'contact/update': state.dossier?.contacts[0]?.id, 'interview/update': state.dossier?.interviews[0]?.id };
    const reply = await raw({ type, payload: { id: ids[type], ...payload } });
    expect(reply.ok ? '' : reply.error).toContain(message);
    expect(await db.applications.toArray()).toEqual(before);
  });

  it('refuses a malformed request and writes nothing', async () => {
    expect(await raw({ type: 'application/add', payload: { company: 'Acme', role: 'Analyst', stage: 'hired', interviewAt: null, interviewers: [] } })).toMatchObject({ ok: false });
    expect(await db.applications.count()).toBe(0);
  });
  it.each(['javascript:alert(document.cookie)', 'https://evil.example/mail/u/0/#inbox/abc', 'http://mail.google.com/mail/u/0/#inbox/abc'])('refuses to track, open or dismiss a thread at %s', async (url) => {
    const { thread } = corpusThread('post-interview-window');
    for (const type of ['thread/track', 'thread/open', 'thread/dismiss'] as const) {
      expect(await raw({ type, payload: { thread, url } })).toEqual({ ok: false, error: `"${type}" was refused: payload.url: expected a Gmail or Outlook address (https://mail.google.com/… or https://outlook.office.com/…).` });
    }
    expect(await db.threads.count()).toBe(0);
    expect(await db.applications.count()).toBe(0);
  });

  it('refuses an id Afterview did not make, in every request that names one', async () => {
    const state = await track(corpusThread('post-interview-window').thread);
    const checkIn = state.checkIns[0];
    const bad = `${checkIn?.id ?? ''}\r\nATTACH:https://evil.example/x`;
    for (const [type, payload] of [
      ['checkIn/complete', { id: bad }],
      ['checkIn/snooze', { id: 'x', until: '2026-11-27T14:00:00.000Z' }],
      ['application/delete', { id: '../settings' }],
      ['contact/log', { applicationId: 'a', kind: 'email', direction: 'sent', checkInKey: null, to: [] }],
      ['notes/save', { interviewId: '1', interviewer: null, notes: {} }],
      ['draft/save', { applicationId: 'x', kind: 'check-in', checkInKey: null, subject: '', body: '', to: [] }],
    ] as const) {
      const reply = await raw({ type, payload });
      expect(reply.ok ? '' : reply.error).toMatch(/^".+" was refused: payload\.\w+: expected an Afterview id/);
    }
    expect((await db.checkIns.get(checkIn?.id ?? ''))?.status).toBe('pending');
    expect(await db.applications.count()).toBe(1);
  });
});

describe('backup', () => {
  it('exports everything and imports it back whole', async () => {
    await track(corpusThread('post-interview-window').thread);
    await request('settings/save', { settings: { ...DEFAULT_SETTINGS, cadence: 'patient' } });
    const { json } = await request('backup/export', {});
    await request('data/deleteAll', { confirm: 'delete everything' });
    expect(await db.applications.count()).toBe(0);
    expect(await request('backup/import', { json })).toMatchObject({ applications: 1, contacts: 1, interviews: 1, checkIns: 3, settings: 1 });
    expect((await request('settings/get', {})).cadence).toBe('patient');
  });

  it.each([
    ['not JSON', '{oops', 'not valid JSON'],
    ['foreign JSON', '{"hello":"world"}', 'not an Afterview backup'],
    ['a newer format', '{"format":"afterview-backup","version":99}', 'newer Afterview'],
    ['a damaged record', JSON.stringify({ format: 'afterview-backup', version: 1, exportedAt: '2026-11-24T15:00:00.000Z', data: { applications: [{ id: 1 }], contacts: [], interviews: [], checkIns: [], contactEvents: [], drafts: [], threads: [], settings: [] } }), 'damaged (data.applications[0].id'],
  ])('refuses %s with a clear message and changes nothing', async (_name, json, message) => {
    await track(corpusThread('post-interview-window').thread);
    const reply = await raw({ type: 'backup/import', payload: { json } });
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toContain(message);
    expect(await db.applications.count()).toBe(1);
  });
});

describe('calendar export', () => {
  it('writes valid iCalendar that parses back to the pending check-ins', async () => {
    await track(corpusThread('post-interview-window').thread);
    const { ics } = await request('calendar/export', {});
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    const events = unfolded.split('BEGIN:VEVENT').slice(1).map((block) => Object.fromEntries(block.split('\r\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)])));
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ DTSTART: '20261123T190000Z', DTEND: '20261124T190000Z', SUMMARY: 'Send a thank-you note (Ben Carter) — Northwind Labs\\, Senior Data Engineer' });
  });
});

describe('schema upgrades', () => {
  it('opens a version-1 database with data and finds all of it after the upgrade', async () => {
    const name = `upgrade-test-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('applications').add({ id: 'a1', company: 'Old Co', role: 'Analyst' });
    await v1.table('checkIns').add({ id: 'c1', key: 'check-in:a1:1', applicationId: 'a1', status: 'pending', dueAt: '2026-11-20T00:00:00.000Z' });
    v1.close();
    const upgraded = openDb(name);
    expect(await upgraded.applications.get('a1')).toMatchObject({ company: 'Old Co' });
    expect(await upgraded.checkIns.get('c1')).toMatchObject({ key: 'check-in:a1:1', notifiedAt: null });
    expect(await upgraded.checkIns.where('[applicationId+status]').equals(['a1', 'pending']).count()).toBe(1);
    await upgraded.delete();
  });

  it('opens a version-2 database with data and finds all of it after the upgrade', async () => {
    const name = `upgrade-test-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('applications').add({ id: 'a1', company: 'Old Co', role: 'Analyst' });
    await v2.table('checkIns').add({ id: 'c1', key: 'check-in:a1:1', applicationId: 'a1', status: 'pending', dueAt: '2026-11-20T00:00:00.000Z', notifiedAt: '2026-11-20T00:01:00.000Z' });
    await v2.table('contactEvents').add({ id: 'e1', applicationId: 'a1', at: '2026-11-19T00:00:00.000Z' });
    v2.close();
    const upgraded = openDb(name);
    expect(await upgraded.applications.get('a1')).toMatchObject({ company: 'Old Co' });
    expect(await upgraded.checkIns.get('c1')).toMatchObject({ notifiedAt: '2026-11-20T00:01:00.000Z' });
    expect(await upgraded.contactEvents.count()).toBe(1);
    expect(await upgraded.planExpiry.count()).toBe(0);
    await upgraded.delete();
  });
});

describe('plans over time', () => {
  const addScheduled = () => request('application/add', { company: 'Cobalt Grid', role: 'Backend Engineer', stage: 'scheduled', interviewAt: '2026-11-26T15:00:00.000Z', interviewers: ['Omar Haddad'] });
  const kindsOf = async (applicationId: string) => (await db.checkIns.where('applicationId').equals(applicationId).toArray()).map((c) => c.kind).sort();

  it('re-plans on an alarm only the applications whose moment came, and arms the alarm for it', async () => {
    const upcoming = await addScheduled();
    const past = await request('application/add', { company: 'Acme', role: 'Analyst', stage: 'awaiting-decision', interviewAt: '2026-11-20T15:00:00.000Z', interviewers: ['Jo Park'] });
    expect(await db.planExpiry.get(upcoming.id)).toEqual({ applicationId: upcoming.id, expiresAt: '2026-11-26T15:00:00.000Z' });
    expect(await kindsOf(upcoming.id)).toEqual(['thank-you']);

    // Acme's thank-you fell due before anyone was told: the alarm fires as soon as it may (a minute), to tell of it.
    alarms.delete(ALARM);
    expect(await armNextAlarm(db, clock)).toBe(clock.getTime() + 60_000);
    // It fired, and told of it: the next moment is Cobalt Grid's interview.
    alarms.delete(ALARM);
    const untold = (await db.checkIns.toArray()).filter((c) => c.dueAt < clock.toISOString());
    expect(untold.length).toBeGreaterThan(0);
    await db.checkIns.bulkPut(untold.map((c) => ({ ...c, notifiedAt: clock.toISOString() })));
    expect(await armNextAlarm(db, clock)).toBe(Date.parse('2026-11-26T15:00:00.000Z'));
    expect(alarms.get(ALARM)).toBe(Date.parse('2026-11-26T15:00:00.000Z'));
    // An alarm armed sooner is never moved later: it may be for something the database no longer shows.
    alarms.set(ALARM, Date.parse('2026-11-25T09:00:00.000Z'));
    expect(await armNextAlarm(db, clock)).toBe(Date.parse('2026-11-25T09:00:00.000Z'));
    expect(alarms.get(ALARM)).toBe(Date.parse('2026-11-25T09:00:00.000Z'));
    alarms.delete(ALARM);

    expect(await db.transaction('rw', db.tables, () => replanExpired(db, new Date('2026-11-25T12:00:00.000Z')))).toBe(0);
    // The round is over: the two-week check-in joins the plan; the other application is left alone.
    const before = await db.checkIns.where('applicationId').equals(past.id).toArray();
    expect(await db.transaction('rw', db.tables, () => replanExpired(db, new Date('2026-11-26T16:30:00.000Z')))).toBe(1);
    expect(await kindsOf(upcoming.id)).toEqual(['check-in', 'thank-you']);
    expect(await db.checkIns.where('applicationId').equals(past.id).toArray()).toEqual(before);
    expect((await db.planExpiry.get(upcoming.id))?.expiresAt).toBe('2026-12-10T16:00:00.001Z');
  });

  it('keeps completed and snoozed check-ins through a full re-plan, without planning them twice', async () => {
    const app = await addScheduled();
    const [thankYou] = await db.checkIns.where('applicationId').equals(app.id).toArray();
    await request('checkIn/complete', { id: thankYou?.id ?? '' });
    const other = await request('application/add', { company: 'Acme', role: 'Analyst', stage: 'awaiting-decision', interviewAt: '2026-11-20T15:00:00.000Z', interviewers: ['Jo Park'] });
    const checkIn = (await db.checkIns.where('applicationId').equals(other.id).toArray()).find((c) => c.kind === 'check-in');
    await request('checkIn/snooze', { id: checkIn?.id ?? '', until: '2026-12-20T15:00:00.000Z' });
    const stored = await db.checkIns.orderBy('key').toArray();

    await request('settings/save', { settings: { ...DEFAULT_SETTINGS, timeZone: 'America/New_York', holidays: ['2026-12-25'] } });
    expect(await db.checkIns.orderBy('key').toArray()).toEqual(stored);
    expect(stored.map((c) => c.status).sort()).toEqual(['done', 'pending', 'snoozed']);
    expect(await db.planExpiry.count()).toBe(2);
  });

  it('plans everything at start-up when an application has no plan expiry yet (a database from before version 3)', async () => {
    const app = await addScheduled();
    await db.planExpiry.clear();
    await db.checkIns.clear();
    expect(await db.transaction('rw', db.tables, () => replanExpired(db, clock))).toBe(0);
    expect(await kindsOf(app.id)).toEqual(['thank-you']);
    expect(await db.planExpiry.count()).toBe(1);
  });

  it('forgets the expiry of a deleted application', async () => {
    const app = await addScheduled();
    await request('application/delete', { id: app.id });
    expect(await db.planExpiry.count()).toBe(0);
  });
});

describe('drafts', () => {
  it('keeps the user’s edits to a check-in’s draft, one draft per check-in', async () => {
    const state = await track(corpusThread('post-interview-window').thread);
    const applicationId = state.dossier?.application.id ?? '';
    const checkInKey = state.checkIns[0]?.key ?? null;
    const first = await request('draft/save', { applicationId, kind: 'thank-you', checkInKey, subject: 'Thank you', body: 'First version', to: [] });
    const second = await request('draft/save', { applicationId, kind: 'thank-you', checkInKey, subject: 'Thank you', body: 'Edited version', to: [] });
    expect(second.id).toBe(first.id);
    const after = await request('thread/lookup', { host: 'gmail', hostThreadId: corpusThread('post-interview-window').thread.id });
    expect(after.drafts.map((d) => d.body)).toEqual(['Edited version']);
  });
});

describe('replies seen in the inbox list', () => {
  it('cancels the status check when a tracked thread shows an unread reply, once', async () => {
    const { thread } = corpusThread('post-interview-window');
    await track(thread);
    clock = new Date('2026-12-02T15:00:00.000Z');
    const row = { threadId: thread.id, subject: thread.subject, senders: ['maya.ortiz@northwindlabs.com'], unread: true };
    const first = await request('threads/seen', { host: 'gmail', rows: [row, { threadId: 'unknown', subject: 'Newsletter', senders: [], unread: true }] });
    expect(first.answered).toHaveLength(1);
    expect((await request('threads/seen', { host: 'gmail', rows: [row] })).answered).toEqual([]);
    const state = await request('thread/lookup', { host: 'gmail', hostThreadId: thread.id });
    expect(state.checkIns.filter((c) => c.kind === 'status-check' && c.status === 'pending')).toEqual([]);
  });

  it('does not take a row without a thread id for a reply on its subject alone: a known contact must have sent it', async () => {
    const { thread } = corpusThread('post-interview-window');
    await track(thread);
    clock = new Date('2026-12-02T15:00:00.000Z');
    const row = { threadId: null, subject: thread.subject, unread: true };
    expect((await request('threads/seen', { host: 'gmail', rows: [{ ...row, senders: ['careers@northwind-labs.co'] }] })).answered).toEqual([]);
    expect((await request('threads/seen', { host: 'gmail', rows: [{ ...row, senders: ['maya.ortiz@northwindlabs.com'] }] })).answered).toHaveLength(1);
  });
});

describe('an application whose company the mail has not named yet', () => {
  const from = { name: 'Priya Shah', email: 'priya.shah.recruits@gmail.com' };
  const to = [{ name: 'Dana Whitfield', email: 'dana.whitfield@gmail.com' }];
  const thread: MailThread = {
    host: 'gmail',
    id: 'unnamed-company',
    subject: 'Interview confirmation',
    userEmail: 'dana.whitfield@gmail.com',
    messages: [{ from, to, cc: [], sentAt: '2026-11-20T10:00:00-05:00', text: 'Hi Dana,\n\nYour interview with Ben Carter is confirmed for Monday, November 23 at 1:00 PM ET.\n\nBest,\nPriya' }],
  };

  it('stays unnamed instead of taking the subject, and takes the company once a later mail names it', async () => {
    const first = await track(thread);
    expect(first.dossier?.application.company).toBe('');
    const named = { from, to, cc: [], sentAt: '2026-11-23T16:00:00-05:00', text: 'Hi Dana,\n\nThank you for interviewing with us at Cobaltgrid Energy today. We will be in touch within a week.\n\nBest,\nPriya Shah\nTalent Partner, Cobaltgrid Energy' };
    const later = (await request('thread/open', { thread: { ...thread, messages: [...thread.messages, named] }, url: URL_OF(thread) })).state;
    expect(later.dossier?.application.company).toBe('Cobaltgrid Energy');
  });
});
