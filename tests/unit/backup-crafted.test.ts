// A crafted backup at the restore door: every trick is refused with a reason in words, and the
// database keeps exactly what it held before.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backup } from '../../src/store/backup';
import { openDb, type AfterviewDb } from '../../src/store/db';
import type { Reply, RequestType } from '../../src/messaging';
import { loadCorpus } from './analyze-corpus';
import { requester, routerFor } from './support/router';

let db: AfterviewDb;
let raw: (message: unknown) => Promise<Reply<RequestType>>;
const clock = new Date('2026-11-24T15:00:00.000Z');

const request = requester((message) => raw(message));

/** Everything the database holds, as a backup would carry it (without the moment of export). */
async function contents(): Promise<Backup['data']> {
  const { json } = await request('backup/export', {});
  return (JSON.parse(json) as Backup).data;
}

let exported: Backup;

beforeEach(async () => {
  db = openDb(`backup-crafted-${Math.random()}`);
  const route = routerFor(db, { now: () => clock });
  raw = (message) => route(message);
  const item = loadCorpus().find((c) => c.id === 'post-interview-window');
  if (!item) throw new Error('post-interview-window is missing from the corpus');
  await request('thread/track', { thread: item.thread, url: `https://mail.google.com/mail/u/0/#inbox/${item.thread.id}` });
  exported = JSON.parse((await request('backup/export', {})).json) as Backup;
});
afterEach(async () => {
  await db.delete();
});

/** A backup file as JSON.parse gives it: anything may be changed. */
type Loose = Record<string, unknown> & { data: Record<keyof Backup['data'], Record<string, unknown>[]> };

/** One record of a crafted backup, which the baseline export is known to hold. */
function row(rows: Record<string, unknown>[], index = 0): Record<string, unknown> {
  const found = rows[index];
  if (!found) throw new Error(`the baseline export has no record ${index} here`);
  return found;
}

/** The exported backup with one thing changed by `craft`, as the text of a file. */
function crafted(craft: (backup: Loose) => void): string {
  const copy = structuredClone(exported) as unknown as Loose;
  craft(copy);
  return JSON.stringify(copy);
}

async function expectRefused(json: string, reason: string | RegExp): Promise<void> {
  const before = await contents();
  const reply = await raw({ type: 'backup/import', payload: { json } });
  expect(reply.ok).toBe(false);
  const error = reply.ok ? '' : reply.error;
  expect(error).toMatch(/^Nothing was changed: /);
  expect(error).toMatch(reason);
  expect(await contents()).toEqual(before);
}

describe('a crafted backup', () => {
  it('restores the untouched export (the baseline the crafted ones differ from)', async () => {
    expect(await request('backup/import', { json: JSON.stringify(exported) })).toMatchObject({ applications: 1, threads: 1 });
  });

  it.each([
    ['an application id that is not an Afterview id', (b: Loose) => void (row(b.data.applications).id = 'app-1'), 'data.applications[0].id: expected an Afterview id'],
    ['an id carrying a calendar line', (b: Loose) => void (row(b.data.checkIns).id = `${String(row(b.data.checkIns).id)}\r\nATTACH:https://evil.example/x`), 'data.checkIns[0].id: expected an Afterview id'],
    ['a foreign id that is not an Afterview id', (b: Loose) => void (row(b.data.contacts).applicationId = '../settings'), 'data.contacts[0].applicationId: expected an Afterview id'],
    ['a reference id that is not an Afterview id', (b: Loose) => void ((row(b.data.applications).references as unknown[]) = [{ id: 'r1', name: 'Ann', email: '', relation: '', lastBriefedAt: null }]), 'data.applications[0].references[0].id: expected an Afterview id'],
    ['a javascript: thread URL', (b: Loose) => void (row(b.data.threads).url = 'javascript:alert(document.cookie)'), 'data.threads[0].url: expected a Gmail or Outlook address'],
    ['a thread URL on another site', (b: Loose) => void (row(b.data.threads).url = 'https://evil.example/mail/u/0/#inbox/abc'), 'data.threads[0].url: expected a Gmail or Outlook address'],
    ['a look-alike mail host', (b: Loose) => void (row(b.data.threads).url = 'https://mail.google.com.evil.example/mail/'), 'data.threads[0].url: expected a Gmail or Outlook address'],
    ['a thread whose address is on the other mail site', (b: Loose) => void (row(b.data.threads).url = 'https://outlook.office.com/mail/inbox/id/AAQk'), 'data.threads[0].url: expected an address on Gmail'],
    ['a thread whose key names another thread', (b: Loose) => void (row(b.data.threads).key = 'gmail:someone-else'), 'data.threads[0].key: expected "gmail:" and the thread\'s id'],
  ])('refuses %s', async (_name, craft, reason) => {
    await expectRefused(crafted(craft), reason);
  });

  it.each([
    [-7, 'is not a valid version'],
    [0, 'is not a valid version'],
    [1.5, 'is not a valid version'],
    [1e308, 'is not a valid version'],
    ['1', 'is not a valid version'],
    [null, 'is not a valid version'],
    [3, 'this backup was made by a newer Afterview (version 3). Update Afterview, then import it.'],
    [99, 'newer Afterview (version 99)'],
  ])('refuses the version %j', async (version, reason) => {
    await expectRefused(crafted((b) => void (b.version = version)), reason);
  });

  it('refuses a missing version', async () => {
    await expectRefused(crafted((b) => void delete b.version), "this backup's version (none) is not a valid version");
  });

  it('refuses a "__proto__" key in an interview’s notes instead of dropping it', async () => {
    const json = crafted((b) => void (row(b.data.interviews).notesByInterviewer = { 'KEY-TO-SWAP': { topics: 'streaming' } })).replace('"KEY-TO-SWAP"', '"__proto__"');
    expect(json).toContain('"notesByInterviewer":{"__proto__":{"topics":"streaming"}}');
    await expectRefused(json, 'data.interviews[0].notesByInterviewer.__proto__: expected no key named "__proto__"');
  });

  it('refuses two applications that share an id, which the database itself rejects, and keeps the old data', async () => {
    const json = crafted((b) => {
      b.data.applications.push({ ...row(b.data.applications), company: 'Someone Else' });
    });
    await expectRefused(json, 'two applications in this backup share an id');
    expect((await db.applications.toArray()).map((a) => a.company)).toEqual(['Northwind Labs']);
  });

  it('refuses two check-ins with the same key (a unique index), and keeps the old plan', async () => {
    const json = crafted((b) => {
      row(b.data.checkIns, 1).key = row(b.data.checkIns).key;
    });
    await expectRefused(json, 'two check-ins in this backup share an id (or a key that must be unique)');
    expect(await db.checkIns.count()).toBe(exported.data.checkIns.length);
  });

  it('says in words that nothing changed when the file is not JSON or not a backup', async () => {
    await expectRefused('{oops', 'Nothing was changed: this file is not valid JSON');
    await expectRefused('{"hello":"world"}', 'Nothing was changed: this file is not an Afterview backup.');
  });

  it('cannot put a line of its own into the calendar export', async () => {
    const company = 'Northwind\rATTACH:https://evil.example/x';
    const role = 'Engineer\nATTACH:https://evil.example/y';
    const reason = 'Soon\r\nATTACH:https://evil.example/z\u2028ATTACH:https://evil.example/w';
    const json = crafted((b) => {
      Object.assign(row(b.data.applications), { company, role });
      for (const checkIn of b.data.checkIns) checkIn.reason = reason;
    });
    await request('backup/import', { json });
    // Restored check-ins are re-planned; only the ones left pending keep the crafted reason.
    await db.checkIns.toCollection().modify({ reason });
    const { ics } = await request('calendar/export', {});

    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
    const physical = ics.slice(0, -2).split('\r\n');
    expect(physical.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    // Split as the most lenient reader would, on any line break at all.
    const lines = ics.replace(/\r\n /g, '').split(/\r\n|[\r\n\u2028\u2029\u0085]/);
    expect(lines.filter((line) => /^ATTACH/i.test(line))).toEqual([]);

    const unescape = (value: string) => value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
    const events = ics.replace(/\r\n /g, '').split('BEGIN:VEVENT\r\n').slice(1).map((block) => block.slice(0, block.indexOf('END:VEVENT')).split('\r\n').filter(Boolean));
    const pending = await db.checkIns.where('status').anyOf('pending', 'snoozed').toArray();
    expect(events.length).toBeGreaterThan(0);
    expect(events).toHaveLength(pending.length);
    for (const event of events) {
      const properties = event.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)] as const);
      expect(properties.map(([name]) => name)).toEqual(['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION']);
      const value = Object.fromEntries(properties);
      expect(pending.map((c) => `${c.id}@afterview`)).toContain(value.UID);
      for (const stamp of [value.DTSTAMP, value.DTSTART, value.DTEND]) expect(stamp).toMatch(/^\d{8}T\d{6}Z$/);
      expect(unescape(value.SUMMARY ?? '')).toMatch(/ — Northwind\nATTACH:https:\/\/evil\.example\/x, Engineer\nATTACH:https:\/\/evil\.example\/y$/);
      expect(unescape(value.DESCRIPTION ?? '')).toBe('Soon\nATTACH:https://evil.example/z\nATTACH:https://evil.example/w');
    }
  });
});
