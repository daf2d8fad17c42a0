import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type AfterviewDb } from '../../src/store/db';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { routerFor } from './support/router';
import { EXTENSION_PAGE as sender } from './support/senders';

let db: AfterviewDb;
let route: ReturnType<typeof routerFor>;

beforeEach(() => {
  db = openDb(`router-test-${Math.random()}`);
  route = routerFor(db, { now: () => new Date('2026-11-24T12:00:00Z') });
});
afterEach(async () => {
  await db.delete();
});

describe('the background router', () => {
  it('answers an unknown request with a clear error', async () => {
    expect(await route({ type: 'db/drop' }, sender)).toEqual({ ok: false, error: 'Afterview does not know the request "db/drop".' });
    expect(await route('hello', sender)).toEqual({ ok: false, error: 'Afterview got a message that is not an object.' });
  });

  it('refuses a wrong shape and writes nothing', async () => {
    const reply = await route({ type: 'settings/save', payload: { settings: { ...DEFAULT_SETTINGS, holidays: ['soon'] } } }, sender);
    expect(reply).toEqual({ ok: false, error: '"settings/save" was refused: payload.settings.holidays[0]: expected a date YYYY-MM-DD.' });
    expect(await db.settings.count()).toBe(0);
  });

  it('saves settings and reads them back', async () => {
    const settings = { ...DEFAULT_SETTINGS, cadence: 'patient' as const, holidays: ['2026-12-25'] };
    expect(await route({ type: 'settings/save', payload: { settings } }, sender)).toEqual({ ok: true, value: settings });
    expect(await route({ type: 'settings/get', payload: {} }, sender)).toEqual({ ok: true, value: settings });
  });

  it('counts overdue, this week and waiting check-ins for the overview', async () => {
    const base = { applicationId: 'a', kind: 'check-in', channel: 'email', notBefore: '2026-11-01T00:00:00Z', contactName: null, interviewId: null, reason: '', snoozedUntil: null, doneAt: null, notifiedAt: null } as const;
    await db.applications.put({ id: 'a' } as never);
    await db.checkIns.bulkPut([
      { ...base, id: '1', key: 'k1', status: 'pending', dueAt: '2026-11-20T00:00:00.000Z' },
      { ...base, id: '2', key: 'k2', status: 'pending', dueAt: '2026-11-26T00:00:00.000Z' },
      { ...base, id: '3', key: 'k3', status: 'pending', dueAt: '2026-12-20T00:00:00.000Z' },
      { ...base, id: '4', key: 'k4', status: 'done', dueAt: '2026-11-20T00:00:00.000Z' },
    ]);
    expect(await route({ type: 'overview/get' }, sender)).toEqual({ ok: true, value: { overdue: 1, dueThisWeek: 1, waiting: 1, applications: 1 } });
  });
});

describe('the badge', () => {
  it('shows the overdue count and names the companies, and hides at zero', async () => {
    const { refreshBadge } = await import('../../src/background/badge');
    const { toolbar } = await import('./support/fake-browser');
    expect(await refreshBadge(db, new Date('2026-11-24T12:00:00Z'))).toBe(0);
    expect(toolbar.text).toBe('');
    await db.applications.put({ id: 'a', company: 'Northwind Labs' } as never);
    await db.checkIns.put({ id: '1', key: 'k1', applicationId: 'a', status: 'pending', dueAt: '2026-11-20T00:00:00.000Z' } as never);
    expect(await refreshBadge(db, new Date('2026-11-24T12:00:00Z'))).toBe(1);
    expect(toolbar).toMatchObject({ text: '1', title: 'Afterview: 1 overdue check-in (Northwind Labs)' });
  });
});
