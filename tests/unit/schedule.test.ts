import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextCheckIn, planExpiresAt, planFollowUps } from '../../src/core/schedule';
import { DEFAULT_SETTINGS, type Application, type ApplicationDossier, type ContactEvent, type Interview, type Settings } from '../../src/core/model';

const settings: Settings = { ...DEFAULT_SETTINGS, timeZone: 'America/New_York' };

const application = (patch: Partial<Application> = {}): Application => ({
  id: 'app-1',
  company: 'Northwind Labs',
  role: 'Senior Data Engineer',
  stage: 'awaiting-decision',
  source: 'detected',
  employerStyle: 'tech',
  decisionWindow: null,
  delayedSince: null,
  competingOffer: null,
  finalStage: false,
  references: [],
  lastEmployerMessageAt: null,
  createdAt: '2026-11-01T12:00:00.000Z',
  updatedAt: '2026-11-01T12:00:00.000Z',
  ...patch,
});

const interview = (patch: Partial<Interview> = {}): Interview => ({
  id: 'int-1',
  applicationId: 'app-1',
  round: 1,
  at: '2026-11-23T18:00:00.000Z', // Mon Nov 23, 1:00 PM ET
  durationMinutes: 60,
  interviewers: ['Ben Carter', 'Lucy Wang'],
  notes: {},
  notesByInterviewer: {},
  ...patch,
});

const dossier = (app: Partial<Application> = {}, interviews: Interview[] = [interview()]): ApplicationDossier => ({ application: application(app), contacts: [], interviews });

let nextId = 0;
const sent = (at: string, checkInKey: string | null = null, kind: ContactEvent['kind'] = 'email'): ContactEvent => ({
  id: `e${nextId++}`,
  applicationId: 'app-1',
  kind,
  direction: 'sent',
  at,
  checkInKey,
  to: [],
});
const received = (at: string): ContactEvent => ({ ...sent(at), direction: 'received' });

const window = { earliest: '2026-11-30', latest: '2026-12-07', quote: 'We expect to decide within a week to ten business days.', statedOn: '2026-11-23' };
const thanked = [sent('2026-11-23T22:00:00.000Z', 'thank-you:int-1:Ben Carter'), sent('2026-11-23T22:05:00.000Z', 'thank-you:int-1:Lucy Wang')];

describe('rule 1: thank-you notes', () => {
  it('asks for one thank-you per interviewer, due 24 hours after the interview ends', () => {
    const plan = planFollowUps(dossier(), [], settings, '2026-11-23T20:00:00.000Z');
    const thanks = plan.filter((c) => c.kind === 'thank-you');
    expect(thanks.map((c) => [c.contactName, c.notBefore, c.dueAt])).toEqual([
      ['Ben Carter', '2026-11-23T19:00:00.000Z', '2026-11-24T19:00:00.000Z'],
      ['Lucy Wang', '2026-11-23T19:00:00.000Z', '2026-11-24T19:00:00.000Z'],
    ]);
  });

  it('drops a thank-you once it was sent', () => {
    const plan = planFollowUps(dossier(), [thanked[0] as ContactEvent], settings, '2026-11-23T23:00:00.000Z');
    expect(plan.filter((c) => c.kind === 'thank-you').map((c) => c.contactName)).toEqual(['Lucy Wang']);
  });
});

describe('rules 2 and 3: the employer’s window', () => {
  it('waits until the day after the employer’s window closes', () => {
    const plan = planFollowUps(dossier({ decisionWindow: window }), thanked, settings, '2026-11-25T15:00:00.000Z');
    const check = plan.find((c) => c.kind === 'status-check');
    expect(check).toMatchObject({ notBefore: '2026-12-08T14:00:00.000Z', dueAt: '2026-12-08T22:00:00.000Z', key: 'status-check:app-1:2026-12-07' });
    expect(check?.reason).toContain('We expect to decide within a week to ten business days.');
    expect(plan.filter((c) => c.kind === 'check-in')).toEqual([]);
  });

  it('counts the next business day past weekends and the user’s holidays', () => {
    const friday = { ...window, latest: '2026-12-04' };
    const plan = planFollowUps(dossier({ decisionWindow: friday }), thanked, { ...settings, holidays: ['2026-12-07'] }, '2026-11-25T15:00:00.000Z');
    expect(plan.find((c) => c.kind === 'status-check')?.notBefore).toBe('2026-12-08T14:00:00.000Z');
  });

  it('cancels the status check when the employer wrote since', () => {
    const plan = planFollowUps(dossier({ decisionWindow: window }), [...thanked, received('2026-12-01T15:00:00.000Z')], settings, '2026-12-02T15:00:00.000Z');
    expect(plan.filter((c) => c.kind === 'status-check')).toEqual([]);
  });

  it('checks in two weeks after the employer’s message when it gave no new timeline', () => {
    const plan = planFollowUps(dossier({ decisionWindow: window }), [...thanked, received('2026-12-01T15:00:00.000Z')], settings, '2026-12-02T15:00:00.000Z');
    const check = plan.find((c) => c.kind === 'check-in');
    expect(check).toMatchObject({ key: 'check-in:app-1:1', notBefore: '2026-12-15T14:00:00.000Z' });
    expect(check?.reason).toContain('Tue, Dec 1');
  });

  it('plans a status check for a new window the employer gave in answer to a follow-up', () => {
    const renewed = { earliest: '2026-12-10', latest: '2026-12-18', quote: 'We now expect to decide by Dec 18.', statedOn: '2026-12-09' };
    const events = [...thanked, sent('2026-12-08T15:00:00.000Z', 'status-check:app-1:2026-12-07'), received('2026-12-09T15:00:00.000Z')];
    const plan = planFollowUps(dossier({ decisionWindow: renewed }), events, settings, '2026-12-10T15:00:00.000Z');
    expect(plan.filter((c) => c.kind !== 'thank-you')).toEqual([
      expect.objectContaining({ kind: 'status-check', key: 'status-check:app-1:2026-12-18', notBefore: '2026-12-21T14:00:00.000Z' }),
    ]);
  });
});

describe('rule 4: no stated window', () => {
  it('plans the first check-in at the two-week mark after the interview', () => {
    const plan = planFollowUps(dossier(), thanked, settings, '2026-11-25T15:00:00.000Z');
    expect(plan.find((c) => c.kind === 'check-in')).toMatchObject({ key: 'check-in:app-1:1', notBefore: '2026-12-07T14:00:00.000Z' });
  });
});

describe('rule 5: cadence', () => {
  const afterStatusCheck = [...thanked, sent('2026-12-08T15:00:00.000Z', 'status-check:app-1:2026-12-07')];

  it('checks in again 7–10 days on with the standard preset', () => {
    const plan = planFollowUps(dossier({ decisionWindow: window }), afterStatusCheck, settings, '2026-12-09T15:00:00.000Z');
    expect(plan.find((c) => c.kind === 'check-in')).toMatchObject({ key: 'check-in:app-1:2', notBefore: '2026-12-15T14:00:00.000Z', dueAt: '2026-12-18T22:00:00.000Z' });
  });

  it('waits three weeks with the patient preset', () => {
    const plan = planFollowUps(dossier(), [...thanked, sent('2026-12-08T15:00:00.000Z', 'check-in:app-1:1')], { ...settings, cadence: 'patient' }, '2026-12-09T15:00:00.000Z');
    expect(plan.find((c) => c.kind === 'check-in')?.notBefore).toBe('2026-12-29T14:00:00.000Z');
  });

  it('keeps the patient preset no slower than the employer’s own shorter timeline', () => {
    const short = { ...window, latest: '2026-12-02', statedOn: '2026-11-23' };
    const plan = planFollowUps(dossier({ decisionWindow: short }), [...thanked, sent('2026-12-03T15:00:00.000Z', 'status-check:app-1:2026-12-02')], { ...settings, cadence: 'patient' }, '2026-12-04T15:00:00.000Z');
    expect(plan.find((c) => c.kind === 'check-in')?.notBefore).toBe('2026-12-12T14:00:00.000Z');
  });

  it('never plans two emails to one application within seven days', () => {
    const early = { ...window, latest: '2026-11-25' };
    const plan = planFollowUps(dossier({ decisionWindow: early }), [...thanked, sent('2026-11-24T15:00:00.000Z')], settings, '2026-11-24T16:00:00.000Z');
    const check = plan.find((c) => c.kind === 'check-in' || c.kind === 'status-check');
    expect(check?.notBefore).toBe('2026-12-01T14:00:00.000Z');
  });

  it('stops suggesting check-ins after three unanswered ones', () => {
    const many = [...thanked, ...['2026-12-08', '2026-12-16', '2026-12-24', '2027-01-04'].map((d) => sent(`${d}T15:00:00.000Z`))];
    expect(planFollowUps(dossier(), many, settings, '2027-01-05T15:00:00.000Z').filter((c) => c.kind === 'check-in')).toEqual([]);
  });
});

describe('rule 6: traditional employers', () => {
  it('turns two weeks of silence after an emailed check-in into a phone call', () => {
    const events = [...thanked, sent('2026-12-08T15:00:00.000Z', 'status-check:app-1:2026-12-07')];
    const plan = planFollowUps(dossier({ decisionWindow: window, employerStyle: 'traditional' }), events, settings, '2026-12-22T15:00:00.000Z');
    expect(plan.find((c) => c.kind === 'phone-call')).toMatchObject({ channel: 'phone', notBefore: '2026-12-22T14:00:00.000Z' });
    expect(planFollowUps(dossier({ decisionWindow: window }), events, settings, '2026-12-22T15:00:00.000Z').some((c) => c.kind === 'phone-call')).toBe(false);
  });

  it('calls for no phone call once the employer answered the email', () => {
    const events = [...thanked, sent('2026-12-08T15:00:00.000Z', 'status-check:app-1:2026-12-07'), received('2026-12-10T15:00:00.000Z')];
    const plan = planFollowUps(dossier({ decisionWindow: window, employerStyle: 'traditional' }), events, settings, '2026-12-22T15:00:00.000Z');
    expect(plan.some((c) => c.kind === 'phone-call')).toBe(false);
  });
});

describe('rule 7: open-ended delay', () => {
  it('plans the extended-delay message instead of status checks', () => {
    const plan = planFollowUps(dossier({ stage: 'delayed', delayedSince: '2026-11-30T15:00:00.000Z' }), thanked, settings, '2026-12-01T15:00:00.000Z');
    expect(plan.map((c) => c.kind)).toEqual(['extended-delay']);
    expect(plan[0]?.notBefore).toBe('2026-12-07T14:00:00.000Z');
  });

  it('keeps the next extended-delay message a cadence after the last email', () => {
    const events = [...thanked, sent('2026-12-07T15:00:00.000Z', 'extended-delay:app-1:2026-11-30:1')];
    const plan = planFollowUps(dossier({ stage: 'delayed', delayedSince: '2026-11-30T15:00:00.000Z' }), events, settings, '2026-12-08T15:00:00.000Z');
    expect(plan).toEqual([expect.objectContaining({ key: 'extended-delay:app-1:2026-11-30:2', notBefore: '2026-12-14T14:00:00.000Z', dueAt: '2026-12-17T22:00:00.000Z' })]);
  });
});

describe('rule 8: a competing offer', () => {
  it('asks the preferred employer at once (due the moment the offer is recorded), for a decision within 48–72 hours and before the deadline', () => {
    const competingOffer = { company: 'Cobalt Grid', deadline: '2026-12-04T22:00:00.000Z', notedAt: '2026-11-30T15:00:00.000Z' };
    const plan = planFollowUps(dossier({ decisionWindow: window, competingOffer }), thanked, settings, '2026-11-30T16:00:00.000Z');
    const urgent = plan.find((c) => c.kind === 'competing-offer');
    expect(urgent).toMatchObject({ notBefore: '2026-11-30T15:00:00.000Z', dueAt: '2026-11-30T15:00:00.000Z' });
    expect(urgent?.reason).toMatch(/48–72 hours \(by Thu, Dec 3\)/);
    expect(urgent?.reason).toMatch(/No ultimatum/);
  });

  it('is due at once when the other deadline is less than two days away', () => {
    const competingOffer = { company: 'Cobalt Grid', deadline: '2026-12-01T20:00:00.000Z', notedAt: '2026-11-30T15:00:00.000Z' };
    const urgent = planFollowUps(dossier({ competingOffer }), thanked, settings, '2026-11-30T16:00:00.000Z').find((c) => c.kind === 'competing-offer');
    expect(urgent?.dueAt).toBe('2026-11-30T15:00:00.000Z');
  });

  it('is the step a thread puts forward, ahead of an older thank-you still owed', () => {
    const competingOffer = { company: 'Cobalt Grid', deadline: '2026-12-04T22:00:00.000Z', notedAt: '2026-11-24T21:00:00.000Z' };
    const plan = planFollowUps(dossier({ competingOffer }), [], settings, '2026-11-24T22:00:00.000Z');
    expect(plan[0]?.kind).toBe('thank-you');
    expect(nextCheckIn(plan)?.kind).toBe('competing-offer');
    expect(nextCheckIn(plan.filter((c) => c.kind !== 'competing-offer'))?.kind).toBe('thank-you');
    expect(nextCheckIn([])).toBeNull();
  });
});

describe('rule 8 holds the other follow-ups until the offer’s deadline', () => {
  const competingOffer = { company: 'Cobalt Grid', deadline: '2026-12-11T22:00:00.000Z', notedAt: '2026-12-08T15:00:00.000Z' };
  const now = '2026-12-08T15:00:00.000Z';

  it('moves the status check due before the deadline to after it, and keeps it when no offer stands', () => {
    const without = planFollowUps(dossier({ decisionWindow: window }), thanked, settings, now);
    expect(without.find((c) => c.kind === 'status-check')?.dueAt).toBe('2026-12-08T22:00:00.000Z');
    const plan = planFollowUps(dossier({ decisionWindow: window, competingOffer }), thanked, settings, now);
    const others = plan.filter((c) => c.kind !== 'competing-offer');
    expect(others.map((c) => c.kind)).toEqual(['status-check']);
    expect(others.every((c) => c.dueAt >= competingOffer.deadline && c.notBefore >= competingOffer.deadline)).toBe(true);
    expect(others[0]?.reason).toMatch(/Held until your other offer’s deadline \(Fri, Dec 11\)/);
    const urgent = plan.find((c) => c.kind === 'competing-offer');
    expect(urgent?.dueAt).toBe(now);
    expect(plan[0]).toBe(urgent);
  });

  it('leaves a thank-you owed for a round just held on time', () => {
    const recent = interview({ at: '2026-12-07T18:00:00.000Z' });
    const plan = planFollowUps(dossier({ competingOffer }, [recent]), [], settings, now);
    expect(plan.filter((c) => c.kind === 'thank-you').map((c) => c.dueAt)).toEqual(['2026-12-08T19:00:00.000Z', '2026-12-08T19:00:00.000Z']);
  });

  it('lets go once the deadline has passed', () => {
    const after = planFollowUps(dossier({ decisionWindow: window, competingOffer }), thanked, settings, '2026-12-12T15:00:00.000Z');
    expect(after.some((c) => c.kind === 'competing-offer')).toBe(false);
    expect(after.some((c) => c.reason.includes('Held until'))).toBe(false);
  });
});

describe('rule 9: references', () => {
  it('reminds to brief each reference not briefed since the final interview', () => {
    const references = [
      { id: 'r1', name: 'Ada Byron', email: 'ada@example.com', relation: 'former manager', lastBriefedAt: null },
      { id: 'r2', name: 'Alan Kay', email: 'alan@example.com', relation: 'colleague', lastBriefedAt: '2026-11-24T12:00:00.000Z' },
    ];
    const plan = planFollowUps(dossier({ finalStage: true, references }), thanked, settings, '2026-11-25T15:00:00.000Z');
    expect(plan.filter((c) => c.kind === 'reference-update').map((c) => c.contactName)).toEqual(['Ada Byron']);
  });

  it('still asks to brief the references once an offer arrives, and nothing else', () => {
    const references = [{ id: 'r1', name: 'Ada Byron', email: 'ada@example.com', relation: 'former manager', lastBriefedAt: null }];
    const plan = planFollowUps(dossier({ stage: 'offer', finalStage: true, references, decisionWindow: window }), [], settings, '2026-12-20T15:00:00.000Z');
    expect(plan.map((c) => c.key)).toEqual(['reference-update:app-1:r1']);
  });
});

describe('the plan as a whole', () => {
  it('plans nothing after a rejection or an offer', () => {
    expect(planFollowUps(dossier({ stage: 'rejected' }), [], settings, '2026-11-25T15:00:00.000Z')).toEqual([]);
    expect(planFollowUps(dossier({ stage: 'offer' }), [], settings, '2026-11-25T15:00:00.000Z')).toEqual([]);
  });

  it('waits for a round still ahead before any status check', () => {
    const rounds = [interview(), interview({ id: 'int-2', round: 2, at: '2026-12-02T18:00:00.000Z', interviewers: ['Omar Haddad'] })];
    const plan = planFollowUps(dossier({}, rounds), thanked, settings, '2026-11-25T15:00:00.000Z');
    expect(plan.map((c) => c.kind)).toEqual(['thank-you']);
    expect(plan[0]?.contactName).toBe('Omar Haddad');
  });

  it('keeps its keys when planned again later', () => {
    const first = planFollowUps(dossier({ decisionWindow: window }), [], settings, '2026-11-23T20:00:00.000Z').map((c) => c.key);
    const later = planFollowUps(dossier({ decisionWindow: window }), [], settings, '2026-11-26T20:00:00.000Z').map((c) => c.key);
    expect(later).toEqual(first);
  });

  it('uses the runtime’s zone when the settings name a zone it does not know', () => {
    const plan = planFollowUps(dossier({ decisionWindow: window }), thanked, { ...settings, timeZone: 'Not/AZone' }, '2026-11-25T15:00:00.000Z');
    expect(plan.map((c) => c.key)).toEqual(['status-check:app-1:2026-12-07']);
  });

  it('plans the same whatever order the events come in', () => {
    const events = [...thanked, sent('2026-12-08T15:00:00.000Z', 'status-check:app-1:2026-12-07'), received('2026-12-09T15:00:00.000Z'), sent('2026-12-20T15:00:00.000Z')];
    const app = dossier({ decisionWindow: window, employerStyle: 'traditional' });
    const first = planFollowUps(app, events, settings, '2027-01-10T15:00:00.000Z');
    expect(first.length).toBeGreaterThan(0);
    expect(planFollowUps(app, [...events].reverse(), settings, '2027-01-10T15:00:00.000Z')).toEqual(first);
  });

  it('never throws, keys are unique, and every check-in is due no earlier than it opens', () => {
    const iso = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    fc.assert(
      fc.property(
        fc.constantFrom('scheduling', 'scheduled', 'awaiting-decision', 'delayed', 'offer', 'rejected' as const),
        fc.option(iso, { nil: null }),
        fc.array(fc.record({ at: iso, direction: fc.constantFrom('sent' as const, 'received' as const), kind: fc.constantFrom('email' as const, 'phone-call' as const, 'voicemail' as const) }), { maxLength: 8 }),
        iso,
        fc.constantFrom('standard' as const, 'patient' as const),
        fc.constantFrom('tech' as const, 'traditional' as const),
        (stage, at, raw, now, cadence, employerStyle) => {
          const events = raw.map((e, i) => ({ ...e, id: `x${i}`, applicationId: 'app-1', checkInKey: null, to: [] }));
          const plan = planFollowUps(dossier({ stage, employerStyle, decisionWindow: window, delayedSince: at }, [interview({ at })]), events, { ...settings, cadence }, now);
          for (const c of plan) expect(Date.parse(c.dueAt)).toBeGreaterThanOrEqual(Date.parse(c.notBefore));
          expect(new Set(plan.map((c) => c.key)).size).toBe(plan.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('when a plan expires', () => {
  it('names the next moment the plan changes with time alone: the round’s start, its end, the thank-you horizon', () => {
    const round = dossier({}, [interview({ at: '2026-11-23T18:00:00.000Z', durationMinutes: 60 })]);
    expect(planExpiresAt(round, '2026-11-23T12:00:00.000Z')).toBe('2026-11-23T18:00:00.000Z');
    expect(planExpiresAt(round, '2026-11-23T18:00:00.000Z')).toBe('2026-11-23T19:00:00.000Z');
    expect(planExpiresAt(round, '2026-11-24T12:00:00.000Z')).toBe('2026-12-07T19:00:00.001Z');
    expect(planExpiresAt(round, '2026-12-08T12:00:00.000Z')).toBeNull();
    const before = planFollowUps(round, [], settings, '2026-12-07T19:00:00.000Z').map((c) => c.kind);
    const after = planFollowUps(round, [], settings, '2026-12-07T19:00:00.001Z').map((c) => c.kind);
    expect(before).toContain('thank-you');
    expect(after).not.toContain('thank-you');
  });

  it('counts a competing offer’s deadline', () => {
    const offer = dossier({ competingOffer: { company: 'Rival', deadline: '2026-11-27T17:00:00.000Z', notedAt: '2026-11-24T12:00:00.000Z' } }, []);
    expect(planExpiresAt(offer, '2026-11-25T12:00:00.000Z')).toBe('2026-11-27T17:00:00.000Z');
  });

  it('keeps the plan the same at every moment before it expires', () => {
    const instantIn = (from: string, to: string) => fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true }).map((d) => d.toISOString());
    const round = fc.record({ at: fc.option(instantIn('2026-09-01', '2027-03-01'), { nil: null }), durationMinutes: fc.integer({ min: 0, max: 240 }), interviewers: fc.array(fc.constantFrom('Ben Carter', 'Lucy Wang', 'Omar Haddad'), { maxLength: 2 }) });
    fc.assert(
      fc.property(
        fc.constantFrom('scheduling', 'scheduled', 'awaiting-decision', 'delayed', 'offer', 'rejected' as const),
        fc.array(round, { maxLength: 3 }),
        fc.array(fc.record({ at: instantIn('2026-09-01', '2026-11-01'), direction: fc.constantFrom('sent' as const, 'received' as const), kind: fc.constantFrom('email' as const, 'phone-call' as const) }), { maxLength: 4 }),
        fc.option(instantIn('2026-10-01', '2027-03-01'), { nil: null }),
        fc.boolean(),
        instantIn('2026-11-01', '2027-02-01'),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.constantFrom('standard' as const, 'patient' as const),
        fc.constantFrom('tech' as const, 'traditional' as const),
        (stage, rounds, raw, offerDeadline, finalStage, now, fraction, cadence, employerStyle) => {
          const interviews = rounds.map((r, i) => interview({ ...r, id: `int-${i}`, round: i + 1 }));
          const competingOffer = offerDeadline ? { company: 'Rival', deadline: offerDeadline, notedAt: '2026-10-15T12:00:00.000Z' } : null;
          const references = finalStage ? [{ id: 'ref-1', name: 'Pat Lee', email: 'pat@example.com', relation: 'manager', lastBriefedAt: null }] : [];
          const app = dossier({ stage, employerStyle, decisionWindow: window, delayedSince: '2026-10-20T12:00:00.000Z', competingOffer, finalStage, references }, interviews);
          const events = raw.map((e, i) => ({ ...e, id: `x${i}`, applicationId: 'app-1', checkInKey: null, to: [] }));
          const expires = planExpiresAt(app, now);
          const horizon = expires ? Date.parse(expires) : Date.parse(now) + 90 * 86_400_000;
          const later = new Date(Date.parse(now) + Math.floor(fraction * (horizon - Date.parse(now)))).toISOString();
          const plan = planFollowUps(app, events, { ...settings, cadence }, now);
          expect(planFollowUps(app, events, { ...settings, cadence }, later)).toEqual(plan);
        },
      ),
      { numRuns: 500 },
    );
  });
});

