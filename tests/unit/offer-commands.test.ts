// The offer orchestrator's commands over a real (fake-indexeddb) database: an offer with a deadline read
// from the mail, the panel's order, telling two employers, their plans and the overdue count, the
// timeline, the insert into a thread, and the answer to the offer.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type MailThread } from '../../src/core/model';
import type { ThreadInsertion } from '../../src/protocol/command';
import { openDb, type AfterviewDb } from '../../src/store/db';
import { overdueCheckIns } from '../../src/store/queries';
import { requester, routerFor } from './support/router';
import { MAIL_CONTENT } from './support/senders';

const NOW = new Date('2026-12-08T15:00:00.000Z');
const URL_OF = (id: string) => `https://mail.google.com/mail/u/0/#inbox/${id}`;

const offerMail: MailThread = {
  host: 'gmail',
  id: 'FMfcgzOFFER0000000',
  subject: 'Your offer from Cobalt Grid',
  userEmail: 'dana.whitfield@gmail.com',
  messages: [
    {
      from: { name: 'Rosa Lind', email: 'rosa.lind@cobaltgrid.com' },
      to: [{ name: 'Dana Whitfield', email: 'dana.whitfield@gmail.com' }],
      cc: [],
      sentAt: '2026-12-08T09:00:00-05:00',
      text: 'Hi Dana,\n\nWe are delighted to offer you the Platform Engineer role at Cobalt Grid, with a base salary of $150,000. Please let us know your decision by Friday, December 11.\n\nBest,\nRosa Lind\nTalent Partner, Cobalt Grid',
    },
  ],
};

let db: AfterviewDb;
let inserted: { url: string; draft: ThreadInsertion }[];
let request: ReturnType<typeof requester>;
let route: ReturnType<typeof routerFor>;

beforeEach(async () => {
  db = openDb(`offer-commands-${Math.random()}`);
  inserted = [];
  route = routerFor(db, {
    now: () => NOW,
    insertIntoThread: async (url, draft) => {
      inserted.push({ url, draft });
      return 'Inserted into the reply.';
    },
  });
  request = requester(route);
  await request('settings/save', { settings: { ...DEFAULT_SETTINGS, timeZone: 'America/New_York', profile: { name: 'Dana Whitfield', emails: ['dana.whitfield@gmail.com'], phone: '', signature: 'Dana Whitfield' } } });
});
afterEach(async () => {
  await db.delete();
});

/** An application at `stage`, with a round on Nov 18 (its thank-you long past, its two-week check-in overdue) and a thread whose URL the store knows. */
async function tracked(company: string, stage: 'awaiting-decision' | 'scheduled' | 'scheduling', threadId: string | null, interviewAt: string | null = '2026-11-18T18:00:00.000Z') {
  const app = await request('application/add', { company, role: 'Engineer', stage, interviewAt, interviewers: ['Ann Lee'] });
  if (threadId) await db.threads.put({ key: `gmail:${threadId}`, host: 'gmail', hostThreadId: threadId, applicationId: app.id, dismissed: false, subject: 'Interview', url: URL_OF(threadId), lastSeenAt: NOW.toISOString(), messageCount: 1 });
  return app;
}

describe('the offer orchestrator’s commands', () => {
  it('reads the offer’s deadline from the mail, lists the others in order, and moves the plans of those the user tells', async () => {
    await tracked('Aster', 'scheduled', 'FMfcgzAAAAAAAAAAAA', '2026-12-20T18:00:00.000Z');
    const b = await tracked('Birch', 'awaiting-decision', 'FMfcgzBBBBBBBBBBBB');
    const c = await tracked('Cedar', 'awaiting-decision', null);
    await request('application/update', { id: c.id, changes: { finalStage: true } });
    const opened = await request('thread/open', { thread: offerMail, url: URL_OF(offerMail.id) });
    const offerApp = opened.state.dossier?.application;
    expect(offerApp?.stage).toBe('offer');
    expect(offerApp?.offer).toMatchObject({ deadline: '2026-12-11T22:00:00.000Z', source: 'detected', decision: null });

    const panel = await request('offer/panel', {});
    expect(panel?.offer.dossier.application.company).toBe('Cobalt Grid');
    expect(panel?.others.map((o) => o.dossier.application.company)).toEqual(['Cedar', 'Birch', 'Aster']);
    expect(panel?.others.map((o) => o.url)).toEqual([null, URL_OF('FMfcgzBBBBBBBBBBBB'), URL_OF('FMfcgzAAAAAAAAAAAA')]);
    const before = await overdueCheckIns(db, NOW);
    expect(before.map((checkIn) => checkIn.kind)).toEqual(['check-in', 'check-in']);

    const asked = await request('offer/ask', { offerApplicationId: offerApp?.id ?? '', applicationIds: [c.id, b.id] });
    const [cedar, birch, aster] = asked?.others ?? [];
    expect(cedar?.askBy).toBe('2026-12-10T22:00:00.000Z');
    expect(birch?.checkIn).toMatchObject({ kind: 'competing-offer', status: 'pending', dueAt: NOW.toISOString() });
    expect(aster?.askBy).toBeNull();
    // The note about the offer is due now for each; their check-ins wait for the offer's deadline.
    const overdue = await overdueCheckIns(db, new Date(NOW.getTime() + 1));
    expect(overdue.map((checkIn) => [checkIn.kind, checkIn.applicationId]).sort()).toEqual([['competing-offer', b.id], ['competing-offer', c.id]].sort());
    // Nothing else to Birch falls due before the offer's deadline.
    const birchPlan = await db.checkIns.where('applicationId').equals(b.id).toArray();
    expect(birchPlan.filter((checkIn) => checkIn.kind !== 'competing-offer' && checkIn.kind !== 'thank-you' && checkIn.status === 'pending').every((checkIn) => checkIn.dueAt >= '2026-12-11T22:00:00.000Z')).toBe(true);

    const { ics } = await request('offer/timeline', { offerApplicationId: offerApp?.id ?? '' });
    const unfolded = ics.replace(/\r\n /g, '');
    for (const stamp of ['DTEND:20261211T220000Z', 'DTEND:20261210T220000Z']) expect(unfolded).toContain(stamp);
    expect(unfolded.match(/Expected answer from/g)).toHaveLength(2);
  });

  it('inserts into the application’s own thread, carrying the check-in its send answers', async () => {
    const b = await tracked('Birch', 'awaiting-decision', 'FMfcgzBBBBBBBBBBBB');
    const draft = { subject: 'Engineer — a question about timing', body: 'Hi Ann,', to: [] };
    await request('offer/insert', { applicationId: b.id, checkInKey: `competing-offer:${b.id}:x`, draft });
    expect(inserted).toEqual([{ url: URL_OF('FMfcgzBBBBBBBBBBBB'), draft: { ...draft, applicationId: b.id, checkInKey: `competing-offer:${b.id}:x` } }]);
    const c = await tracked('Cedar', 'awaiting-decision', null);
    await expect(request('offer/insert', { applicationId: c.id, checkInKey: null, draft })).rejects.toThrow(/no thread/);
  });

  it('takes the deadline the user types in the sidebar, and never shows the others to the content script', async () => {
    const b = await tracked('Birch', 'awaiting-decision', 'FMfcgzBBBBBBBBBBBB');
    const o = await tracked('Oak', 'awaiting-decision', 'FMfcgzOOOOOOOOOOOO');
    const set = await route({ type: 'offer/setDeadline', payload: { applicationId: o.id, deadline: '2026-12-12T22:00:00.000Z' } }, MAIL_CONTENT);
    expect(set).toMatchObject({ ok: true, value: { dossier: { application: { stage: 'offer', offer: { source: 'user', deadline: '2026-12-12T22:00:00.000Z' } } } } });
    expect(await route({ type: 'offer/panel', payload: {} }, MAIL_CONTENT)).toMatchObject({ ok: false });
    const panel = await request('offer/panel', { applicationId: o.id });
    expect(panel?.others.map((other) => other.dossier.application.id)).toEqual([b.id]);
    // The mail, read again, does not overwrite what the user typed.
    expect((await db.applications.get(o.id))?.corrected).toContain('stage');
  });

  it('clears the competing offer from the others once the user answers the offer', async () => {
    const b = await tracked('Birch', 'awaiting-decision', 'FMfcgzBBBBBBBBBBBB');
    const opened = await request('thread/open', { thread: offerMail, url: URL_OF(offerMail.id) });
    const id = opened.state.dossier?.application.id ?? '';
    await request('offer/ask', { offerApplicationId: id, applicationIds: [b.id] });
    expect((await db.applications.get(b.id))?.competingOffer?.company).toBe('Cobalt Grid');
    const after = await request('offer/decide', { applicationId: id, decision: 'accepted' });
    expect(after?.offer.terms.decision).toBe('accepted');
    expect((await db.applications.get(b.id))?.competingOffer).toBeNull();
    expect((await db.checkIns.where('applicationId').equals(b.id).toArray()).some((c) => c.kind === 'competing-offer' && c.status === 'pending')).toBe(false);
    await expect(request('offer/ask', { offerApplicationId: id, applicationIds: [b.id] })).rejects.toThrow(/already answered/);
  });
});
