// The offer orchestrator's core: which processes an offer moves and in what order, the deadline read from
// the offer mail, the one ask-by moment, the decision timeline, and the notes it drafts.
import { beforeAll, describe, expect, it } from 'vitest';
import { lintDraft, renderDraft, type Speller } from '../../src/core/drafts';
import { composeUrl } from '../../src/core/compose-url';
import type { Application, ApplicationDossier, DraftKind, MailThread } from '../../src/core/model';
import { askBy, decisionTimeline, offerDeadline, openOffer, otherOpenApplications } from '../../src/core/offer';
import { context, dossier } from './drafts-context';
import { loadSpeller } from './support/speller';

let speller: Speller;
beforeAll(() => {
  speller = loadSpeller();
});

const [round] = dossier.interviews;
if (!round) throw new Error('The draft context has an interview round.');
const app = (id: string, patch: Partial<Application>, rounds = 1): ApplicationDossier => ({
  application: { ...dossier.application, id, competingOffer: null, finalStage: false, decisionWindow: null, ...patch },
  contacts: [],
  interviews: Array.from({ length: rounds }, (_, i) => ({ ...round, id: `${id}-int-${i}`, applicationId: id, round: i + 1 })),
});

describe('the processes an offer moves', () => {
  const terms = { deadline: '2026-12-11T22:00:00.000Z', source: 'detected' as const, notedAt: '2026-12-08T15:00:00.000Z', decision: null };
  const offer = app('offer', { company: 'Cobalt Grid', stage: 'offer', offer: terms });
  const scheduling = app('s', { company: 'Acme', stage: 'scheduling' }, 0);
  const scheduled = app('sc', { company: 'Bluefin', stage: 'scheduled' });
  const waitingTwoRounds = app('w2', { company: 'Delta Works', stage: 'awaiting-decision' }, 2);
  const waitingOneRound = app('w1', { company: 'Evergreen', stage: 'awaiting-decision', decisionWindow: { earliest: '2026-12-09', latest: '2026-12-14', quote: 'next week', statedOn: '2026-12-04' } });
  const finalRound = app('f', { company: 'Fjord', stage: 'scheduled', finalStage: true });
  const onHold = app('d', { company: 'Granite', stage: 'delayed' });
  const rejected = app('r', { company: 'Harbor', stage: 'rejected' });

  it('lists every other open process, final round first, then by stage, rounds behind it and the window that closes first', () => {
    const ordered = otherOpenApplications('offer', [scheduling, rejected, onHold, scheduled, waitingOneRound, offer, finalRound, waitingTwoRounds]);
    expect(ordered.map((d) => d.application.company)).toEqual(['Fjord', 'Delta Works', 'Evergreen', 'Bluefin', 'Granite', 'Acme']);
  });

  it('counts an offer as open while its deadline is ahead and the user has not answered it', () => {
    expect(openOffer(offer.application, '2026-12-09T12:00:00.000Z')).toBe(true);
    expect(openOffer(offer.application, '2026-12-12T12:00:00.000Z')).toBe(false);
    expect(openOffer({ ...offer.application, offer: { ...terms, decision: 'accepted' } }, '2026-12-09T12:00:00.000Z')).toBe(false);
    expect(openOffer(waitingOneRound.application, '2026-12-09T12:00:00.000Z')).toBe(false);
  });
});

const offerThread = (text: string, sentAt = '2026-12-07T15:00:00-05:00'): MailThread => ({
  host: 'gmail',
  id: 'offer',
  subject: 'Your offer from Cobalt Grid',
  userEmail: 'dana.whitfield@gmail.com',
  messages: [{ from: { name: 'Rosa Lind', email: 'rosa@cobaltgrid.com' }, to: [{ name: 'Dana Whitfield', email: 'dana.whitfield@gmail.com' }], cc: [], sentAt, text }],
});

describe('the offer’s deadline, read from the offer mail', () => {
  const zone = 'America/New_York';
  it.each([
    ['Please let us know your decision by Friday, December 11.', '2026-12-11T22:00:00.000Z'],
    ['We would appreciate your answer no later than December 11 at 12:00 PM.', '2026-12-11T17:00:00.000Z'],
    ['The offer is valid until 12/11/2026.', '2026-12-11T22:00:00.000Z'],
    ['Please respond within five business days.', '2026-12-14T22:00:00.000Z'],
    ['Kindly sign and return the offer letter by Wednesday.', '2026-12-09T22:00:00.000Z'],
  ])('reads “%s”', (sentence, deadline) => {
    expect(offerDeadline(offerThread(`Hi Dana,\n\nWe are delighted to offer you the Data Engineer role. ${sentence}\n\nBest,\nRosa`), zone, 'dana.whitfield@gmail.com')).toBe(deadline);
  });

  it.each([
    'We are delighted to offer you the role. Your start date would be Monday, January 4.',
    'We are delighted to offer you the role. We met on December 1 and loved it.',
    'We are delighted to offer you the role. Take your time.',
  ])('finds no deadline in “%s”', (text) => {
    expect(offerDeadline(offerThread(text), zone)).toBeNull();
  });

  it('does not take the user’s own message as the employer’s deadline', () => {
    const base = offerThread('I will let you know by Friday, December 11.');
    const thread = { ...base, messages: base.messages.map((m) => ({ ...m, from: { name: 'Dana Whitfield', email: 'dana.whitfield@gmail.com' } })) };
    expect(offerDeadline(thread, zone, 'dana.whitfield@gmail.com')).toBeNull();
  });

  it('reads a 100 KB line in bounded time', () => {
    const started = performance.now();
    offerDeadline(offerThread(`please respond by ${'a '.repeat(50_000)}`), zone);
    expect(performance.now() - started).toBeLessThan(400);
  });
});

describe('the ask-by moment', () => {
  it('is 72 hours out when the deadline allows, a day before it otherwise, halfway when it is close, none when it is past', () => {
    expect(askBy('2026-12-01T15:00:00.000Z', '2026-12-11T22:00:00.000Z', '2026-12-01T15:00:00.000Z')).toBe('2026-12-04T15:00:00.000Z');
    expect(askBy('2026-12-08T15:00:00.000Z', '2026-12-10T22:00:00.000Z', '2026-12-08T15:00:00.000Z')).toBe('2026-12-09T22:00:00.000Z');
    expect(askBy('2026-12-08T15:00:00.000Z', '2026-12-09T09:00:00.000Z', '2026-12-08T15:00:00.000Z')).toBe('2026-12-09T00:00:00.000Z');
    expect(askBy('2026-12-08T15:00:00.000Z', '2026-12-08T10:00:00.000Z', '2026-12-08T15:00:00.000Z')).toBeNull();
  });

  it('counts from now when the moment it counted from has passed', () => {
    expect(askBy('2026-12-01T15:00:00.000Z', '2026-12-11T22:00:00.000Z', '2026-12-05T15:00:00.000Z')).toBe('2026-12-08T15:00:00.000Z');
  });
});

describe('the decision timeline', () => {
  const others = [
    { application: { id: 'a', company: 'Northwind Labs', role: 'Senior Data Engineer', decisionWindow: { earliest: '2026-11-30', latest: '2026-12-07', quote: 'within a week', statedOn: '2026-11-23' } }, askBy: '2026-12-04T15:00:00.000Z' },
    { application: { id: 'b', company: 'Bluefin', role: 'Analyst', decisionWindow: null }, askBy: '2026-12-05T15:00:00.000Z' },
    { application: { id: 'c', company: 'Acme; Inc', role: 'Engineer', decisionWindow: { earliest: '2026-12-14', latest: '2026-12-18', quote: 'by the 18th', statedOn: '2026-12-01' } }, askBy: null },
  ];
  const ics = decisionTimeline({ application: { id: 'o', company: 'Cobalt Grid', role: 'Data Engineer' }, deadline: '2026-12-11T22:00:00.000Z' }, others, '2026-12-01T15:00:00.000Z');
  const unfolded = ics.replace(/\r\n /g, '');

  it('holds the offer’s deadline, every asked-by date and every decision window', () => {
    expect(unfolded).toContain('DTEND:20261211T220000Z');
    expect(unfolded).toContain('SUMMARY:Answer the offer from Cobalt Grid\\, Data Engineer');
    expect(unfolded).toContain('DTEND:20261204T150000Z');
    expect(unfolded).toContain('DTEND:20261205T150000Z');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261130');
    expect(unfolded).toContain('DTEND;VALUE=DATE:20261208');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261214');
    expect(unfolded).toContain('SUMMARY:Acme\\; Inc\\, Engineer: their decision window');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(5);
  });

  it('is a well-formed iCalendar file: CRLF lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('the notes the orchestrator drafts', () => {
  const now = '2026-12-08T15:00:00.000Z';
  const asked = { ...dossier, application: { ...dossier.application, competingOffer: { company: 'Cobalt Grid', deadline: '2026-12-11T22:00:00.000Z', notedAt: now } } };

  it('tells the truth about the offer, asks before its deadline and recalls the interview', () => {
    const draft = renderDraft('competing-offer', context({ dossier: asked, now }));
    expect(draft.body).toContain('I have received another job offer, which I have not accepted, and I have been asked to respond by Friday, December 11.');
    expect(draft.body).toContain('let me know by Thursday, December 10');
    expect(draft.body).toContain('our conversation on Monday, November 23 about the migration of the nightly batch jobs to streaming, and meeting Lucy Wang,');
    expect(draft.to).toEqual(['ben@northwindlabs.com']);
  });

  it.each<DraftKind>(['competing-offer', 'withdrawal', 'offer-decline'])('the %s note passes the linter with no findings', (kind) => {
    const ctx = context({ dossier: asked, now });
    const draft = renderDraft(kind, ctx);
    expect(lintDraft({ ...draft, kind }, ctx, speller)).toEqual([]);
  });

  it('withdraws and declines politely, thanking them, with no ultimatum and no invented fact', () => {
    const ctx = context({ dossier: asked, now });
    const withdrawal = renderDraft('withdrawal', ctx).body;
    expect(withdrawal).toContain('I have accepted another offer, so I am withdrawing my application.');
    expect(withdrawal).toContain('our conversation on Monday, November 23');
    const decline = renderDraft('offer-decline', ctx);
    expect(decline.subject).toBe('Senior Data Engineer — thank you for the offer');
    expect(decline.body).toContain('Thank you very much for offering me the Senior Data Engineer role at Northwind Labs');
    expect(decline.body).toContain('I have decided to decline the offer.');
  });
});

describe('the compose link for an application with no thread', () => {
  it('opens a new message in the account the user reads mail in', () => {
    expect(composeUrl('https://mail.google.com/mail/u/1/#inbox/FMfcg', ['ben@x.com'], 'S', 'B')).toBe('https://mail.google.com/mail/u/1/?tf=cm&to=ben%40x.com&su=S&body=B');
    expect(composeUrl('https://outlook.office.com/mail/inbox/id/AAQ', [], 'S', 'B')).toBe('https://outlook.office.com/mail/deeplink/compose?to=&subject=S&body=B');
    expect(composeUrl(null, [], 'S', 'B')).toBe('https://mail.google.com/mail/u/0/?tf=cm&to=&su=S&body=B');
  });
});
