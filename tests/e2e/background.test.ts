// The background against real IndexedDB in Chromium: messages from an extension page, a worker
// stopped mid-scenario, and data, alarm and badge intact after it restarts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, launchExtension, OPTIONS_PATH, openExtensionPage, stopServiceWorkers, type ExtensionSession } from './harness';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/store/backup';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  page = await openExtensionPage(session, OPTIONS_PATH);
});
afterAll(async () => {
  await session?.close();
});

const send = (type: string, payload: unknown) =>
  page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; value?: unknown; error?: string }>;

describe('the background worker', () => {
  it('keeps applications, plans, the alarm and the badge through a worker restart', async () => {
    const added = await send('application/add', { company: 'Northwind Labs', role: 'Data Engineer', stage: 'awaiting-decision', interviewAt: '2026-01-05T15:00:00.000Z', interviewers: ['Ben Carter'] });
    expect(added.error ?? 'added').toBe('added');
    const recent = new Date(Date.now() - 2 * 3_600_000).toISOString();
    expect((await send('application/add', { company: 'Cobalt Grid', role: 'Backend Engineer', stage: 'scheduled', interviewAt: recent, interviewers: ['Omar Haddad'] })).ok).toBe(true);

    const list = (await send('checkIns/list', {})).value as { checkIn: { kind: string; dueAt: string } }[];
    // Northwind: the two-week check-in, long overdue. Cobalt Grid: a thank-you due tomorrow, and its own two-week mark.
    expect(list.map((i) => i.checkIn.kind).sort()).toEqual(['check-in', 'check-in', 'thank-you']);
    await expect.poll(() => badgeText(session)).toBe('1');
    // The due alarm; beside it the sync's own alarm may wait for a write to storage.sync (src/background/sync/).
    const dueAlarms = async () => (await (await session.serviceWorker()).evaluate(() => chrome.alarms.getAll())).filter((a) => a.name !== 'afterview-sync');
    const alarmsBefore = await dueAlarms();
    expect(alarmsBefore.map((a) => a.name)).toEqual(['afterview-next-due']);

    await stopServiceWorkers(session);

    const after = (await send('checkIns/list', {})).value as unknown[];
    expect(after).toEqual(list);
    await expect.poll(() => badgeText(session)).toBe('1');
    const alarmsAfter = await dueAlarms();
    expect(alarmsAfter.map((a) => a.scheduledTime)).toEqual(alarmsBefore.map((a) => a.scheduledTime));
  });

  it('loses nothing when the worker is stopped in the middle of a write', async () => {
    interface Exported { data: { applications: { id: string }[]; interviews: { id: string; applicationId: string }[]; checkIns: { id: string; key: string; applicationId: string }[] } }
    const exportNow = async () => JSON.parse(((await send('backup/export', {})).value as { json: string }).json) as Exported;
    const before = await exportNow();
    const [application] = before.data.applications;
    const [interview] = before.data.interviews.filter((i) => i.applicationId === application?.id);
    const [checkIn] = before.data.checkIns.filter((c) => c.applicationId === application?.id);
    // A backup large enough that restoring it takes a while: 3,000 applications, each with a round and a check-in.
    const big = structuredClone(before) as Exported;
    big.data.applications = Array.from({ length: 3_000 }, (_, n) => ({ ...application, id: randomUUID(), company: `Restored ${n}` }) as { id: string });
    big.data.interviews = big.data.applications.map((a) => ({ ...interview, id: randomUUID(), applicationId: a.id }) as Exported['data']['interviews'][number]);
    big.data.checkIns = big.data.applications.map((a) => ({ ...checkIn, id: randomUUID(), key: `check-in:${a.id}:1`, applicationId: a.id }) as Exported['data']['checkIns'][number]);

    const restoring = send('backup/import', { json: JSON.stringify(big) }).then(
      (reply) => (reply?.ok ? 'finished' : 'refused'),
      () => 'no answer',
    );
    // Uninterrupted, this restore takes about 1.8 s here (4 ms of it parsing): the stop lands in its transaction.
    await new Promise((resolve) => setTimeout(resolve, 150));
    await stopServiceWorkers(session);
    // The restore was under way when the worker was stopped: either the worker died before it could answer,
    // or the stop aborted the restore's transaction first and the worker answered that nothing was changed.
    // Only a finished restore would mean the stop came too late to test anything.
    expect(['no answer', 'refused']).toContain(await restoring);

    const after = await exportNow();
    const ids = after.data.applications.map((a) => a.id).sort();
    const whole = (data: Exported['data']) => data.applications.map((a) => a.id).sort();
    expect([whole(before.data), whole(big.data)]).toContainEqual(ids);
    const known = new Set(ids);
    expect(after.data.checkIns.every((c) => known.has(c.applicationId))).toBe(true);
    expect(after.data.interviews.every((i) => known.has(i.applicationId))).toBe(true);
    console.log(`worker stopped mid-restore: the database holds ${ids.length === before.data.applications.length ? 'all the old data' : 'all the restored data'}`);
  });

  it('refuses a malformed request with a clear message and writes nothing', async () => {
    const before = ((await send('checkIns/list', {})).value as unknown[]).length;
    const reply = await send('application/add', { company: 42 });
    expect(reply).toEqual({ ok: false, error: '"application/add" was refused: payload.company: expected a string.' });
    expect(((await send('checkIns/list', {})).value as unknown[]).length).toBe(before);
  });

  it('lints drafts with the spelling dictionary that ships inside the extension', async () => {
    const list = (await send('checkIns/list', {})).value as { checkIn: { applicationId: string } }[];
    const applicationId = list[0]?.checkIn.applicationId ?? '';
    const reply = await send('draft/lint', {
      applicationId,
      recipient: null,
      draft: { kind: 'check-in', subject: 'Following up', body: 'Hi Ben,\n\nI wanted to folow up on my aplication.\n\nBest,\nDana', to: [] },
    });
    const codes = (reply.value as { code: string; message: string }[]).map((f) => f.code);
    expect(codes.filter((c) => c === 'spelling')).toHaveLength(2);
    expect(codes).toContain('subject-missing-role');
  });

  it('exports a backup and refuses a corrupt one without changing anything', async () => {
    const exported = (await send('backup/export', {})).value as { json: string };
    expect(JSON.parse(exported.json)).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION });
    const reply = await send('backup/import', { json: '{"format":"afterview-backup","version":1,"exportedAt":"x"}' });
    expect(reply.ok).toBe(false);
    expect(reply.error).toContain('Nothing was changed: this backup is damaged');
    expect(((await send('checkIns/list', {})).value as unknown[]).length).toBeGreaterThan(0);
  });

  it('refuses a backup the database itself rejects (two applications with one id) in words, and keeps the old data', async () => {
    const before = JSON.parse(((await send('backup/export', {})).value as { json: string }).json) as { data: { applications: { id: string; company: string }[] } };
    const [first] = before.data.applications;
    const twins = structuredClone(before);
    twins.data.applications.push({ ...first, company: 'Twin' } as { id: string; company: string });
    const reply = await send('backup/import', { json: JSON.stringify(twins) });
    expect(reply).toEqual({ ok: false, error: 'Nothing was changed: two applications in this backup share an id (or a key that must be unique), so it cannot be restored as it is.' });
    const after = JSON.parse(((await send('backup/export', {})).value as { json: string }).json) as typeof before;
    expect(after.data).toEqual(before.data);
  });

  it('notifies once when a check-in falls due, when the alarm fires', async () => {
    const worker = await session.serviceWorker();
    await worker.evaluate(() => chrome.alarms.create('afterview-next-due', { when: Date.now() + 300 }));
    await expect.poll(async () => Object.keys(await (await session.serviceWorker()).evaluate(() => chrome.notifications.getAll())).filter((id) => id.startsWith('checkin:')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const list = (await send('checkIns/list', {})).value as { checkIn: { status: string; dueAt: string; notifiedAt: string | null } }[];
    const overdue = list.filter((i) => i.checkIn.status === 'pending' && Date.parse(i.checkIn.dueAt) < Date.now());
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((i) => i.checkIn.notifiedAt !== null)).toBe(true);
  });
});
