import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type MailThread } from '../../src/core/model';
import { decodeItems, planQuota } from '../../src/core/sync';
import type { Payload, RequestType, Response } from '../../src/messaging';
import { openDb, type AfterviewDb } from '../../src/store/db';
import { replan } from '../../src/store/plan';
import { applyRemote, loadKnown } from '../../src/store/sync';
import { loadCorpus } from './analyze-corpus';
import { requester, routerFor } from './support/router';

// Two devices, each its own database, joined as the background joins them: one's known records,
// encoded as storage.sync holds them, decoded and applied on the other.
interface Device {
  db: AfterviewDb;
  request: <K extends RequestType>(type: K, payload: Payload<K>) => Promise<Response<K>>;
}

let clock = new Date('2026-11-24T15:00:00.000Z');
let laptop: Device;
let desktop: Device;

const device = async (id: string): Promise<Device> => {
  const db = openDb(`sync-store-${id}-${Math.random()}`);
  const request = requester((message) => routerFor(db, { now: () => clock, syncDevice: async () => id })(message));
  await request('settings/save', { settings: { ...DEFAULT_SETTINGS, timeZone: 'America/New_York' } });
  return { db, request };
};

/** What `from` would put in storage.sync, received by `to` (its changed applications re-planned, as the background does). */
async function deliver(from: Device, to: Device): Promise<string[]> {
  const decoded = decodeItems(planQuota(await loadKnown(from.db)).encoded.items);
  if (!decoded.ok) throw new Error(decoded.problem.kind);
  return to.db.transaction('rw', to.db.tables, async () => {
    const { changed, applications } = await applyRemote(to.db, decoded.state);
    for (const id of applications) await replan(to.db, id, clock);
    return changed;
  });
}

const thread = (): MailThread => {
  const item = loadCorpus().find((c) => c.id === 'post-interview-window');
  if (!item) throw new Error('corpus');
  return item.thread;
};
const url = (t: MailThread) => `https://mail.google.com/mail/u/0/#inbox/${t.id}`;

beforeEach(async () => {
  clock = new Date('2026-11-24T15:00:00.000Z');
  laptop = await device('laptop');
  desktop = await device('desktop');
});
afterEach(async () => {
  await laptop.db.delete();
  await desktop.db.delete();
});

describe('two devices through their synced records', () => {
  it('a thank-you marked sent on one is done on the other, which read the same thread', async () => {
    const here = (await laptop.request('thread/track', { thread: thread(), url: url(thread()) })).state;
    await desktop.request('thread/track', { thread: thread(), url: url(thread()) });
    const thanks = here.checkIns.find((c) => c.kind === 'thank-you');
    clock = new Date('2026-11-24T16:00:00.000Z');
    await laptop.request('checkIn/complete', { id: thanks?.id ?? '' });
    await deliver(laptop, desktop);
    const there = await desktop.db.checkIns.where('key').equals(thanks?.key ?? '').first();
    expect(there).toMatchObject({ status: 'done', doneAt: '2026-11-24T16:00:00.000Z' });
  });

  it('a check-in done on one before the other read the thread is done there once it does', async () => {
    const here = (await laptop.request('thread/track', { thread: thread(), url: url(thread()) })).state;
    const thanks = here.checkIns.find((c) => c.kind === 'thank-you');
    await laptop.request('checkIn/complete', { id: thanks?.id ?? '' });
    await deliver(laptop, desktop);
    const there = (await desktop.request('thread/track', { thread: thread(), url: url(thread()) })).state;
    expect(there.checkIns.find((c) => c.key === thanks?.key)?.status).toBe('done');
  });

  it('a correction on one shows on the other, and the other does not send it back as its own edit', async () => {
    const here = (await laptop.request('thread/track', { thread: thread(), url: url(thread()) })).state;
    await desktop.request('thread/track', { thread: thread(), url: url(thread()) });
    await deliver(desktop, laptop);
    const id = here.dossier?.application.id ?? '';
    clock = new Date('2026-11-24T17:00:00.000Z');
    await laptop.request('correction/apply', { applicationId: id, field: 'role', value: 'Staff Data Engineer' });
    await deliver(laptop, desktop);
    expect((await desktop.db.applications.get(id))?.role).toBe('Staff Data Engineer');
    // A later command on the desktop stamps nothing of the laptop's correction as the desktop's.
    await desktop.request('thread/open', { thread: thread(), url: url(thread()) });
    const record = (await loadKnown(desktop.db)).get([...(await loadKnown(desktop.db)).keys()].find((k) => k.startsWith('a:')) ?? '');
    expect(record?.fields.r).toMatchObject({ v: 'Staff Data Engineer', d: 'laptop' });
  });

  it('concurrent edits of one application converge, field by field', async () => {
    const here = (await laptop.request('thread/track', { thread: thread(), url: url(thread()) })).state;
    await desktop.request('thread/track', { thread: thread(), url: url(thread()) });
    const id = here.dossier?.application.id ?? '';
    clock = new Date('2026-11-24T17:00:00.000Z');
    await laptop.request('correction/apply', { applicationId: id, field: 'role', value: 'Staff Data Engineer' });
    clock = new Date('2026-11-24T17:00:01.000Z');
    await desktop.request('correction/apply', { applicationId: id, field: 'company', value: 'Northwind' });
    await deliver(laptop, desktop);
    await deliver(desktop, laptop);
    const [a, b] = [await laptop.db.applications.get(id), await desktop.db.applications.get(id)];
    expect([a?.company, a?.role]).toEqual(['Northwind', 'Staff Data Engineer']);
    expect([b?.company, b?.role]).toEqual(['Northwind', 'Staff Data Engineer']);
  });

  it('a deletion on one deletes the application on the other', async () => {
    const here = (await laptop.request('thread/track', { thread: thread(), url: url(thread()) })).state;
    await desktop.request('thread/track', { thread: thread(), url: url(thread()) });
    await deliver(desktop, laptop);
    const id = here.dossier?.application.id ?? '';
    clock = new Date('2026-11-24T18:00:00.000Z');
    await laptop.request('application/delete', { id });
    await deliver(laptop, desktop);
    expect(await desktop.db.applications.get(id)).toBeUndefined();
    expect(await desktop.db.checkIns.where('applicationId').equals(id).count()).toBe(0);
  });

  it('delete everything on one, with sync on, deletes on the other too', async () => {
    const here = (await laptop.request('thread/track', { thread: thread(), url: url(thread()) })).state;
    await desktop.request('thread/track', { thread: thread(), url: url(thread()) });
    await deliver(desktop, laptop);
    clock = new Date('2026-11-24T18:00:00.000Z');
    await laptop.request('data/deleteAll', { confirm: 'delete everything' });
    const known = await loadKnown(laptop.db);
    expect([...known.values()].every((record) => Object.keys(record.fields).length === 0 && record.deleted !== null)).toBe(true);
    await deliver(laptop, desktop);
    expect(await desktop.db.applications.get(here.dossier?.application.id ?? '')).toBeUndefined();
  });

  it('a backup still round-trips with the known records beside it', async () => {
    await laptop.request('thread/track', { thread: thread(), url: url(thread()) });
    const backup = await laptop.request('backup/export', {});
    expect(JSON.stringify(backup)).not.toContain('syncRecords');
  });
});
