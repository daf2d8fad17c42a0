import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Application, type CheckIn, type ContactEvent, type Settings } from '../../src/core/model';
import { recordId } from '../../src/core/shape';
import { longId, shortId } from '../../src/core/sync/compact';
import { applicationIdForThread, interviewIdFor, stableId } from '../../src/core/sync/stable-id';
import { applicationFields, applicationIdOfKey, applicationKey, checkInField, learnedFields, readApplication, readLearned, readSettings, readThread, settingsFields, threadFields } from '../../src/core/sync/facts';

/** Property runs and 500-application plans take seconds on a busy machine: a bound on hangs, not a speed target. */
const SLOW = { timeout: 60_000 };

const APP = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b';
const INTERVIEW = '9a7b1c2d-3e4f-4a6b-8c1e-5d4a3f2b4e6f';
const REF = '1c2d3e4f-5a6b-4e6f-9a7b-3f2b8c1e5d4a';

const application: Application = {
  id: APP,
  company: 'Northwind Labs',
  role: 'Senior Data Engineer',
  stage: 'delayed',
  source: 'detected',
  employerStyle: 'traditional',
  decisionWindow: { earliest: '2026-12-01', latest: '2026-12-14', quote: 'We will decide within the next week to ten business days', statedOn: '2026-11-24' },
  delayedSince: '2026-11-30T10:00:00.000Z',
  competingOffer: { company: 'Contoso', deadline: '2026-12-10T17:00:00.000Z', notedAt: '2026-11-28T09:30:00.000Z' },
  finalStage: true,
  references: [{ id: REF, name: 'Ann Lee', email: 'ann@example.com', relation: 'former manager', lastBriefedAt: '2026-11-29T12:00:00.000Z' }],
  lastEmployerMessageAt: '2026-11-24T15:02:00.000Z',
  pendingStage: null,
  corrected: ['company', 'decisionWindow'],
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
};

const checkIn = (key: string, status: CheckIn['status'], extra: Partial<CheckIn> = {}): CheckIn => ({
  id: '00000000-0000-4000-8000-000000000001',
  key,
  applicationId: APP,
  kind: 'thank-you',
  channel: 'email',
  notBefore: '2026-11-24T16:00:00.000Z',
  dueAt: '2026-11-25T16:00:00.000Z',
  contactName: 'Ben Ortiz',
  interviewId: INTERVIEW,
  reason: 'Within a day of the interview',
  status,
  snoozedUntil: null,
  doneAt: null,
  notifiedAt: null,
  ...extra,
});

const sent: ContactEvent = { id: '00000000-0000-4000-8000-00000000000e', applicationId: APP, kind: 'email', direction: 'sent', at: '2026-11-25T09:00:00.000Z', checkInKey: `thank-you:${INTERVIEW}:Ben Ortiz`, to: ['ben@northwindlabs.com'] };
const received: ContactEvent = { ...sent, id: '00000000-0000-4000-8000-00000000000f', direction: 'received', checkInKey: null };

describe('what of an application syncs', () => {
  const checkIns = [
    checkIn(`thank-you:${INTERVIEW}:Ben Ortiz`, 'done', { doneAt: '2026-11-25T09:00:00.000Z' }),
    checkIn(`status-check:${APP}:2026-12-14`, 'snoozed', { snoozedUntil: '2026-12-16T09:00:00.000Z' }),
    checkIn(`check-in:${APP}:1`, 'pending'),
  ];
  const fields = applicationFields(application, checkIns, [sent, received]);

  it('reads back the user’s facts, check-in states and logged contacts', () => {
    expect(readApplication(APP, fields)).toEqual({
      facts: {
        company: 'Northwind Labs',
        role: 'Senior Data Engineer',
        stage: 'delayed',
        employerStyle: 'traditional',
        finalStage: true,
        competingOffer: application.competingOffer,
        decisionWindow: { earliest: '2026-12-01', latest: '2026-12-14', statedOn: '2026-11-24' },
        corrected: ['company', 'decisionWindow'],
        delayedSince: application.delayedSince,
        createdAt: application.createdAt,
        references: application.references,
      },
      checkIns: [
        { key: `status-check:${APP}:2026-12-14`, status: 'snoozed', snoozedUntil: '2026-12-16T09:00:00.000Z', doneAt: null },
        { key: `thank-you:${INTERVIEW}:Ben Ortiz`, status: 'done', snoozedUntil: null, doneAt: '2026-11-25T09:00:00.000Z' },
      ],
      contacts: [{ id: sent.id, kind: 'email', at: sent.at, checkInKey: sent.checkInKey }],
    });
  });

  it('carries no mail text, no recipients and no employer message times', () => {
    const text = JSON.stringify(fields);
    for (const secret of ['We will decide', 'ben@northwindlabs.com', 'Within a day', '2026-11-24T15:02', String(Date.parse('2026-11-24T15:02:00.000Z'))]) expect(text).not.toContain(secret);
  });

  it('leaves out check-ins still pending unless their state was synced before', () => {
    const pendingName = checkInField(`check-in:${APP}:1`, APP);
    expect(fields).not.toHaveProperty([pendingName]);
    expect(applicationFields(application, checkIns, [], { [pendingName]: ['s', 1, null] })[pendingName]).toEqual(['p', null, null]);
  });

  it('writes a check-in’s application as "~" and gets every key back exactly', () => {
    expect(checkInField(`status-check:${APP}:2026-12-14`, APP)).toBe('K:status-check:~:2026-12-14');
    const odd = `thank-you:${INTERVIEW}:~Ann:~~`;
    const read = readApplication(APP, { ...fields, [checkInField(odd, APP)]: ['d', null, 5] });
    expect(read?.checkIns.map((c) => c.key)).toContain(odd);
  });

  it('refuses an application without the facts it cannot do without, and skips malformed parts one by one', () => {
    expect(readApplication(APP, { ...fields, s: 'hired' })).toBeNull();
    expect(readApplication(APP, { ...fields, o: ['Contoso'] })).toBeNull();
    const read = readApplication(APP, { ...fields, [`R:${shortId(REF)}`]: null, 'K:x': ['?', null, null], 'E:y': 'call' });
    expect(read?.facts.references).toEqual([]);
    expect(read?.checkIns).toHaveLength(2);
    expect(read?.contacts).toHaveLength(1);
  });
});

describe('settings, threads and learned corrections', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, profile: { name: 'Dana Park', emails: ['dana@example.com'], phone: '555-0100', signature: 'Dana' }, cadence: 'patient', holidays: ['2026-12-25'], notifications: false, timeZone: 'Europe/Paris' };

  it('reads back the settings, and keeps the device’s own value for a malformed field', () => {
    expect(readSettings(settingsFields(settings), DEFAULT_SETTINGS)).toEqual(settings);
    expect(readSettings({ ...settingsFields(settings), c: 'eager', h: ['x'] }, DEFAULT_SETTINGS)).toEqual({ ...settings, cadence: 'standard', holidays: [] });
  });

  it('syncs a thread’s application and dismissal, never its subject', () => {
    expect(readThread(threadFields({ applicationId: APP, dismissed: false }))).toEqual({ applicationId: APP, dismissed: false });
    expect(readThread(threadFields({ applicationId: null, dismissed: true }))).toEqual({ applicationId: null, dismissed: true });
    expect(readThread({ a: 1, x: 0 })).toBeNull();
  });

  it('syncs a learned rule’s value and time', () => {
    expect(readLearned(learnedFields({ value: 'Northwind Labs', learnedAt: '2026-11-24T15:02:00.000Z' }))).toEqual({ value: 'Northwind Labs', learnedAt: '2026-11-24T15:02:00.000Z' });
    expect(readLearned({ v: 1 })).toBeNull();
  });
});

describe('short forms', SLOW, () => {
  it('writes every uuid in 22 characters and any other id so that it comes back', () => {
    fc.assert(fc.property(fc.uuid(), fc.string(), (uuid, other) => {
      expect(shortId(uuid)).toHaveLength(22);
      expect(longId(shortId(uuid))).toBe(uuid);
      expect(longId(shortId(other))).toBe(other);
      expect(applicationIdOfKey(applicationKey(uuid))).toBe(uuid);
    }));
  });

  it('gets every check-in key back from its field, whatever its segments', () => {
    const segment = fc.oneof(fc.constant(APP), fc.uuid(), fc.string(), fc.constantFrom('~', '*', '~~x', '*abc'));
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
      const key = segments.join(':');
      const read = readApplication(APP, { ...applicationFields(application, [], []), [checkInField(key, APP)]: ['d', null, 1] });
      expect(read?.checkIns.map((c) => c.key)).toEqual([key]);
    }));
  });
});

describe('ids every device makes alike', SLOW, () => {
  it('gives the same thread the same application id on every device, in the form store/ids.ts makes', () => {
    fc.assert(fc.property(fc.string(), (threadKey) => {
      const id = applicationIdForThread(threadKey);
      expect(id).toBe(applicationIdForThread(threadKey));
      expect(recordId(id)).toBe(id);
      expect(longId(shortId(id))).toBe(id);
    }));
  });

  it('gives different seeds different ids', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i++) ids.add(applicationIdForThread(`gmail:FMfcgzQX${i}`)).add(interviewIdFor(APP, i));
    expect(ids.size).toBe(40_000);
    expect(stableId('a')).not.toBe(stableId('b'));
  });
});

describe('taking a fact back', () => {
  const synced = applicationFields(application, [], []);

  it('writes null for a competing offer, a window, a final stage, corrections and a reference that were synced and are gone', () => {
    const plain: Application = { ...application, competingOffer: null, decisionWindow: null, finalStage: false, corrected: [], delayedSince: null, references: [] };
    const fields = applicationFields(plain, [], [], synced);
    expect(fields).toMatchObject({ o: null, w: null, f: null, x: null, d: null, [`R:${shortId(REF)}`]: null });
    expect(readApplication(APP, fields)?.facts).toMatchObject({ competingOffer: null, decisionWindow: null, finalStage: false, corrected: [], delayedSince: null, references: [] });
  });

  it('leaves a usual value out when it was never synced otherwise', () => {
    const plain: Application = { ...application, competingOffer: null, decisionWindow: null, finalStage: false, corrected: [], delayedSince: null, references: [] };
    expect(Object.keys(applicationFields(plain, [], [])).sort()).toEqual(['c', 'n', 'r', 's', 'y']);
  });
});
